// Updates on request only: the update server comes from Settings, nothing is contacted unless the user
// checks (or allowed a check at every start), and updates can be switched off altogether.
import { z } from 'zod'
import { UPDATE_PROBLEMS, normaliseFeedUrl } from '../domains/updates/updates'
import { command } from './contract'

export const UpdateSettingsSchema = z.object({
  /** off: Debito never looks for updates (locked-down offices) */
  enabled: z.boolean(),
  /** the generic update server (a folder with latest.yml, latest-mac.yml and the installers) */
  feedUrl: z.string().nullable(),
  /** the user's consent to one check, in the background, at every start */
  checkOnStart: z.boolean()
})
export type UpdateSettingsDto = z.infer<typeof UpdateSettingsSchema>

export const UpdateStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('checking') }),
  z.object({ status: z.literal('up-to-date'), checkedAt: z.string() }),
  z.object({ status: z.literal('available'), version: z.string(), checkedAt: z.string() }),
  z.object({ status: z.literal('downloading'), version: z.string(), percent: z.number().min(0).max(100) }),
  z.object({ status: z.literal('ready'), version: z.string() }),
  z.object({ status: z.literal('error'), problem: z.enum(UPDATE_PROBLEMS), detail: z.string() })
])
export type UpdateStateDto = z.infer<typeof UpdateStateSchema>

export const UpdateStatusSchema = z.object({
  /** false in browser mode: updates come with the desktop app */
  supported: z.boolean(),
  currentVersion: z.string(),
  settings: UpdateSettingsSchema,
  state: UpdateStateSchema
})
export type UpdateStatusDto = z.infer<typeof UpdateStatusSchema>

const SettingsInputSchema = z
  .object({
    enabled: z.boolean(),
    feedUrl: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .transform((v) => (v === null || v === '' ? null : v))
      .refine((v) => v === null || normaliseFeedUrl(v) !== null, 'invalid-update-url')
      .transform((v) => (v === null ? null : normaliseFeedUrl(v))),
    checkOnStart: z.boolean()
  })
  .strict()

export const updatesContract = {
  status: command('updates:get-status', z.object({}).strict(), UpdateStatusSchema),
  saveSettings: command('updates:save-settings', SettingsInputSchema, UpdateStatusSchema),
  /** Asks the update server whether there is a newer version; answers when it knows. */
  check: command('updates:check', z.object({}).strict(), UpdateStatusSchema),
  /** Downloads the newer version found by the last check (progress arrives as job progress). */
  download: command('updates:download', z.object({}).strict(), UpdateStatusSchema),
  /** Quits Debito and installs the downloaded version. */
  install: command('updates:install', z.object({}).strict(), z.null())
} as const
