// The whole administration's payment history in one pass: the invoices are read in customer order from
// the covering index invoices_customer_history and folded into per-customer sums (the same rule as one
// customer's SQL, shared/domains/risk/history.ts `addInvoice`) and into the paid history the forecast and
// its backtest read. Scans of a narrow index instead of a grouped join, one number per invoice and
// column crossing into JS, and no row objects kept.
import { sql } from 'drizzle-orm'
import { fromEpochDay, type IsoDate } from '../../../shared/dates'
import type { PaidHistory } from '../../../shared/domains/risk/backtest'
import { addInvoice, type DayInvoice, dayWindows, type DayWindows, EMPTY_STATS, type PartSums, type PaymentStats } from '../../../shared/domains/risk/history'
import { type AppDb, withPageCache } from '../../db/connection'
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

/** Folds the invoices, customer by customer, into the sums and the paid history. */
class PassBuilder {
  readonly stats = new Map<number, PaymentStats>()
  private readonly ids: number[] = []
  private readonly columns = [new IntColumn(), new IntColumn(), new IntColumn(), new IntColumn()] as const
  private paid = 0
  private current: PaymentStats | null = null
  private paidIndex = -1

  constructor(
    private readonly w: DayWindows,
    private readonly parts: Map<number, PartSums>
  ) {}

  startCustomer(): void {
    this.current = null
    this.paidIndex = -1
  }

  /** Whether dated payments exist: only then does the pass need the invoices' ids. */
  get hasParts(): boolean {
    return this.parts.size > 0
  }

  /** `inv` may be refilled for the next invoice: nothing keeps it. */
  add(customerId: number, invoiceId: number, inv: DayInvoice): void {
    if (inv.invoiceDay <= this.w.asOf) {
      if (this.current === null) this.stats.set(customerId, (this.current = { ...EMPTY_STATS }))
      inv.parts = this.hasParts ? (this.parts.get(invoiceId) ?? null) : null
      addInvoice(this.current, inv, this.w)
    }
    if (inv.settledDay !== null && inv.settledDay <= this.w.asOf) {
      if (this.paidIndex < 0) this.paidIndex = this.ids.push(customerId) - 1
      const [customer, invoiceDay, dueDay, settledDay] = this.columns
      customer.push(this.paid, this.paidIndex)
      invoiceDay.push(this.paid, inv.invoiceDay)
      dueDay.push(this.paid, inv.dueDay)
      settledDay.push(this.paid, inv.settledDay)
      this.paid++
    }
  }

  done(): HistoryPass {
    const [customer, invoiceDay, dueDay, settledDay] = this.columns.map((c) => c.values.slice(0, this.paid)) as [Int32Array, Int32Array, Int32Array, Int32Array]
    return { stats: this.stats, paid: { customers: this.ids.length, customer, invoiceDay, dueDay, settledDay, ids: this.ids } }
  }
}

/** The invoices of the pass, in the covering index's order (rowid last, so every query below reads the same order). */
const PASS_ROWS = 'FROM invoices INDEXED BY invoices_customer_history WHERE amount_cents > 0'
const PASS_ORDER = 'ORDER BY customer_id, invoice_date, due_date, settled_on, amount_cents, status, open_cents, id'

/**
 * better-sqlite3 hands over a lone number per row cheaper than a row of seven (the array per row is what
 * costs), while every scan decrypts the index again: the packed read takes two numbers per invoice in two
 * scans, each below 2^53, a fifth quicker than the row read on the bench's million invoices. Days: 17 bits per day (epoch day + 2^16, so 1790 to 2149) for the settlement,
 * due and invoice days, then the flags "settled" and "open". Owner: customer id (below 2^20) × 2^33 + the
 * amount (below 2^33 cents). Anything outside that (or a date SQLite cannot read) reads row by row.
 */
const DAY_BITS = 2 ** 17
const DAY_OFFSET = 2 ** 16
const AMOUNT_BITS = 2 ** 33
const packedDay = (column: string) => `(${day(column)} + ${DAY_OFFSET})`
const PACKED_DAYS = `((CASE WHEN settled_on IS NULL THEN 0 ELSE ${packedDay('settled_on')} END * ${DAY_BITS} + ${packedDay('due_date')}) * ${DAY_BITS} + ${packedDay('invoice_date')}) * 4
  + (settled_on IS NOT NULL) * 2 + (status = 'open' AND open_cents > 0)`
