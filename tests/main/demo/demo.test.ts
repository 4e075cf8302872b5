import { isValidIBAN } from 'ibantools'
import { isValidBetalingskenmerk } from '../../../src/shared/domains/legal'
import { describe, expect, it } from 'vitest'
import { createDemoAdministration, DEMO_NAME } from '../../../src/main/demo/demo'
import { seedDemoData } from '../../../src/main/demo/seed-demo'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { createTestDb, tempDir } from '../../helpers/db'

const q = <T>(db: { $client: { prepare(s: string): { get(): unknown } } }, sql: string) => db.$client.prepare(sql).get() as T

describe('demo administration', () => {
  it('holds a realistic, consistent ledger', () => {
    const t = createTestDb()
    const db = t.db
    db.$client.prepare("INSERT INTO administration_profile (id, name) VALUES (1, 'Demo')").run()
    const counts = seedDemoData(db, { today: '2026-11-23' })
    expect(counts.customers).toBeGreaterThanOrEqual(60)
    expect(counts.invoices).toBeGreaterThanOrEqual(3000)
    const mix = q<Record<string, number>>(db, `SELECT
      sum(country = 'NL') nl, sum(country = 'BE') be, sum(debtor_type = 'b2b') b2b, sum(debtor_type = 'b2c') b2c,
      sum(debtor_type = 'government') gov, sum(language = 'nl') lnl, sum(language = 'fr') lfr, sum(language = 'en') len FROM customers`)
    for (const k of ['nl', 'be', 'b2b', 'b2c', 'gov', 'lnl', 'lfr', 'len']) expect(mix[k], k).toBeGreaterThan(0)
    const span = q<{ first: string; last: string }>(db, 'SELECT min(invoice_date) first, max(invoice_date) last FROM invoices')
    expect(span.first < '2025-01-01' && span.last > '2026-10-01').toBe(true)
    // every invoice's open amount is its amount minus what was allocated to it
    expect(q<{ n: number }>(db, `SELECT count(*) n FROM invoices i WHERE i.open_cents != i.amount_cents -
      coalesce((SELECT sum(a.amount_cents) FROM allocations a WHERE a.invoice_id = i.id AND a.undone_at IS NULL), 0)`).n).toBe(0)
    const kinds = q<Record<string, number>>(db, `SELECT sum(amount_cents < 0) credit, sum(open_cents > 0 AND open_cents < amount_cents) partial,
      sum(status = 'paid') paid, sum(disputed) disputed FROM invoices`)
    for (const k of ['credit', 'partial', 'paid', 'disputed']) expect(kinds[k], k).toBeGreaterThan(0)
    expect(q<{ n: number }>(db, "SELECT count(*) n FROM promises").n).toBeGreaterThan(0)
    expect(q<{ n: number }>(db, "SELECT count(*) n FROM plan_instalments").n).toBe(6)
    // monthly statements chain: each opening balance is the previous closing balance
    expect(q<{ n: number }>(db, `SELECT count(*) n FROM bank_statements s JOIN bank_statements p ON p.id = s.id - 1 WHERE s.opening_cents != p.closing_cents`).n).toBe(0)
    const ibans = db.$client.prepare('SELECT iban FROM customers WHERE iban IS NOT NULL').all() as { iban: string }[]
    expect(ibans.every((r) => isValidIBAN(r.iban))).toBe(true)
    // the reference scheme is the creditor's (a Dutch administration), also on invoices to Belgian debtors
    const refs = db.$client.prepare("SELECT c.country, i.payment_reference ref FROM invoices i JOIN customers c ON c.id = i.customer_id").all() as { country: string; ref: string }[]
    expect(refs.some((r) => r.country === 'BE')).toBe(true)
    expect(refs.every((r) => isValidBetalingskenmerk(r.ref))).toBe(true)
    expect(verifyAudit(db)).toMatchObject({ ok: true })
    t.close()
  })

  it('is created once as an administration and found again on the next start', async () => {
    const admins = createAdministrations(tempDir())
    const first = await createDemoAdministration(admins)
    const again = await createDemoAdministration(admins)
    expect(again).toEqual(first)
    expect(admins.list().map((a) => a.name)).toEqual([DEMO_NAME])
    const opened = await admins.open(DEMO_NAME, { passphrase: first.passphrase })
    expect(q<{ n: number }>(opened.db, 'SELECT count(*) n FROM invoices').n).toBeGreaterThanOrEqual(3000)
    opened.close()
  })
})
