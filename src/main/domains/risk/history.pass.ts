// The whole administration's payment history in one pass: the invoices are streamed in customer order
// from the covering index invoices_customer_history into per-customer sums (the same rule as one
// customer's SQL, shared/domains/risk/history.ts `addInvoice`) and into the paid history the forecast and
// its backtest read. One scan of a narrow index instead of a grouped join, and no row objects kept.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { PaidHistory } from '../../../shared/domains/risk/backtest'
import { addInvoice, type DayInvoice, dayWindows, EMPTY_STATS, type PartSums, type PaymentStats } from '../../../shared/domains/risk/history'
import type { AppDb } from '../../db/connection'
import { datedParts } from './history.queries'

/** julianday of 1970-01-01: julianday(x) − this is the epoch day of x. */
const EPOCH_JULIAN = 2440587.5

/** A date column as its epoch day, computed by SQLite: the pass receives integers, not strings. */
const day = (column: string) => `CAST(julianday(${column}) - ${EPOCH_JULIAN} AS INTEGER)`

export type HistoryPass = { stats: Map<number, PaymentStats>; paid: PaidHistory }

/**
 * The last pass per connection, with the data version it was read at: the scores, the forecast and every
 * risk card read the same history until something changes it (the card's forecast needs the whole
 * administration's, so it would otherwise read a million invoices to show one customer).
 */
const kept = new WeakMap<AppDb['$client'], { asOf: IsoDate; version: string; pass: HistoryPass }>()

/** Moves with every change: commits by other connections (data_version) and this connection's own writes. */
function dataVersion(db: AppDb): string {
  const changes = db.$client.prepare('SELECT total_changes()').pluck().get() as number
  return `${db.$client.pragma('data_version', { simple: true }) as number}:${changes}`
}

/** The history as of `asOf`: read in one pass, or the kept one when nothing has changed since. */
export function historyPass(db: AppDb, asOf: IsoDate): HistoryPass {
  const version = dataVersion(db)
  const last = kept.get(db.$client)
  if (last && last.asOf === asOf && last.version === version) return last.pass
  const pass = readHistory(db, asOf)
  kept.set(db.$client, { asOf, version, pass })
  return pass
}

/**
 * Runs a write that leaves invoices and payments alone (storing the scores) inside its transaction, and
 * keeps the pass read before it: the write lock makes sure nothing else changed in between.
 */
export function writeBesideHistory(db: AppDb, write: () => void): void {
  const before = dataVersion(db)
  write()
  const last = kept.get(db.$client)
  if (last?.version === before) last.version = dataVersion(db)
}

/** The dated payments per invoice in sums; few invoices have them, so a map stays small. */
function partSumsByInvoice(db: AppDb, asOf: IsoDate): Map<number, PartSums> {
  const rows = db.all<{ invoiceId: number } & PartSums>(sql`
    SELECT invoice_id AS invoiceId, sum(cents) AS cents, min(cents) AS least, sum(cents * ${sql.raw(day('day'))}) AS centDays
    FROM (${datedParts(asOf)}) GROUP BY invoice_id`)
  return new Map(rows.map(({ invoiceId, ...p }) => [invoiceId, p]))
}

/** An Int32Array that grows by doubling, for a column whose length the pass learns as it goes. */
class IntColumn {
  values = new Int32Array(1_024)
  push(at: number, v: number): void {
    if (at === this.values.length) {
      const grown = new Int32Array(at * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[at] = v
  }
}

type Row = [id: number, customerId: number, invoiceDay: number, dueDay: number, settledDay: number | null, amountCents: number, openCents: number]

/** Every customer's sums and the paid history (amount > 0, settled by `asOf`), as of `asOf`. */
function readHistory(db: AppDb, asOf: IsoDate): HistoryPass {
  const w = dayWindows(asOf)
  const parts = partSumsByInvoice(db, asOf)
  const stats = new Map<number, PaymentStats>()
  const ids: number[] = []
  const [customer, invoiceDay, dueDay, settledDay] = [new IntColumn(), new IntColumn(), new IntColumn(), new IntColumn()]
  let paid = 0
  let current: PaymentStats | null = null
  let currentId = -1
  let paidIndex = -1
  // one object refilled per row: a million rows make no garbage beyond SQLite's own
  const inv: DayInvoice = { invoiceDay: 0, dueDay: 0, settledDay: null, amountCents: 0, openCents: 0, parts: null }
  // an invoice no longer open counts as open 0, so one without a settlement day is left out as unknown
  const rows = db.$client
    .prepare(
      `SELECT id, customer_id, ${day('invoice_date')}, ${day('due_date')}, ${day('settled_on')}, amount_cents, CASE WHEN status = 'open' THEN open_cents ELSE 0 END
       FROM invoices INDEXED BY invoices_customer_history WHERE amount_cents > 0 ORDER BY customer_id`
    )
    .raw()
    .iterate() as IterableIterator<Row>
  for (const row of rows) {
    const customerId = row[1]
    if (customerId !== currentId) {
      currentId = customerId
      current = null
      paidIndex = -1
    }
    inv.invoiceDay = row[2]
    inv.dueDay = row[3]
    inv.settledDay = row[4]
    if (inv.invoiceDay <= w.asOf) {
      if (current === null) stats.set(customerId, (current = { ...EMPTY_STATS }))
      inv.amountCents = row[5]
      inv.openCents = row[6]
      inv.parts = parts.size > 0 ? (parts.get(row[0]) ?? null) : null
      addInvoice(current, inv, w)
    }
    if (inv.settledDay !== null && inv.settledDay <= w.asOf) {
      if (paidIndex < 0) paidIndex = ids.push(customerId) - 1
      customer.push(paid, paidIndex)
      invoiceDay.push(paid, inv.invoiceDay)
      dueDay.push(paid, inv.dueDay)
      settledDay.push(paid, inv.settledDay)
      paid++
    }
  }
  const cut = (c: IntColumn) => c.values.slice(0, paid)
  return {
    stats,
    paid: { customers: ids.length, customer: cut(customer), invoiceDay: cut(invoiceDay), dueDay: cut(dueDay), settledDay: cut(settledDay), ids }
  }
}
