// Aging as of any day, per customer and in total, over the one definition of open items. The buckets
// are ISO-date ranges on the due (or invoice) date, so a day's aging over a million invoices is one
// pass over the covering index invoices_open_aging, grouped per customer without a sort.
import { type SQL, sql } from 'drizzle-orm'
import { addDays, type IsoDate } from '../../../shared/dates'
import { type AgingBasis, type AgingBucket, agingBuckets, DEFAULT_AGING_BOUNDS } from '../../../shared/domains/reports/aging'
import type { AgingCellDto, AgingReportDto } from '../../../shared/ipc/reports.contract'
import type { AppDb } from '../../db/connection'
import { openItems, unappliedPayments } from '../receivables/open-items'

export type AgingQuery = { asOf: IsoDate; basis?: AgingBasis; bounds?: readonly number[] }

/** SQL truth of "this item falls in bucket b": its age in days is within [fromDays, toDays]. */
export function inBucket(bucket: Pick<AgingBucket, 'fromDays' | 'toDays'>, asOf: IsoDate, dateColumn: SQL): SQL {
  const parts: SQL[] = []
  // age ≤ toDays  ⟺  date ≥ asOf − toDays; age ≥ fromDays  ⟺  date ≤ asOf − fromDays
  if (bucket.toDays !== null) parts.push(sql`${dateColumn} >= ${addDays(asOf, -bucket.toDays)}`)
  if (bucket.fromDays !== null) parts.push(sql`${dateColumn} <= ${addDays(asOf, -bucket.fromDays)}`)
  return parts.length === 0 ? sql`1` : sql.join(parts, sql` AND `)
}

export const agingDateColumn = (basis: AgingBasis): SQL => (basis === 'invoice' ? sql`i.invoice_date` : sql`i.due_date`)

/** c0, n0, c1, n1, …: cents and count per bucket */
type CustomerRow = { id: number; code: string; name: string; total: number; n: number; disputed: number; disputedN: number; [bucket: string]: number | string }

export function agingReport(db: AppDb, q: AgingQuery): AgingReportDto {
  const basis = q.basis ?? 'due'
  const buckets = agingBuckets(q.bounds ?? DEFAULT_AGING_BOUNDS, basis)
  const column = agingDateColumn(basis)
  const sums = buckets.map((b, k) => {
    const cond = inBucket(b, q.asOf, column)
    return sql`sum(CASE WHEN ${cond} THEN i.open_cents ELSE 0 END) AS ${sql.raw(`c${k}`)}, sum(${cond}) AS ${sql.raw(`n${k}`)}`
  })
  const rows = db.all<CustomerRow>(sql`
    SELECT c.id, c.code, c.name, a.* FROM (
      SELECT i.customer_id, ${sql.join(sums, sql`, `)}, sum(i.open_cents) AS total, count(*) AS n,
             sum(CASE WHEN i.disputed = 1 THEN i.open_cents ELSE 0 END) AS disputed, sum(i.disputed) AS disputedN
      FROM ${openItems(db, q.asOf)} AS i GROUP BY i.customer_id) a
    JOIN customers c ON c.id = a.customer_id
    ORDER BY a.total DESC, c.name, c.id`)
  const cell = (b: AgingBucket, cents: number, count: number): AgingCellDto => ({ label: b.label, fromDays: b.fromDays, toDays: b.toDays, cents, count })
  const customers = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    buckets: buckets.map((b, k) => cell(b, Number(r[`c${k}`] ?? 0), Number(r[`n${k}`] ?? 0))),
    totalCents: r.total,
    count: r.n,
    disputedCents: r.disputed
  }))
  const sum = (f: (c: (typeof customers)[number]) => number) => customers.reduce((s, c) => s + f(c), 0)
  const unapplied = unappliedPayments(db, q.asOf)
  return {
    asOf: q.asOf,
    basis,
    buckets: buckets.map((b, k) => cell(b, sum((c) => c.buckets[k]?.cents ?? 0), sum((c) => c.buckets[k]?.count ?? 0))),
    totalCents: sum((c) => c.totalCents),
    totalCount: sum((c) => c.count),
    disputedCents: sum((c) => c.disputedCents),
    disputedCount: rows.reduce((s, r) => s + r.disputedN, 0),
    unappliedCents: unapplied.cents,
    unappliedCount: unapplied.count,
    customers
  }
}
