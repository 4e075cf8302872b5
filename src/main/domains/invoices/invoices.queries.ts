// Read side of the invoice grid: filtering, sorting and paging happen here in SQL, so the renderer
// only ever holds the rows it shows.
import { type SQL, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { InvoiceRowDto, InvoiceSortColumn, INVOICE_VIEWS } from '../../../shared/ipc/invoices.contract'
import type { AppDb } from '../../db/connection'

export type InvoiceQuery = {
  offset: number
  limit: number
  sort: InvoiceSortColumn
  direction: 'asc' | 'desc'
  view: (typeof INVOICE_VIEWS)[number]
  search?: string | undefined
  customerId?: number | undefined
  asOf: IsoDate
}

const overdueDays = (asOf: IsoDate): SQL =>
  sql`CASE WHEN i.status = 'open' AND i.open_cents > 0 AND i.due_date < ${asOf}
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

function whereClause(q: InvoiceQuery): SQL {
  const parts: SQL[] = []
  switch (q.view) {
    case 'open':
      parts.push(sql`i.status = 'open'`)
      break
    case 'overdue':
      parts.push(sql`i.status = 'open' AND i.open_cents > 0 AND i.due_date < ${q.asOf}`)
      break
    case 'disputed':
      parts.push(sql`i.status = 'open' AND i.disputed = 1`)
      break
    case 'closed':
      parts.push(sql`i.status <> 'open'`)
      break
    case 'all':
      break
  }
  if (q.customerId !== undefined) parts.push(sql`i.customer_id = ${q.customerId}`)
  if (q.search) {
    const like = likePattern(q.search)
    parts.push(sql`(i.number LIKE ${like} ESCAPE '\\' OR c.name LIKE ${like} ESCAPE '\\' OR i.payment_reference LIKE ${like} ESCAPE '\\')`)
  }
  return parts.length === 0 ? sql`1 = 1` : sql.join(parts, sql` AND `)
}

type Row = Omit<InvoiceRowDto, 'disputed' | 'onHold'> & { disputed: number; onHold: number }

export function listInvoices(db: AppDb, q: InvoiceQuery): { rows: InvoiceRowDto[]; total: number; openCents: number } {
  const where = whereClause(q)
  const direction = q.direction === 'desc' ? sql`DESC` : sql`ASC`
  const rows = db.all<Row>(sql`
    SELECT i.id, i.number, i.customer_id AS customerId, c.name AS customerName, i.invoice_date AS invoiceDate,
           i.due_date AS dueDate, i.amount_cents AS amountCents, i.open_cents AS openCents, i.status,
           i.disputed, i.on_hold AS onHold, i.dunning_level AS dunningLevel, ${overdueDays(q.asOf)} AS daysOverdue
    FROM invoices i JOIN customers c ON c.id = i.customer_id
    WHERE ${where}
    ORDER BY ${sortExpression(q.sort, q.asOf)} ${direction}, i.id ${direction}
    LIMIT ${q.limit} OFFSET ${q.offset}`)
  const totals = db.get<{ total: number; openCents: number }>(sql`
    SELECT count(*) AS total, coalesce(sum(i.open_cents), 0) AS openCents
    FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE ${where}`)
  return {
    rows: rows.map((r) => ({ ...r, disputed: r.disputed === 1, onHold: r.onHold === 1 })),
    total: totals?.total ?? 0,
    openCents: totals?.openCents ?? 0
  }
}
