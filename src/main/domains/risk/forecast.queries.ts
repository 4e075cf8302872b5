// What the cash-in forecast reads: the delays of paid invoices (per customer and per day count), the items
// open on the as-of date, and the paid history the backtest replays.
import { sql } from 'drizzle-orm'
import { type IsoDate, toEpochDay } from '../../../shared/dates'
import { delaysWithin, type PaidHistory } from '../../../shared/domains/risk/backtest'
import type { ForecastBatch } from '../../../shared/domains/risk/batch'
import type { DelayStats } from '../../../shared/domains/risk/delay-model'
import { historyWindows } from '../../../shared/domains/risk/history'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'

/** julianday of 1970-01-01: julianday(x) − this is the epoch day of x. */
const EPOCH_JULIAN = 2440587.5

/**
 * The delays (settled − due, in days) per customer and per day count of the invoices paid within the
 * history window before `asOf`, from the paid history: one scan serves the forecast and its backtest.
 */
export function delayInputs(h: PaidHistory, asOf: IsoDate): Pick<ForecastBatch, 'delays' | 'counts'> {
  const { stats, counts } = delaysWithin(h, toEpochDay(historyWindows(asOf).historyFrom), toEpochDay(asOf))
  const delays = new Map<number, DelayStats>()
  stats.forEach((c, index) => {
    if (c.count > 0) delays.set(h.ids?.[index] ?? index, c)
  })
  return { delays, counts }
}

type ItemRow = { invoiceId: number; customerId: number; number: string; customerName: string; dueDate: string; openCents: number; disputed: number; handedOver: number; promisedDate: string | null }

/**
 * The invoices open on `asOf` (the one definition of open, so the forecast adds up to the open totals);
 * credit notes are left out: they bring no cash in.
 */
export function openItemsAsOf(db: AppDb, asOf: IsoDate, customerId?: number): ForecastBatch['items'] {
  const only = customerId === undefined ? sql`` : sql`AND i.customer_id = ${customerId}`
  const rows = db.all<ItemRow>(sql`
    SELECT i.id AS invoiceId, i.customer_id AS customerId, i.number, c.name AS customerName, i.due_date AS dueDate, i.open_cents AS openCents,
           i.disputed, i.handed_over AS handedOver,
           (SELECT min(p.promised_date) FROM promise_invoices pi JOIN promises p ON p.id = pi.promise_id
            WHERE pi.invoice_id = i.id AND p.status = 'open') AS promisedDate
    FROM ${openItems(db, asOf)} AS i JOIN customers c ON c.id = i.customer_id
    WHERE i.amount_cents > 0 AND i.open_cents > 0 ${only}
    ORDER BY i.due_date, i.id`)
  return rows.map((r) => ({ ...r, disputed: r.disputed === 1, handedOver: r.handedOver === 1 }))
}

/** The paid history as epoch days in typed arrays: a million invoices stay a few megabytes. */
export function paidHistory(db: AppDb, asOf: IsoDate): PaidHistory {
  const rows = db.$client
    .prepare(
      `SELECT customer_id, CAST(julianday(invoice_date) - ${EPOCH_JULIAN} AS INTEGER), CAST(julianday(due_date) - ${EPOCH_JULIAN} AS INTEGER),
              CAST(julianday(settled_on) - ${EPOCH_JULIAN} AS INTEGER)
       FROM invoices WHERE amount_cents > 0 AND settled_on IS NOT NULL AND settled_on <= ?`
    )
    .raw()
    .all(asOf) as [number, number, number, number][]
  const index = new Map<number, number>()
  const h: PaidHistory = {
    customers: 0,
    customer: new Int32Array(rows.length),
    invoiceDay: new Int32Array(rows.length),
    dueDay: new Int32Array(rows.length),
    settledDay: new Int32Array(rows.length)
  }
  rows.forEach(([customer, invoiceDay, dueDay, settledDay], i) => {
    let c = index.get(customer)
    if (c === undefined) index.set(customer, (c = index.size))
    h.customer[i] = c
    h.invoiceDay[i] = invoiceDay
    h.dueDay[i] = dueDay
    h.settledDay[i] = settledDay
  })
  h.customers = index.size
  return { ...h, ids: [...index.keys()] }
}
