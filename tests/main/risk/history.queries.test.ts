import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyPass } from '../../../src/main/domains/risk/history.pass'
import { customerFacts, customerStats } from '../../../src/main/domains/risk/history.queries'
import { EMPTY_STATS, type HistoryInvoice, summarizeHistory } from '../../../src/shared/domains/risk/history'
import { type AppDb } from '../../../src/main/db/connection'
import type { TestDb } from '../../helpers/db'
import { demoAdministration } from './ledger'

const TODAY = '2026-11-23'

type Row = { id: number; customerId: number; invoiceDate: string; dueDate: string; amountCents: number; openCents: number; status: string; settledOn: string | null }

/** Raw invoices and their dated bank payments, as the pure history reads them. */
function rawHistory(db: AppDb, asOf: string): Map<number, HistoryInvoice[]> {
  const parts = db.$client
    .prepare('SELECT a.invoice_id AS invoiceId, a.amount_cents AS cents, e.booking_date AS date FROM allocations a JOIN bank_entries e ON e.id = a.entry_id WHERE a.undone_at IS NULL AND e.booking_date <= ?')
    .all(asOf) as { invoiceId: number; cents: number; date: string }[]
  const byInvoice = new Map<number, typeof parts>()
  for (const p of parts) byInvoice.set(p.invoiceId, [...(byInvoice.get(p.invoiceId) ?? []), p])
  const rows = db.$client
    .prepare('SELECT id, customer_id AS customerId, invoice_date AS invoiceDate, due_date AS dueDate, amount_cents AS amountCents, open_cents AS openCents, status, settled_on AS settledOn FROM invoices')
    .all() as Row[]
  const out = new Map<number, HistoryInvoice[]>()
  for (const r of rows) {
    const inv: HistoryInvoice = { ...r, openCents: r.status === 'open' ? r.openCents : 0, parts: byInvoice.get(r.id) ?? [] }
    out.set(r.customerId, [...(out.get(r.customerId) ?? []), inv])
  }
  return out
}

describe('payment history in SQL and in one pass', () => {
  let t: TestDb
  const db = () => t.db
  beforeAll(() => {
    t = demoAdministration(TODAY, 40, 1500)
  })
  afterAll(() => t.close())

  it.each([TODAY, '2026-03-15'])('gives the pure sums for every demo customer as of %s, in one pass and per customer', (asOf) => {
    const { stats } = historyPass(db(), asOf)
    const raw = rawHistory(db(), asOf)
    expect(raw.size).toBeGreaterThan(30)
    let datedByParts = 0
    for (const [customerId, items] of raw) {
      const pure = summarizeHistory(items, asOf)
      expect(stats.get(customerId) ?? EMPTY_STATS, `customer ${customerId}`).toEqual(pure)
      // the card's own SQL: SQLite's float sum of cent-days agrees to the rounding
      expect(customerStats(db(), asOf, customerId), `customer ${customerId}`).toEqual(pure)
      datedByParts += items.filter((i) => i.settledOn !== null && i.settledOn <= asOf && (i.parts ?? []).length > 0).length
    }
    expect(datedByParts).toBeGreaterThan(0)
  })

  it('keeps the paid history of the pass: every invoice paid by the day, its customer by id', () => {
    const asOf = '2026-03-15'
    const { paid } = historyPass(db(), asOf)
    const expected = db().$client.prepare("SELECT customer_id AS c, invoice_date AS i, due_date AS d, settled_on AS s FROM invoices WHERE amount_cents > 0 AND settled_on <= ? ORDER BY customer_id, invoice_date, due_date, settled_on").all(asOf) as { c: number; i: string; d: string; s: string }[]
    const day = (d: string) => Math.round(Date.parse(d) / 86_400_000)
    const got = Array.from(paid.customer, (c, k) => ({ c: paid.ids![c]!, i: paid.invoiceDay[k]!, d: paid.dueDay[k]!, s: paid.settledDay[k]! }))
    const sorted = got.sort((a, b) => a.c - b.c || a.i - b.i || a.d - b.d || a.s - b.s)
    expect(sorted).toEqual(expected.map((r) => ({ c: r.c, i: day(r.i), d: day(r.d), s: day(r.s) })))
    expect(paid.customers).toBe(new Set(expected.map((r) => r.c)).size)
  })

  it('counts broken promises, disputes and hand-overs of the last 12 months', () => {
    const facts = customerFacts(db(), TODAY)
    const total = (k: 'brokenPromises' | 'disputes' | 'handOvers') => [...facts.values()].reduce((s, f) => s + f[k], 0)
    const q = (sql: string) => (db().$client.prepare(sql).get() as { n: number }).n
    expect(total('brokenPromises')).toBe(q("SELECT count(*) n FROM promises WHERE status = 'broken'"))
    expect(total('disputes')).toBe(q("SELECT count(*) n FROM disputes WHERE opened_on > '2025-11-23'"))
    expect(total('handOvers')).toBe(q("SELECT count(*) n FROM invoices WHERE handed_over = 1 AND status = 'open'"))
    expect(total('brokenPromises')).toBeGreaterThan(0)
  })
})

describe('the pass over dates it cannot pack', () => {
  it('reads them row by row and gives every customer the same sums and paid history as the packed read', () => {
    const t = demoAdministration(TODAY, 30, 800)
    try {
      const db = t.db
      const sqlite = db.$client
      const cacheSize = sqlite.pragma('cache_size', { simple: true })
      const packed = historyPass(db, TODAY)
      // the pass caches more pages for its own scans only
      expect(sqlite.pragma('cache_size', { simple: true })).toBe(cacheSize)
      const old = Number(sqlite.prepare("INSERT INTO customers (code, name) VALUES ('OLD', 'Oude Debiteur')").run().lastInsertRowid)
      const invoice = sqlite.prepare("INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents, status, settled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      invoice.run(old, 'OLD-1', '1788-03-01', '1788-03-31', 10_000, 0, 'paid', '1788-05-01')
      invoice.run(old, 'OLD-2', '2026-09-01', '2026-10-01', 20_000, 0, 'paid', '2026-10-11')
      const rows = historyPass(db, TODAY)
      expect(rows).not.toBe(packed)
      const items: HistoryInvoice[] = [
        { invoiceDate: '1788-03-01', dueDate: '1788-03-31', amountCents: 10_000, openCents: 0, settledOn: '1788-05-01' },
        { invoiceDate: '2026-09-01', dueDate: '2026-10-01', amountCents: 20_000, openCents: 0, settledOn: '2026-10-11' }
      ]
      expect(rows.stats.get(old)).toEqual(summarizeHistory(items, TODAY))
      expect(new Map([...rows.stats].filter(([id]) => id !== old))).toEqual(packed.stats)
      const entries = (h: typeof packed) => Array.from(h.paid.customer, (c, k) => [h.paid.ids![c], h.paid.invoiceDay[k], h.paid.dueDay[k], h.paid.settledDay[k]])
      const day = (d: string) => Math.round(Date.parse(d) / 86_400_000)
      expect(entries(rows)).toEqual([...entries(packed), [old, day('1788-03-01'), day('1788-03-31'), day('1788-05-01')], [old, day('2026-09-01'), day('2026-10-01'), day('2026-10-11')]])
    } finally {
      t.close()
    }
  })
})
