// The choices of the import wizard, shared so the IPC contracts can validate them.
import { z } from 'zod'
import { isIsoDate } from '../../dates'
import { COUNTRY_CODES } from '../countries'
import { LANGUAGES } from '../parties'
import { IMPORT_FIELDS } from './fields'
import { IMPORT_TARGETS } from './records'
import { PRESET_IDS } from './presets'

export const columnMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.string().min(1))

const decimalMark = z.enum([',', '.'])

/** How a table is mapped: also what a saved custom mapping stores. */
export const mapOptionsSchema = z.object({
  mapping: columnMappingSchema,
  /** default: open items when an invoice-number column is mapped, else a debtor list */
  target: z.enum(IMPORT_TARGETS).optional(),
  /** per amount column; detected from the data when absent */
  decimalMarks: z.object({ amount: decimalMark.optional(), openAmount: decimalMark.optional() }).optional(),
  defaultCountry: z.enum(COUNTRY_CODES).optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  defaultCurrency: z.string().regex(/^[A-Z]{3}$/).optional()
})
export type MapOptions = z.infer<typeof mapOptionsSchema>

/** An auditfile's choices: the receivable accounts (proposed when absent) and the as-of date (its end date). */
export const xafOptionsSchema = z.object({
  accounts: z.array(z.string().trim().min(1).max(35)).max(100).optional(),
  asOf: z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD').optional()
})
export type XafOptions = z.infer<typeof xafOptionsSchema>

/** Everything is optional and proposed from the file when absent. */
export const previewOptionsSchema = mapOptionsSchema.partial({ mapping: true }).extend({
  /** the accounting package; detected from the headers when absent */
  preset: z.enum(PRESET_IDS).optional(),
  xaf: xafOptionsSchema.optional()
})
export type PreviewOptions = z.infer<typeof previewOptionsSchema>

export const commitOptionsSchema = z.object({
  /** the file is the complete list of open items: open items missing from it are archived as paid */
  full: z.boolean().default(false),
  /** import the valid rows and list the rejected ones, instead of refusing the whole file */
  validRowsOnly: z.boolean().default(false),
  /** run everything, report the summary, then roll back */
  dryRun: z.boolean().default(false),
  /** payment term for items without a due date whose customer has no term of its own */
  defaultTermDays: z.number().int().min(0).max(366).default(30),
  today: z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD').optional()
})
export type CommitOptions = z.input<typeof commitOptionsSchema>

export const IMPORT_FORMATS = ['csv', 'xlsx', 'ubl', 'xaf'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1252'
