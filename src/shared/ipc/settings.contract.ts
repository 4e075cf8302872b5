import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools'
import { z } from 'zod'
import { command } from './contract'
import { JurisdictionSchema, LanguageSchema } from './schemas'

/** Refinement messages are codes the UI translates (errors.codes.*). */

/** Optional free text: blank means "not set" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v))

const IbanSchema = optionalText(42)
  .transform((v) => (v === null ? null : (electronicFormatIBAN(v) ?? v)))
  .refine((v) => v === null || isValidIBAN(v), 'invalid-iban')

const BicSchema = optionalText(11)
  .transform((v) => (v === null ? null : v.toUpperCase()))
  .refine((v) => v === null || isValidBIC(v), 'invalid-bic')

/** The creditor's letterhead data (one row per administration). */
export const ProfileSchema = z.object({
  name: z.string(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: JurisdictionSchema,
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  vatNumber: z.string().nullable(),
  kboNumber: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  defaultLanguage: LanguageSchema,
  email: z.string().nullable(),
  phone: z.string().nullable()
})
export type ProfileDto = z.infer<typeof ProfileSchema>

export const ProfileUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    addressLine: optionalText(200),
    postalCode: optionalText(12),
    city: optionalText(100),
    country: JurisdictionSchema,
    iban: IbanSchema,
    bic: BicSchema,
    vatNumber: optionalText(20),
    kboNumber: optionalText(20),
    kvkNumber: optionalText(20),
    defaultLanguage: LanguageSchema,
    email: optionalText(200).refine((v) => v === null || z.email().safeParse(v).success, 'invalid-email'),
    phone: optionalText(40)
  })
  .strict()

export const settingsContract = {
  getProfile: command('settings:get-profile', z.object({}).strict(), ProfileSchema),
  updateProfile: command('settings:update-profile', ProfileUpdateSchema, ProfileSchema)
} as const
