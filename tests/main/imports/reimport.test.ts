// Safe re-import: matching on (customer code, invoice number), local state kept, vanished items archived.
import { afterEach, describe, expect, it } from 'vitest'
import { asc, eq } from 'drizzle-orm'
import { withWrite } from '../../../src/main/db/connection'
import { auditLog, customers, disputes, invoices, notes, promiseInvoices, promises } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { createTestDb, type TestDb } from '../../helpers/db'
import { csvInput, ownFixture } from './fixtures'

let t: TestDb | undefined
afterEach(() => {
  t?.close()
  t = undefined
})

const HEADER = 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand\n'
const WEEK1 = HEADER + 'K1;Jansen BV;F1;01-03-2026;31-03-2026;100,00;100,00\nK1;Jansen BV;F2;02-03-2026;01-04-2026;200,00;200,00\nK2;Pietersen;F3;03-03-2026;02-04-2026;300,00;300,00\n'
// F1 partly paid, F2 gone (paid), F3 unchanged, F4 new
const WEEK2 = HEADER + 'K1;Jansen BV;F1;01-03-2026;31-03-2026;100,00;40,00\nK2;Pietersen;F3;03-03-2026;02-04-2026;300,00;300,00\nK2;Pietersen;F4;04-03-2026;03-04-2026;50,00;50,00\n'

async function importText(text: string, options = {}) {
  if (!t) t = createTestDb()
  return commitImport(t.db, await previewImport(csvInput(text, 'openstaand.csv')), { today: '2026-04-10', ...options })
}
const invoice = (number: string) => t?.db.select().from(invoices).where(eq(invoices.number, number)).get()
const audit = () => t?.db.select().from(auditLog).orderBy(asc(auditLog.seq)).all() ?? []

describe('first import', () => {
  it('creates customers and open items in one go, with one audit entry', async () => {
    const s = await importText(WEEK1)
    expect(s).toMatchObject({ customers: { created: 2, updated: 0 }, invoices: { created: 3, updated: 0, unchanged: 0, archived: 0 } })
    expect(invoice('F2')).toMatchObject({ amountCents: 20000, openCents: 20000, dueDate: '2026-04-01', status: 'open', importSource: 'csv' })
    expect(audit().map((a) => a.action)).toEqual(['import.committed'])
    expect(JSON.parse(audit()[0]?.dataJson ?? '{}')).toMatchObject({ fileName: 'openstaand.csv', sha256: s.sha256, invoices: { created: 3 } })
  })

  it('derives a missing due date from the customer term, or 30 days', async () => {
    t = createTestDb()
    withWrite(t.db, (tx) => tx.insert(customers).values({ code: 'R01', name: 'Kwast', paymentTermDays: 14 }).run())
    await importText(new TextDecoder().decode(ownFixture('eboekhouden.csv').bytes))
    expect(invoice('F2026-1')?.dueDate).toBe('2026-01-19')
    expect(invoice('F2026-2')?.dueDate).toBe('2026-02-09')
  })
})

describe('re-import', () => {
  it('importing the same file twice changes nothing and logs nothing', async () => {
    await importText(WEEK1)
    const before = t?.db.select().from(invoices).all()
    const s = await importText(WEEK1)
    expect(s).toMatchObject({ customers: { created: 0, updated: 0 }, invoices: { created: 0, updated: 0, unchanged: 3, archived: 0 }, missing: 0 })
    expect(t?.db.select().from(invoices).all()).toEqual(before)
    expect(audit()).toHaveLength(1)
  })

  it('keeps local state, updates and logs changed amounts, archives vanished items only on a full import', async () => {
    await importText(WEEK1)
    const f1 = invoice('F1')
    const f2 = invoice('F2')
    if (!f1 || !f2) throw new Error('not imported')
    withWrite(t!.db, (tx) => {
      tx.update(invoices).set({ dunningLevel: 2, disputed: true, onHold: true, lastDunnedOn: '2026-04-01' }).where(eq(invoices.id, f1.id)).run()
      tx.insert(notes).values({ customerId: f1.customerId, invoiceId: f1.id, body: 'Belt vrijdag terug' }).run()
      const promise = tx.insert(promises).values({ customerId: f1.customerId, promisedDate: '2026-04-20', amountCents: 4000 }).returning().get()
      tx.insert(promiseInvoices).values({ promiseId: promise.id, invoiceId: f1.id }).run()
      tx.insert(disputes).values({ invoiceId: f2.id, reason: 'not_delivered', note: 'levering onvolledig', openedOn: '2026-04-02' }).run()
    })

    const partial = await importText(WEEK2)
    expect(partial).toMatchObject({ invoices: { created: 1, updated: 1, unchanged: 1, archived: 0 }, missing: 1 })
    expect(partial.amountChanges).toEqual([{ customerCode: 'K1', number: 'F1', amountCents: [10000, 10000], openCents: [10000, 4000] }])
    expect(invoice('F1')).toMatchObject({ openCents: 4000, dunningLevel: 2, disputed: true, onHold: true, lastDunnedOn: '2026-04-01', status: 'open' })
    expect(invoice('F2')?.status).toBe('open')

    const full = await importText(WEEK2, { full: true })
    expect(full).toMatchObject({ invoices: { created: 0, updated: 0, unchanged: 3, archived: 1 }, missing: 1 })
    expect(invoice('F2')).toMatchObject({ status: 'paid', openCents: 0, amountCents: 20000, archivedAt: '2026-04-10' })
    expect(t?.db.select().from(disputes).all()).toHaveLength(1)
    expect(t?.db.select().from(notes).all()).toHaveLength(1)
    expect(t?.db.select().from(promises).all()).toHaveLength(1)
    expect(audit().map((a) => a.action)).toEqual(['import.committed', 'invoice.amount-changed', 'import.committed', 'invoice.archived', 'import.committed'])
    expect(JSON.parse(audit()[3]?.dataJson ?? '{}')).toMatchObject({ number: 'F2', customerCode: 'K1', openCents: 20000, reason: 'missing from full re-import' })
    expect(verifyAudit(t!.db)).toMatchObject({ ok: true, count: 5 })

    // paid after all: the item comes back in a later export and is reopened
    const back = await importText(WEEK1, { full: true })
    expect(back.invoices).toMatchObject({ reopened: 1, updated: 1, archived: 1 })
    expect(invoice('F2')).toMatchObject({ status: 'open', openCents: 20000, archivedAt: null })
    expect(invoice('F4')).toMatchObject({ status: 'paid', openCents: 0 })
  })

  it('a full import never archives items entered by hand', async () => {
    await importText(WEEK1)
    const k1 = t!.db.select().from(customers).where(eq(customers.code, 'K1')).get()
    withWrite(t!.db, (tx) => tx.insert(invoices).values({ customerId: k1!.id, number: 'HAND-1', invoiceDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 500, openCents: 500, importSource: 'manual' }).run())
    await importText(WEEK2, { full: true })
    expect(invoice('HAND-1')?.status).toBe('open')
  })

  it('fills only the customer fields Debito does not know yet', async () => {
    await importText(WEEK1)
    withWrite(t!.db, (tx) => tx.update(customers).set({ email: 'eigen@jansen.nl', debtorType: 'government' }).where(eq(customers.code, 'K1')).run())
    const s = await importText('Klantnummer;Naam;E-mail;Plaats\nK1;Jansen Bouw;info@jansen.nl;Zwolle\n')
    expect(s.customers).toEqual({ created: 0, updated: 1 })
    expect(t!.db.select().from(customers).where(eq(customers.code, 'K1')).get()).toMatchObject({ name: 'Jansen BV', email: 'eigen@jansen.nl', city: 'Zwolle', debtorType: 'government' })
  })
})