// a month's margin inside the day range: SQLite reads a date such as 2149-02-30 as a later day
const [DAY_LO, DAY_HI] = [fromEpochDay(-DAY_OFFSET + 31), fromEpochDay(DAY_BITS - DAY_OFFSET - 32)]
const PACKED_OWNER = `CASE WHEN customer_id BETWEEN 0 AND ${2 ** 20 - 1} AND amount_cents < ${AMOUNT_BITS}
  AND invoice_date BETWEEN '${DAY_LO}' AND '${DAY_HI}' AND due_date BETWEEN '${DAY_LO}' AND '${DAY_HI}'
  AND (settled_on IS NULL OR settled_on BETWEEN '${DAY_LO}' AND '${DAY_HI}') THEN customer_id * ${AMOUNT_BITS} + amount_cents END`

/** The packed read; false (having read nothing into `b`) when some invoice does not fit it. */
function readPacked(db: AppDb, b: PassBuilder): boolean {
  const column = (expression: string) => db.$client.prepare(`SELECT ${expression} ${PASS_ROWS} ${PASS_ORDER}`).pluck().all() as (number | null)[]
  const owners = column(PACKED_OWNER)
  if (owners.includes(null)) return false
  const days = column(PACKED_DAYS)
  if (days.includes(null)) return false
  const ids = b.hasParts ? column('id') : []
  const inv: DayInvoice = { invoiceDay: 0, dueDay: 0, settledDay: null, amountCents: 0, open: false, parts: null }
  let currentId = -1
  for (let k = 0; k < days.length; k++) {
    const owner = owners[k] ?? 0
    inv.amountCents = owner % AMOUNT_BITS
    const customerId = (owner - inv.amountCents) / AMOUNT_BITS
    if (customerId !== currentId) {
      currentId = customerId
      b.startCustomer()
    }
    let v = days[k] ?? 0
    const flags = v % 4
    v = (v - flags) / 4
    const invoiceDay = v % DAY_BITS
    v = (v - invoiceDay) / DAY_BITS
    const dueDay = v % DAY_BITS
    inv.invoiceDay = invoiceDay - DAY_OFFSET
    inv.dueDay = dueDay - DAY_OFFSET
    inv.settledDay = flags & 2 ? (v - dueDay) / DAY_BITS - DAY_OFFSET : null
    inv.open = (flags & 1) === 1
    b.add(customerId, ids[k] ?? 0, inv)
  }
  return true
}

type Row = [id: number, customerId: number, invoiceDay: number, dueDay: number, settledDay: number | null, amountCents: number, open: number]

/** Row by row: any date SQLite reads. */
function readRows(db: AppDb, b: PassBuilder): void {
  const inv: DayInvoice = { invoiceDay: 0, dueDay: 0, settledDay: null, amountCents: 0, open: false, parts: null }
  const rows = db.$client
    .prepare(`SELECT id, customer_id, ${day('invoice_date')}, ${day('due_date')}, ${day('settled_on')}, amount_cents, status = 'open' AND open_cents > 0 ${PASS_ROWS} ${PASS_ORDER}`)
    .raw()
    .iterate() as IterableIterator<Row>
  let currentId = -1
  for (const row of rows) {
    if (row[1] !== currentId) {
      currentId = row[1]
      b.startCustomer()
    }
    inv.invoiceDay = row[2]
    inv.dueDay = row[3]
    inv.settledDay = row[4]
    inv.amountCents = row[5]
    inv.open = row[6] === 1
    b.add(currentId, row[0], inv)
  }
}

/** Cache for the pass (KiB): the second scan finds the index the first one decrypted (a million invoices' takes some 60 MB). */
const PASS_CACHE_KIB = 65_536

/** Every customer's sums and the paid history (amount > 0, settled by `asOf`), as of `asOf`, read in one snapshot. */
function readHistory(db: AppDb, asOf: IsoDate): HistoryPass {
  const read = db.$client.transaction(() => {
    const parts = partSumsByInvoice(db, asOf)
    const packed = new PassBuilder(dayWindows(asOf), parts)
    if (readPacked(db, packed)) return packed.done()
    const rows = new PassBuilder(dayWindows(asOf), parts)
    readRows(db, rows)
    return rows.done()
  })
  return withPageCache(db, PASS_CACHE_KIB, () => read.deferred())
}
