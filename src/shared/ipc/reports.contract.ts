// Reports: the open position, aging as of any day, KPIs with their monthly trend, the lists, and
// exports to Excel, CSV and PDF written where the user chooses.
import { z } from 'zod'
import { AGING_BASES } from '../domains/reports/aging'
import { EXPORT_FORMATS } from '../domains/reports/document'
import { CODE_SETS, COLUMN_KEYS, REPORT_LISTS } from '../domains/reports/tables'
import { command } from './contract'
import { CentsSchema, IdSchema, IsoDateSchema, LanguageSchema, PageSchema, SearchSchema } from './schemas'

/** The headline figures every screen shows, from the one definition of open (main/domains/receivables). */
export const OpenPositionSchema = z.object({
  asOf: IsoDateSchema,
  /** invoices plus credit notes, disputed included */
  openCents: CentsSchema,
  openCount: z.number().int(),
  invoicesCents: CentsSchema,
  invoicesCount: z.number().int(),
  /** open credit notes: negative */
  creditNotesCents: CentsSchema,
  creditNotesCount: z.number().int(),
  /** items past their due date (credit notes too), so open − overdue is what is not yet due */
  overdueCents: CentsSchema,
  overdueCount: z.number().int(),
  customersOverdue: z.number().int(),
  /** the disputed part of the open total, shown apart */
  disputedCents: CentsSchema,
  disputedCount: z.number().int(),
  /** money received that no item was matched to: shown beside the open total, not netted into it */
  unappliedCents: CentsSchema,
  unappliedCount: z.number().int()
})
export type OpenPositionDto = z.infer<typeof OpenPositionSchema>

const BoundsSchema = z.array(z.number().int().min(1).max(3650)).min(1).max(8)

export const AgingQuerySchema = z.object({
  asOf: IsoDateSchema.optional(),
  basis: z.enum(AGING_BASES).optional(),
  /** upper bounds of the buckets in days, e.g. [30, 60, 90]; the saved setting when left out */
  bounds: BoundsSchema.optional()
})
export type AgingQueryDto = z.infer<typeof AgingQuerySchema>

export const AgingCellSchema = z.object({
  label: z.string(),
  fromDays: z.number().int().nullable(),
  toDays: z.number().int().nullable(),
  cents: CentsSchema,
  count: z.number().int()
})
export type AgingCellDto = z.infer<typeof AgingCellSchema>

export const AgingCustomerSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  buckets: z.array(AgingCellSchema),
  totalCents: CentsSchema,
  count: z.number().int(),
  disputedCents: CentsSchema
})
export type AgingCustomerDto = z.infer<typeof AgingCustomerSchema>

export const AgingReportSchema = z.object({
  asOf: IsoDateSchema,
  basis: z.enum(AGING_BASES),
  buckets: z.array(AgingCellSchema),
  totalCents: CentsSchema,
  totalCount: z.number().int(),
  disputedCents: CentsSchema,
  disputedCount: z.number().int(),
  unappliedCents: CentsSchema,
  unappliedCount: z.number().int(),
  customers: z.array(AgingCustomerSchema)
})
export type AgingReportDto = z.infer<typeof AgingReportSchema>

export const AgingSettingsSchema = z.object({ basis: z.enum(AGING_BASES), bounds: BoundsSchema })
export type AgingSettingsDto = z.infer<typeof AgingSettingsSchema>

const Figure = z.number().nullable()

export const KpiSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  days: z.number().int(),
  periods: z.number().int(),
  beginningCents: CentsSchema,
  receivablesCents: CentsSchema,
  pastDueCents: CentsSchema,
  creditSalesCents: CentsSchema,
  dsoSimple: Figure,
  dsoCountback: Figure,
  countbackExhausted: z.boolean(),
  bestPossibleDso: Figure,
  averageDaysDelinquent: Figure,
  cei: Figure,
  over90Pct: Figure,
  disputedPct: Figure
})
export type KpiDto = z.infer<typeof KpiSchema>