describe('all or nothing', () => {
  const BAD = HEADER + 'K1;Jansen BV;F1;01-03-2026;31-03-2026;100,00;100,00\nK2;Pietersen;F3;03-03-2026;02-04-2026;drie;300,00\n'

  it('imports the valid rows only when asked, and lists the rejected ones', async () => {
    const s = await importText(BAD, { validRowsOnly: true })
    expect(s.invoices.created).toBe(1)
    expect(s.rejected).toEqual([expect.objectContaining({ line: 3, customerCode: 'K2', invoiceNumber: 'F3', cells: ['K2', 'Pietersen', 'F3', '03-03-2026', '02-04-2026', 'drie', '300,00'] })])
    expect(JSON.parse(audit()[0]?.dataJson ?? '{}')).toMatchObject({ rejectedRows: 1 })
  })

  it('a full import with valid rows only keeps the rejected rows\u2019 items open', async () => {
    await importText(WEEK1)
    const s = await importText(BAD.replace('K2;Pietersen;F3', 'K1;Jansen BV;F2'), { validRowsOnly: true, full: true })
    expect(s.invoices.archived).toBe(1)
    expect(invoice('F2')?.status).toBe('open')
    expect(invoice('F3')?.status).toBe('paid')
  })

  it('a dry run reports the summary and writes nothing', async () => {
    await importText(WEEK1)
    const before = t?.db.select().from(invoices).all()
    const s = await importText(WEEK2, { full: true, dryRun: true })
    expect(s).toMatchObject({ dryRun: true, invoices: { created: 1, updated: 1, archived: 1 } })
    expect(t?.db.select().from(invoices).all()).toEqual(before)
    expect(audit()).toHaveLength(1)
  })

  it('refuses a full import of a file without open items', async () => {
    await expect(importText('Klantnummer;Naam\nK1;Jansen\n', { full: true })).rejects.toThrow(/a full re-import needs a file with open items/)
  })
})

describe('large files', () => {
  it('reports progress while writing and imports every row', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `K${i % 300};Klant ${i % 300};F${i};01-03-2026;31-03-2026;${i + 1},00;${i + 1},00`)
    t = createTestDb()
    const indexes = () => t?.db.$client.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoices' ORDER BY name").all()
    const before = indexes()
    expect(before?.length).toBeGreaterThan(3)
    const preview = await previewImport(csvInput(HEADER + rows.join('\n')))
    // a bulk load drops and rebuilds the secondary indexes inside the transaction: a rollback restores them
    expect(commitImport(t.db, preview, { dryRun: true }).invoices.created).toBe(12_000)
    expect(indexes()).toEqual(before)
    // a bulk load runs under a rollback journal and always returns the file to WAL
    const journal = () => t?.db.$client.pragma('journal_mode', { simple: true })
    expect(journal()).toBe('wal')
    const progress: [number, number][] = []
    const s = commitImport(t.db, preview, {}, (done, total) => progress.push([done, total]))
    expect(indexes()).toEqual(before)
    expect(t.db.$client.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    expect(journal()).toBe('wal')
    expect(s.invoices.created).toBe(12_000)
    expect(s.customers.created).toBe(300)
    expect(progress).toEqual([[5000, 12_000], [10_000, 12_000], [12_000, 12_000]])
    expect(invoice('F11999')).toMatchObject({ amountCents: 1_200_000, customerId: expect.any(Number) })
  })
})
