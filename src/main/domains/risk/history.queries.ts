// One customer's payment history in SQL (the risk card): the same sums as shared/domains/risk/history.ts
// computes from raw invoices and history.pass.ts streams for the whole administration (tests hold them
// equal). Dated payments come from bank allocations (booking date) and from the accounting package's
// movements (invoice_payments).
import { type SQL, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { type CustomerFacts, EMPTY_STATS, historyWindows, type PaymentStats } from '../../../shared/domains/risk/history'
import { type MonthPoint, monthlyFrom, type MonthSums, monthSeries } from '../../../shared/domains/risk/monthly'
import type { AppDb } from '../../db/connection'

/** Every dated payment towards an invoice, up to and including `asOf`. */
export function datedParts(asOf: IsoDate): SQL {
  return sql`
    SELECT a.invoice_id AS invoice_id, a.amount_cents AS cents, e.booking_date AS day
    FROM allocations a JOIN bank_entries e ON e.id = a.entry_id
    WHERE a.undone_at IS NULL AND e.booking_date <= ${asOf}
    UNION ALL
    SELECT invoice_id, amount_cents, paid_on FROM invoice_payments WHERE kind = 'payment' AND paid_on <= ${asOf}`
}

/**
 * One customer's history sums as of `asOf`. Parts date the money of a settled invoice when they are all
 * positive and add up to its amount; otherwise the settlement day does.
 */
export function customerStats(db: AppDb, asOf: IsoDate, customerId: number): PaymentStats {
  const w = historyWindows(asOf)
  const row = db.get<PaymentStats>(sql`
    WITH parts AS (
      SELECT invoice_id, sum(cents) AS cents, min(cents) AS least, sum(cents * julianday(day)) AS cent_jd
      FROM (${datedParts(asOf)}) WHERE invoice_id IN (SELECT id FROM invoices WHERE customer_id = ${customerId}) GROUP BY invoice_id),
    inv AS (
      SELECT i.amount_cents AS amount, i.invoice_date, i.due_date,
             CASE WHEN i.settled_on <= ${asOf} THEN i.settled_on END AS settled,
             i.settled_on IS NULL AND (i.status <> 'open' OR i.open_cents <= 0) AS unknown,
             julianday(i.settled_on) - julianday(i.due_date) AS delay,
             julianday(i.settled_on) - julianday(i.invoice_date) AS dtp,
             CASE WHEN p.cents = i.amount_cents AND p.least > 0
                  THEN p.cent_jd - p.cents * julianday(i.invoice_date)
                  ELSE i.amount_cents * (julianday(i.settled_on) - julianday(i.invoice_date)) END AS cent_days
      FROM invoices i LEFT JOIN parts p ON p.invoice_id = i.id
      WHERE i.amount_cents > 0 AND i.invoice_date <= ${asOf} AND i.customer_id = ${customerId}),
    flagged AS (SELECT *, NOT unknown AND settled > ${w.historyFrom} AS counted, NOT unknown AND settled IS NULL AND due_date < ${asOf} AS overdue FROM inv)
    SELECT sum(counted) AS paidCount,
           total(CASE WHEN counted THEN delay END) AS sumDelay,
           total(CASE WHEN counted THEN delay * delay END) AS sumDelaySq,
           sum(counted AND delay > 0) AS lateCount,
           total(CASE WHEN counted THEN dtp END) AS sumDaysToPay,
           total(CASE WHEN counted THEN amount END) AS paidCents,
           total(CASE WHEN counted THEN cent_days END) AS paidCentDays,
           sum(counted AND settled > ${w.recentFrom}) AS recentCount,
           total(CASE WHEN counted AND settled > ${w.recentFrom} THEN delay END) AS recentSumDelay,
           sum(counted AND settled <= ${w.recentFrom} AND settled > ${w.priorFrom}) AS priorCount,
           total(CASE WHEN counted AND settled <= ${w.recentFrom} AND settled > ${w.priorFrom} THEN delay END) AS priorSumDelay,
           sum(overdue) AS overdueCount,
           coalesce(max(CASE WHEN overdue THEN CAST(julianday(${asOf}) - julianday(due_date) AS INTEGER) END), 0) AS oldestOverdueDays,
           total(CASE WHEN invoice_date > ${w.invoicedFrom} THEN amount END) AS invoiced12mCents
    FROM flagged`)
  return { ...EMPTY_STATS, ...normalize(row ?? EMPTY_STATS) }
}

/** SQLite's total() is a float and sum() of booleans may be null: back to the integers the pure sums give. */
function normalize(s: PaymentStats): PaymentStats {
  const out = { ...s }
  for (const k of Object.keys(out) as (keyof PaymentStats)[]) out[k] = Math.round(out[k] ?? 0)
  return out
}

/**
 * Broken promises, disputes (not those recorded by mistake) and returned payments of the last 12 months,
 * and the invoices handed over for collection (still open, or in a hand-over of the last 12 months).
 */
export function customerFacts(db: AppDb, asOf: IsoDate, customerId?: number): Map<number, CustomerFacts> {
  const from = historyWindows(asOf).invoicedFrom
  const byCustomer = (column: SQL) => (customerId === undefined ? sql`` : sql`AND ${column} = ${customerId}`)
  const rows = db.all<{ customerId: number; kind: keyof CustomerFacts; n: number }>(sql`
    SELECT customer_id AS customerId, 'brokenPromises' AS kind, count(*) AS n FROM promises
      WHERE status = 'broken' AND promised_date > ${from} AND promised_date <= ${asOf} ${byCustomer(sql`customer_id`)} GROUP BY customer_id
    UNION ALL
    SELECT i.customer_id, 'disputes', count(*) FROM disputes d JOIN invoices i ON i.id = d.invoice_id
      WHERE d.status <> 'cancelled' AND d.opened_on > ${from} AND d.opened_on <= ${asOf} ${byCustomer(sql`i.customer_id`)} GROUP BY i.customer_id
    UNION ALL
    SELECT customer_id, 'returnedPayments', count(*) FROM (
      SELECT i.customer_id FROM allocations a JOIN bank_entries e ON e.id = a.entry_id JOIN invoices i ON i.id = a.invoice_id
        WHERE a.kind = 'return' AND a.undone_at IS NULL AND e.booking_date > ${from} AND e.booking_date <= ${asOf} ${byCustomer(sql`i.customer_id`)}
      UNION ALL
      SELECT i.customer_id FROM invoice_payments p JOIN invoices i ON i.id = p.invoice_id
        WHERE p.kind = 'payment' AND p.amount_cents < 0 AND p.paid_on > ${from} AND p.paid_on <= ${asOf} ${byCustomer(sql`i.customer_id`)})
      GROUP BY customer_id
    UNION ALL
    SELECT customer_id, 'handOvers', count(DISTINCT id) FROM (
      SELECT i.customer_id, i.id FROM invoices i WHERE i.status = 'open' AND i.handed_over = 1 ${byCustomer(sql`i.customer_id`)}
      UNION ALL
      SELECT i.customer_id, i.id FROM handover_invoices hi JOIN handovers h ON h.id = hi.handover_id JOIN invoices i ON i.id = hi.invoice_id
        WHERE h.handed_over_on > ${from} AND h.handed_over_on <= ${asOf} ${byCustomer(sql`i.customer_id`)})
      GROUP BY customer_id`)
  const out = new Map<number, CustomerFacts>()
  for (const r of rows) {
    const facts = out.get(r.customerId) ?? { brokenPromises: 0, disputes: 0, returnedPayments: 0, handOvers: 0 }
    facts[r.kind] = r.n
    out.set(r.customerId, facts)
  }
  return out
}

/** One customer's paid invoices per settlement month over the last 12 months: the card's mini-charts. */
export function monthlyBehaviour(db: AppDb, asOf: IsoDate, customerId: number): MonthPoint[] {
  const rows = db.all<MonthSums>(sql`
    SELECT substr(settled_on, 1, 7) AS month, count(*) AS paid, total(julianday(settled_on) - julianday(due_date)) AS sumDelay
    FROM invoices
    WHERE customer_id = ${customerId} AND amount_cents > 0 AND settled_on >= ${monthlyFrom(asOf)} AND settled_on <= ${asOf}
    GROUP BY month`)
  return monthSeries(rows, asOf)
}
