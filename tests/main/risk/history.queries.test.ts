import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customerFacts, paymentStats } from '../../../src/main/domains/risk/history.queries'
import { seedDemoData } from '../../../src/main/demo/seed-demo'
import { EMPTY_STATS, type HistoryInvoice, summarizeHistory } from '../../../src/shared/domains/risk/history'
import { type AppDb } from '../../../src/main/db/connection'
import { createTestDb, type TestDb } from '../../helpers/db'

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

describe('payment history in SQL', () => {
  let t: TestDb
  const db = () => t.db
  beforeAll(() => {
    t = createTestDb()
    db().$client.prepare("INSERT INTO administration_profile (id, name) VALUES (1, 'Demo')").run()
    seedDemoData(db(), { today: TODAY, customers: 40, invoices: 1500 })
  })
  afterAll(() => t.close())

  it.each([TODAY, '2026-03-15'])('gives the pure sums for every demo customer as of %s', (asOf) => {
    const sqlStats = paymentStats(db(), asOf)
    const raw = rawHistory(db(), asOf)
    expect(raw.size).toBeGreaterThan(30)
    for (const [customerId, items] of raw) {
      const pure = summarizeHistory(items, asOf)
      // the pure sum of cent-days is exact; SQLite's float sum agrees to the rounding
      expect(sqlStats.get(customerId) ?? EMPTY_STATS, `customer ${customerId}`).toEqual(pure)
    }
    // one customer alone gives the same as in the full pass
    const [first] = raw.keys()
    expect(paymentStats(db(), asOf, first).get(first!)).toEqual(sqlStats.get(first!))
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
