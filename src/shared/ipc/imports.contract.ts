// The import wizard: preview a staged file with a chosen package and mapping, then commit it.
// Preview and rejected-rows export write nothing; only `commit` and the saved mappings do.
import { z } from 'zod'
import { IMPORT_FIELDS } from '../domains/imports/fields'
import { IMPORT_FORMATS, mapOptionsSchema, xafOptionsSchema } from '../domains/imports/options'
import { PRESET_IDS } from '../domains/imports/presets'
import { PROBLEM_CODES } from '../domains/imports/problems'
import { IMPORT_TARGETS } from '../domains/imports/records'
import { savedMappingInputSchema } from '../domains/imports/saved-mapping'
import { command } from './contract'
import { FileIdSchema } from './files.contract'
import { XafInfoSchema } from './imports-xaf.schemas'
import { CentsSchema, IdSchema } from './schemas'

/** The wizard's choices; whatever is absent is proposed from the file. */
export const ImportOptionsSchema = mapOptionsSchema.partial({ mapping: true }).extend({ preset: z.enum(PRESET_IDS).optional(), xaf: xafOptionsSchema.optional() })
export type ImportOptionsDto = z.infer<typeof ImportOptionsSchema>

export const ProblemSchema = z.object({
  code: z.enum(PROBLEM_CODES),
  severity: z.enum(['error', 'warning']),
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().optional(),
  message: z.string()
})
export type ProblemDto = z.infer<typeof ProblemSchema>

export const MappedInvoiceSchema = z.object({
  line: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  number: z.string(),
  invoiceDate: z.string(),
  dueDate: z.string().nullable(),
  amountCents: CentsSchema,
  openCents: CentsSchema
})

/** An existing item whose open amount the file would raise above what its bank allocations leave: kept. */
export const AllocationConflictSchema = z.object({
  customerCode: z.string(),
  number: z.string(),
  fileOpenCents: CentsSchema,
  keptOpenCents: CentsSchema,
  allocatedCents: CentsSchema
})

export const RejectedRowSchema = z.object({ line: z.number().int(), cells: z.array(z.string()), problems: z.array(ProblemSchema) })

/** How many rows and problems a preview sends at most; the counts are always complete. */
export const PREVIEW_LIMIT = 200

export const ImportPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  preset: z.enum(PRESET_IDS),
  target: z.enum(IMPORT_TARGETS),
  headers: z.array(z.string()),
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  decimalMarks: z.object({ amount: z.enum([',', '.']), openAmount: z.enum([',', '.']) }).nullable(),
  rowCount: z.number().int(),
  customerCount: z.number().int(),
  invoiceCount: z.number().int(),
  rejectedCount: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  canImport: z.boolean(),
  /** the first raw rows as text, under the file's headers */
  sample: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  invoices: z.array(MappedInvoiceSchema),
  problems: z.array(ProblemSchema),
  /** items whose matched bank payments the file does not know: their open amount is kept (first PREVIEW_LIMIT) */
  allocationConflicts: z.array(AllocationConflictSchema),
  allocationConflictCount: z.number().int(),
  /** an auditfile's files, receivable accounts and totals; null for other formats */
  xaf: XafInfoSchema.nullable()
})
export type ImportPreviewDto = z.infer<typeof ImportPreviewSchema>

export const ImportSummarySchema = z.object({
  fileName: z.string(),
  full: z.boolean(),
  customers: z.object({ created: z.number().int(), updated: z.number().int() }),
  invoices: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), reopened: z.number().int(), archived: z.number().int() }),
  /** paid invoices with the settlement date the file gave (an auditfile's payment history) */
  history: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  openTotalCents: CentsSchema,
  paidHistory: z.number().int(),
  missing: z.number().int(),
  /** existing items whose amount or open amount the file changed: [before, after] */
  amountChanges: z.array(z.object({ customerCode: z.string(), number: z.string(), amountCents: z.tuple([CentsSchema, CentsSchema]), openCents: z.tuple([CentsSchema, CentsSchema]) })),
  allocationConflicts: z.array(AllocationConflictSchema),
  allocationConflictCount: z.number().int(),
  rejectedCount: z.number().int(),
  rejected: z.array(RejectedRowSchema)
})
export type ImportSummaryDto = z.infer<typeof ImportSummarySchema>

const fileInput = {
  fileId: FileIdSchema,
  /** more auditfiles read together with the first: split parts, other fiscal years */
  moreFileIds: z.array(FileIdSchema).max(20).default([]),
  options: ImportOptionsSchema.default({})
}

export const SavedMappingSchema = savedMappingInputSchema.extend({ id: IdSchema, createdAt: z.string() })

export const importsContract = {
  preview: command('imports:preview', z.object(fileInput).strict(), ImportPreviewSchema),
  commit: command(
    'imports:commit',
    z
      .object({
        ...fileInput,
        /** import the valid rows and report the rejected ones, instead of refusing the file */
        validRowsOnly: z.boolean().default(false),
        /** the file is the complete list of open items: what is missing from it is archived as paid */
        full: z.boolean().default(false),
        /** payment term for items without a due date whose customer has none of its own */
        defaultTermDays: z.number().int().min(0).max(366).optional()
      })
      .strict(),
    ImportSummarySchema
  ),
  /** The rejected rows as a `;`-separated CSV, with the column titles in the user's language. */
  rejectedCsv: command(
    'imports:rejected-csv',
    z.object({ ...fileInput, labels: z.object({ line: z.string().max(40), problems: z.string().max(40) }) }).strict(),
    z.object({ fileName: z.string(), csv: z.string() })
  ),
  listMappings: command('imports:list-mappings', z.object({}).strict(), z.array(SavedMappingSchema)),
  saveMapping: command('imports:save-mapping', savedMappingInputSchema.strict(), SavedMappingSchema),
  deleteMapping: command('imports:delete-mapping', z.object({ name: z.string().trim().min(1).max(80) }).strict(), z.null())
} as const
