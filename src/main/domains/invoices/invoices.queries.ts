// Read side of the invoice grid: filtering, sorting and paging happen here in SQL, so the renderer
// only ever holds the rows it shows. The open, overdue and disputed views read the one definition of
// open items (receivables/open-items.ts) as of the grid's day, so a drill-down from any dashboard or
// report figure lists exactly the items behind it, with the same total.
import { type SQL, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { AgingBasis } from '../../../shared/domains/reports/aging'
import type { InvoiceRowDto, InvoiceSortColumn, INVOICE_VIEWS } from '../../../shared/ipc/invoices.contract'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'
import { agingDateColumn, inBucket } from '../reports/aging.queries'

export type InvoiceQuery = {
  offset: number
  limit: number
  sort: InvoiceSortColumn
  direction: 'asc' | 'desc'
  view: (typeof INVOICE_VIEWS)[number]
  search?: string | undefined
  customerId?: number | undefined
  /** an aging bucket: items whose age in days (past due, or since the invoice) is within the range */
  bucket?: { basis: AgingBasis; fromDays: number | null; toDays: number | null } | undefined
  dunningLevel?: number | undefined
  creditNotes?: boolean | undefined
  /** only these items (the forecast's expected payments in a range, invoices/expected.ts) */
  invoiceIds?: readonly number[] | undefined
  asOf: IsoDate
}

const OPEN_VIEWS: readonly InvoiceQuery['view'][] = ['open', 'overdue', 'disputed']

const overdueDays = (asOf: IsoDate): SQL =>
  sql`CASE WHEN i.open_cents > 0 AND i.due_date < ${asOf}
      THEN CAST(julianday(${asOf}) - julianday(i.due_date) AS INTEGER) ELSE 0 END`

function sortExpression(column: InvoiceSortColumn, asOf: IsoDate): SQL {
  switch (column) {
    case 'number':
      return sql`i.number`
    case 'customerName':
      return sql`c.name COLLATE NOCASE`
    case 'invoiceDate':
      return sql`i.invoice_date`
    case 'dueDate':
      return sql`i.due_date`
    case 'amountCents':
      return sql`i.amount_cents`
    case 'openCents':
      return sql`i.open_cents`
    case 'daysOverdue':
      return overdueDays(asOf)
    case 'dunningLevel':
      return sql`i.dunning_level`
  }
}

/** LIKE with the user's text taken literally (no wildcards of their own). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
}

/**
 * The filters. `dueDate` is how they read the due date: the page as `i.due_date`, so its range walks
 * invoices_open_due in the grid's order; the totals as `+i.due_date`, which keeps SQLite (without
 * statistics) off that range and on the covering index invoices_open_aging, instead of reading the
 * table row of every overdue item to count them.
 */
function whereClause(q: InvoiceQuery, dueDate: SQL): SQL {
  const parts: SQL[] = []
  switch (q.view) {
    case 'overdue':
      parts.push(sql`${dueDate} < ${q.asOf}`)
      break
    case 'disputed':
      parts.push(sql`i.disputed = 1`)
      break
    case 'closed':
      parts.push(sql`i.status <> 'open'`)
      break
    case 'open':
    case 'all':
      break
  }
  if (q.customerId !== undefined) parts.push(sql`i.customer_id = ${q.customerId}`)
  if (q.bucket) parts.push(inBucket(q.bucket, q.asOf, q.bucket.basis === 'due' ? dueDate : agingDateColumn(q.bucket.basis)))
  if (q.dunningLevel !== undefined) parts.push(sql`i.dunning_level = ${q.dunningLevel}`)
  if (q.creditNotes) parts.push(sql`i.open_cents < 0`)
  if (q.invoiceIds) parts.push(sql`i.id IN (SELECT value FROM json_each(${JSON.stringify(q.invoiceIds)}))`)
  if (q.search) {
    const like = likePattern(q.search)
    parts.push(sql`(i.number LIKE ${like} ESCAPE '\\' OR c.name LIKE ${like} ESCAPE '\\' OR i.payment_reference LIKE ${like} ESCAPE '\\')`)
  }
  return parts.length === 0 ? sql`1 = 1` : sql.join(parts, sql` AND `)
}

type Row = Omit<InvoiceRowDto, 'disputed' | 'onHold'> & { disputed: number; onHold: number }

export function listInvoices(db: AppDb, q: InvoiceQuery): { rows: InvoiceRowDto[]; total: number; openCents: number } {
  const source = OPEN_VIEWS.includes(q.view) ? openItems(db, q.asOf) : sql`invoices`
  const direction = q.direction === 'desc' ? sql`DESC` : sql`ASC`
  const rows = db.all<Row>(sql`
    SELECT i.id, i.number, i.customer_id AS customerId, c.name AS customerName, i.invoice_date AS invoiceDate,
           i.due_date AS dueDate, i.amount_cents AS amountCents, i.open_cents AS openCents, i.status,
           i.disputed, i.on_hold AS onHold, i.dunning_level AS dunningLevel, ${overdueDays(q.asOf)} AS daysOverdue
    FROM ${source} AS i JOIN customers c ON c.id = i.customer_id
    WHERE ${whereClause(q, sql`i.due_date`)}
    ORDER BY ${sortExpression(q.sort, q.asOf)} ${direction}, i.id ${direction}
    LIMIT ${q.limit} OFFSET ${q.offset}`)
  // the customer join only matters when the search reads the name
  const totals = db.get<{ total: number; openCents: number }>(sql`
    SELECT count(*) AS total, coalesce(sum(i.open_cents), 0) AS openCents
    FROM ${source} AS i ${q.search ? sql`JOIN customers c ON c.id = i.customer_id` : sql``} WHERE ${whereClause(q, sql`+i.due_date`)}`)
  return {
    rows: rows.map((r) => ({ ...r, disputed: r.disputed === 1, onHold: r.onHold === 1 })),
    total: totals?.total ?? 0,
    openCents: totals?.openCents ?? 0
  }
}
