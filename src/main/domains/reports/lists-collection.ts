// The lists a collector works from: open items, the worklist per customer, and the bank money that is
// not (fully) applied, with all bank entries paged for the rest.
import { type SQL, sql } from 'drizzle-orm'
import { daysBetween } from '../../../shared/dates'
import type { ReportList, ReportRow } from '../../../shared/domains/reports/tables'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'
import { bucketOf, type ListParams, type ListSource, searchFilter } from './list-source'

const page = (offset: number, limit: number) => sql`LIMIT ${limit} OFFSET ${offset}`

const itemSearch = (p: ListParams) => searchFilter(p.search, [sql`i.number`, sql`c.name`, sql`c.code`, sql`i.payment_reference`])

type ItemRow = {
  id: number
  customerId: number
  code: string
  name: string
  number: string
  invoiceDate: string
  dueDate: string
  amount: number
  open: number
  disputed: number
  level: number
  reference: string | null
}

/** Where the next slice of open items starts: the sort key of the last row read. */
type ItemKey = { name: string; customerId: number; dueDate: string; id: number }

/**
 * The open items by customer name, then due date. Customers lead the join (CROSS JOIN fixes the order)
 * so the name index and invoices_customer_status_due give the rows in order without sorting them all:
 * a page or a keyset slice reads only its own rows.
 */
function itemRows(db: AppDb, p: ListParams, after: ItemKey | null, tail: SQL): ReportRow[] {
  const bucket = bucketOf(db)
  const from = after
    ? sql`AND c.name >= ${after.name} AND (c.name, c.id, i.due_date, i.id) > (${after.name}, ${after.customerId}, ${after.dueDate}, ${after.id})`
    : sql``
  return db
    .all<ItemRow>(sql`
      SELECT i.id, i.customer_id AS customerId, c.code, c.name, i.number, i.invoice_date AS invoiceDate, i.due_date AS dueDate,
             i.amount_cents AS amount, i.open_cents AS open, i.disputed, i.dunning_level AS level, i.payment_reference AS reference
      FROM customers c CROSS JOIN ${openItems(db, p.asOf)} AS i ON i.customer_id = c.id
      WHERE ${itemSearch(p)} ${from} ORDER BY c.name, c.id, i.due_date, i.id ${tail}`)
    .map((r) => {
      const days = Math.max(0, daysBetween(r.dueDate, p.asOf))
      return {
        invoiceId: r.id,
        customerId: r.customerId,
        cells: [r.code, r.name, r.number, r.invoiceDate, r.dueDate, r.open > 0 ? days : 0, bucket(r.dueDate, r.invoiceDate, p.asOf), r.amount, r.open, r.disputed === 1, r.level, r.reference]
      }
    })
}

