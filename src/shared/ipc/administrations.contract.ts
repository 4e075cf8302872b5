import { z } from 'zod'
import { command } from './contract'
import { JurisdictionSchema } from './schemas'

export const AdministrationSchema = z.object({
  id: z.string(),
  name: z.string(),
  keyMode: z.enum(['passphrase', 'device']),
  archived: z.boolean(),
  createdAt: z.string()
})
export type AdministrationDto = z.infer<typeof AdministrationSchema>

export const NameSchema = z.string().trim().min(1).max(120)
export const PassphraseSchema = z.string().min(8).max(1024)

/** Passphrase, or the OS key store of this device (desktop only). */
export const UnlockSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('passphrase'), passphrase: z.string().min(1).max(1024) }).strict(),
  z.object({ mode: z.literal('device') }).strict()
])

/** How a new (or restored) administration will be locked: a passphrase of 8 or more characters, or this device. */
export const NewUnlockSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('passphrase'), passphrase: PassphraseSchema }).strict(),
  z.object({ mode: z.literal('device') }).strict()
])

const CurrentSchema = z.object({ id: z.string(), name: z.string() }).nullable()

export const administrationsContract = {
  list: command('administrations:list', z.object({ includeArchived: z.boolean().default(false) }).strict(), z.array(AdministrationSchema)),
  create: command(
    'administrations:create',
    z
      .object({
        name: NameSchema,
        country: JurisdictionSchema.default('NL'),
        unlock: NewUnlockSchema
      })
      .strict(),
    AdministrationSchema
  ),
  /** Opens (unlocks) one administration; the previously open one is closed first. */
  open: command('administrations:open', z.object({ id: z.string().min(1), unlock: UnlockSchema }).strict(), z.object({ id: z.string(), name: z.string() })),
  close: command('administrations:close', z.object({}).strict(), z.null()),
  current: command('administrations:current', z.object({}).strict(), CurrentSchema),
  rename: command('administrations:rename', z.object({ id: z.string().min(1), name: NameSchema }).strict(), AdministrationSchema),
  archive: command('administrations:archive', z.object({ id: z.string().min(1), archived: z.boolean().default(true) }).strict(), AdministrationSchema)
} as const
