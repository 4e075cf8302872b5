import { z } from 'zod'
import { INVOICE_STATUSES } from '../domains/receivables'
import { AGING_BASES } from '../domains/reports/aging'
import { command } from './contract'
import { CentsSchema, IdSchema, IsoDateSchema, PageSchema, SearchSchema, SortDirectionSchema } from './schemas'

export const INVOICE_SORT_COLUMNS = ['number', 'customerName', 'invoiceDate', 'dueDate', 'amountCents', 'openCents', 'daysOverdue', 'dunningLevel'] as const
export type InvoiceSortColumn = (typeof INVOICE_SORT_COLUMNS)[number]

/**
 * What the grid filters on, over the one definition of open items as of `asOf`: `open` (invoices and
 * credit notes), `overdue` (open and past due), `disputed` (open and disputed); `closed` and `all` list
 * the stored items.
 */
export const INVOICE_VIEWS = ['open', 'overdue', 'disputed', 'closed', 'all'] as const

export const InvoiceRowSchema = z.object({
  id: IdSchema,
  number: z.string(),
  customerId: IdSchema,
  customerName: z.string(),
  invoiceDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  amountCents: CentsSchema,
  openCents: CentsSchema,
  status: z.enum(INVOICE_STATUSES),
  disputed: z.boolean(),
  onHold: z.boolean(),
  dunningLevel: z.number().int(),
  /** days past due as of the query date; 0 when not (yet) overdue */
  daysOverdue: z.number().int()
})
export type InvoiceRowDto = z.infer<typeof InvoiceRowSchema>

export const InvoiceListInputSchema = z
  .object({
    ...PageSchema,
    sort: z.enum(INVOICE_SORT_COLUMNS).default('dueDate'),
    direction: SortDirectionSchema.default('asc'),
    view: z.enum(INVOICE_VIEWS).default('open'),
    search: SearchSchema,
    customerId: IdSchema.optional(),
    /** an aging bucket, as a drill-down from the aging chart or report */
    bucket: z
      .object({ basis: z.enum(AGING_BASES), fromDays: z.number().int().nullable(), toDays: z.number().int().nullable() })
      .strict()
      .optional(),
    dunningLevel: z.number().int().min(0).optional(),
    /** only credit notes (items whose open amount is negative) */
    creditNotes: z.boolean().optional(),
    /** the items the cash-in forecast expects to be paid in this range of days (a forecast bar) */
    expected: z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict().optional(),
    asOf: IsoDateSchema.optional()
  })
  .strict()
export type InvoiceListInputDto = z.input<typeof InvoiceListInputSchema>

export const invoicesContract = {
  list: command(
    'invoices:list',
    InvoiceListInputSchema,
    z.object({ rows: z.array(InvoiceRowSchema), total: z.number().int(), openCents: CentsSchema })
  )
} as const