const openItemsList: ListSource = {
  count: (db, p) =>
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${openItems(db, p.asOf)} AS i JOIN customers c ON c.id = i.customer_id WHERE ${itemSearch(p)}`)?.n ?? 0,
  rows: (db, p, offset, limit) => itemRows(db, p, null, page(offset, limit)),
  *slices(db, p, size) {
    let after: ItemKey | null = null
    for (;;) {
      const rows = itemRows(db, p, after, sql`LIMIT ${size}`)
      if (rows.length > 0) yield rows
      if (rows.length < size) return
      const last = rows[rows.length - 1] as ReportRow
      after = { name: String(last.cells[1]), customerId: last.customerId as number, dueDate: String(last.cells[4]), id: last.invoiceId as number }
    }
  }
}

/**
 * Customers with a past-due balance, largest first, with what a collector needs before calling; and
 * customers whose note or call asked to follow up by that day (their earliest open follow-up is shown).
 */
function worklistQuery(db: AppDb, p: ListParams) {
  return sql`
    WITH i AS (SELECT * FROM ${openItems(db, p.asOf)}),
    late AS (
      SELECT customer_id, sum(open_cents) AS overdue, min(CASE WHEN open_cents > 0 THEN due_date END) AS oldest,
             max(dunning_level) AS level, max(last_dunned_on) AS lastDunned,
             sum(CASE WHEN disputed = 1 THEN open_cents ELSE 0 END) AS disputed
      FROM i WHERE due_date < ${p.asOf} GROUP BY customer_id HAVING sum(open_cents) > 0),
    follow AS (
      SELECT customer_id, min(follow_up_on) AS followUp FROM notes
      WHERE follow_up_on IS NOT NULL AND (follow_up_done_on IS NULL OR follow_up_done_on > ${p.asOf})
      GROUP BY customer_id)
    SELECT c.id, c.code, c.name, coalesce(l.overdue, 0) AS overdue, l.oldest, coalesce(l.level, 0) AS level, l.lastDunned,
           coalesce(l.disputed, 0) AS disputed, c.phone, c.email, f.followUp,
           (SELECT min(promised_date) FROM promises WHERE customer_id = c.id AND status = 'open') AS promised,
           (SELECT count(*) FROM promises WHERE customer_id = c.id AND status = 'broken') AS broken,
           EXISTS(SELECT 1 FROM payment_plans WHERE customer_id = c.id AND status = 'active') AS onPlan
    FROM customers c LEFT JOIN late l ON l.customer_id = c.id LEFT JOIN follow f ON f.customer_id = c.id
    WHERE (l.customer_id IS NOT NULL OR f.followUp <= ${p.asOf}) AND ${searchFilter(p.search, [sql`c.name`, sql`c.code`])}`
}

type WorkRow = { id: number; code: string; name: string; overdue: number; oldest: string | null; level: number; lastDunned: string | null; disputed: number; phone: string | null; email: string | null; followUp: string | null; promised: string | null; broken: number; onPlan: number }

const worklist: ListSource = {
  count: (db, p) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${worklistQuery(db, p)})`)?.n ?? 0,
  rows: (db, p, offset, limit) =>
    db.all<WorkRow>(sql`${worklistQuery(db, p)} ORDER BY l.overdue DESC, c.id ${page(offset, limit)}`).map((r) => ({
      customerId: r.id,
      cells: [
        r.code,
        r.name,
        r.overdue,
        r.oldest === null ? 0 : daysBetween(r.oldest, p.asOf),
        r.level,
        r.lastDunned,
        r.promised,
        r.followUp,
        r.broken,
        r.onPlan === 1,
        r.disputed,
        r.phone,
        r.email
      ]
    }))
}

type EntryRow = { id: number; date: string; account: string; name: string | null; iban: string | null; reference: string | null; amount: number; unapplied: number; status: string; invoices: string | null }

function entriesList(onlyUnapplied: boolean): ListSource {
  const where = (p: ListParams) => sql`e.booking_date <= ${p.asOf}
    ${onlyUnapplied ? sql`AND e.status IN ('unmatched', 'partial') AND e.amount_cents > 0 AND e.unapplied_cents > 0` : sql``}
    AND ${searchFilter(p.search, [sql`e.counterparty_name`, sql`e.counterparty_account`, sql`e.structured_reference`, sql`e.remittance`])}`
  return {
    count: (db, p) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM bank_entries e WHERE ${where(p)}`)?.n ?? 0,
    rows: (db, p, offset, limit) =>
      db
        .all<EntryRow>(sql`
          SELECT e.id, e.booking_date AS date, b.account, e.counterparty_name AS name, e.counterparty_account AS iban,
                 coalesce(e.structured_reference, e.remittance) AS reference, e.amount_cents AS amount, e.unapplied_cents AS unapplied, e.status,
                 (SELECT group_concat(i.number, ', ') FROM allocations a JOIN invoices i ON i.id = a.invoice_id
                  WHERE a.entry_id = e.id AND a.undone_at IS NULL) AS invoices
          FROM bank_entries e JOIN bank_accounts b ON b.id = e.bank_account_id
          WHERE ${where(p)} ORDER BY e.booking_date DESC, e.id DESC ${page(offset, limit)}`)
        .map((r) => ({
          entryId: r.id,
          cells: onlyUnapplied
            ? [r.date, r.account, r.name, r.iban, r.reference, r.amount, r.unapplied]
            : [r.date, r.account, r.name, r.iban, r.reference, r.amount, r.unapplied, r.status, r.invoices]
        }))
  }
}

export const collectionLists: Record<Extract<ReportList, 'open-items' | 'worklist' | 'unapplied' | 'bank-entries'>, ListSource> = {
  'open-items': openItemsList,
  worklist,
  unapplied: entriesList(true),
  'bank-entries': entriesList(false)
}
