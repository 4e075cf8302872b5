// What the customer form and the IPC layer send to create or edit a debtor.
import { isValidIBAN } from 'ibantools'
import { z } from 'zod'
import { optionalText } from '../../ipc/schemas'
import { COUNTRY_CODES } from '../countries'
import { DEBTOR_TYPES, LANGUAGES } from '../parties'
import { isValidKbo, isValidKvk, isValidVat } from './identifiers'

const compact = (v: string | null | undefined) => (v ? v.replace(/[\s.]/g, '').toUpperCase() : v)

const customerFields = {
  code: z.string().trim().min(1, 'a customer code is required').max(50),
  name: z.string().trim().min(1, 'a name is required').max(200),
  /** proposed from the identifiers when absent (B2C when nothing says otherwise) */
  debtorType: z.enum(DEBTOR_TYPES).optional(),
  country: z.enum(COUNTRY_CODES).optional(),
  language: z.enum(LANGUAGES).optional(),
  email: optionalText(254).refine((v) => !v || z.email().safeParse(v).success, 'not an e-mail address'),
  phone: optionalText(40),
  addressLine: optionalText(200),
  postalCode: optionalText(12),
  city: optionalText(100),
  vatNumber: optionalText(20).transform(compact).refine((v) => !v || isValidVat(v), 'not a valid VAT number'),
  kboNumber: optionalText(14).refine((v) => !v || isValidKbo(v), 'not a valid enterprise number (KBO/BCE)'),
  kvkNumber: optionalText(10).refine((v) => !v || isValidKvk(v), 'a KvK number has 8 digits'),
  iban: optionalText(42).transform((v) => (v ? v.replace(/\s/g, '').toUpperCase() : v)).refine((v) => !v || isValidIBAN(v), 'not a valid IBAN'),
  paymentTermDays: z.number().int().min(0).max(366).nullish(),
  creditLimitCents: z.number().int().min(0).nullish(),
  onHold: z.boolean().optional()
}

export const customerInputSchema = z.object(customerFields).strict()
export type CustomerInput = z.input<typeof customerInputSchema>

export const customerUpdateSchema = z.object(customerFields).partial().strict()
export type CustomerUpdate = z.input<typeof customerUpdateSchema>