export const KpiTrendSchema = z.array(KpiSchema.extend({ month: z.string() }))
export type KpiTrendDto = z.infer<typeof KpiTrendSchema>

export const ColumnSpecSchema = z.object({
  key: z.enum(COLUMN_KEYS),
  type: z.enum(['text', 'money', 'date', 'int', 'pct', 'bool', 'code', 'bucket']),
  codes: z.enum(CODE_SETS).optional(),
  total: z.boolean().optional()
})

export const ReportRowSchema = z.object({
  cells: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  invoiceId: IdSchema.nullish(),
  customerId: IdSchema.nullish(),
  entryId: IdSchema.nullish()
})

export const ReportListSchema = z.object({ columns: z.array(ColumnSpecSchema), rows: z.array(ReportRowSchema), total: z.number().int() })
export type ReportListDto = z.infer<typeof ReportListSchema>

export const REPORT_KINDS = ['aging', 'kpis', ...REPORT_LISTS] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

/** What an export holds: the report and the choices the screen shows (day, basis, buckets, period, search). */
export const ExportRequestSchema = z
  .object({
    report: z.enum(REPORT_KINDS),
    format: z.enum(EXPORT_FORMATS),
    /** the language of the file's texts (the UI's) */
    language: LanguageSchema,
    asOf: IsoDateSchema.optional(),
    basis: z.enum(AGING_BASES).optional(),
    bounds: BoundsSchema.optional(),
    from: IsoDateSchema.optional(),
    search: SearchSchema
  })
  .strict()
  .refine((r) => r.format !== 'pdf' || r.report === 'aging' || r.report === 'kpis', { message: 'pdf-aging-and-kpis-only', path: ['format'] })
export type ExportRequestDto = z.infer<typeof ExportRequestSchema>

export const ExportResultSchema = z.discriminatedUnion('status', [
  /** desktop: written where the user chose */
  z.object({ status: z.literal('saved'), fileName: z.string(), rows: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
  /** browser mode: fetch this one-time address of the server to download the file */
  z.object({ status: z.literal('download'), fileName: z.string(), url: z.string() })
])
export type ExportResultDto = z.infer<typeof ExportResultSchema>

export const reportsContract = {
  /** Open total, past due, disputed, credit notes and unapplied payments as of a day (today by default). */
  position: command('reports:get-position', z.object({ asOf: IsoDateSchema.optional() }).strict(), OpenPositionSchema),
  /**
   * Aging per bucket and per customer, recomputed from the payment history for a past day; the
   * customers (largest open total first, `search` on code or name) a page at a time.
   */
  aging: command(
    'reports:get-aging',
    AgingQuerySchema.extend({ ...PageSchema, search: SearchSchema }).strict(),
    AgingReportSchema.extend({ customersTotal: z.number().int() })
  ),
  agingSettings: command('reports:get-aging-settings', z.object({}).strict(), AgingSettingsSchema),
  setAgingSettings: command('reports:set-aging-settings', AgingSettingsSchema.strict(), AgingSettingsSchema),
  /** KPIs over from..to (default: the three months up to today). */
  kpis: command('reports:get-kpis', z.object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() }).strict(), KpiSchema),
  /** The KPIs of each of the last `months` calendar months up to `asOf`, oldest first. */
  kpiTrend: command('reports:get-kpi-trend', z.object({ asOf: IsoDateSchema.optional(), months: z.number().int().min(1).max(36).default(12) }).strict(), KpiTrendSchema),
  /** One of the lists, a page at a time. */
  list: command('reports:list', z.object({ list: z.enum(REPORT_LISTS), asOf: IsoDateSchema.optional(), search: SearchSchema, ...PageSchema }).strict(), ReportListSchema),
  /**
   * Writes a report as XLSX, CSV or PDF in the user's language: the desktop asks where (save dialog)
   * and writes there; browser mode answers with a one-time download address. Progress comes as job events.
   */
  export: command('reports:export', ExportRequestSchema, ExportResultSchema)
} as const
