// What the cash-in forecast reads besides the paid history (history.pass.ts): the delays of paid invoices
// per customer and per day count, and the items open on the as-of date.
import { sql } from 'drizzle-orm'
import { type IsoDate, toEpochDay } from '../../../shared/dates'
import { delaysWithin, type PaidHistory } from '../../../shared/domains/risk/backtest'
import type { ForecastBatch } from '../../../shared/domains/risk/batch'
import type { DelayStats } from '../../../shared/domains/risk/delay-model'
import { historyWindows } from '../../../shared/domains/risk/history'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'

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
 * credit notes are left out: they bring no cash in. `+i.id` sorts the few items of one due day by id
 * after the scan instead of steering SQLite to the due-date index, which covers too little: fetching each
 * item's table row took the forecast of 60,000 items five times longer than the covering index does.
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
    ORDER BY i.due_date, +i.id`)
  return rows.map((r) => ({ ...r, disputed: r.disputed === 1, handedOver: r.handedOver === 1 }))
}
