// The hand-computed customer of tests/shared/risk/fixtures.ts as rows in a real administration, and the
// demo administration the batch tests read.
import type { AppDb } from '../../../src/main/db/connection'
import { seedDemoData } from '../../../src/main/demo/seed-demo'
import { createTestDb, type TestDb } from '../../helpers/db'
import { customers, disputes, invoices, promises } from '../../../src/main/db/schema'
import { HISTORY } from '../../shared/risk/fixtures'

/** Jansen (C001, limit 400.00): invoices A–D paid, E open, two broken promises, one dispute. */
export function seedJansen(db: AppDb): { customerId: number; invoiceIds: number[] } {
  const customerId = db.insert(customers).values({ code: 'C001', name: 'Jansen Techniek B.V.', creditLimitCents: 40_000 }).returning().get().id
  const invoiceIds = HISTORY.slice(0, 5).map(
    (h, i) =>
      db
        .insert(invoices)
        .values({ customerId, number: `F${i + 1}`, invoiceDate: h.invoiceDate, dueDate: h.dueDate, amountCents: h.amountCents, openCents: h.openCents, settledOn: h.settledOn, status: h.openCents > 0 ? 'open' : 'paid' })
        .returning()
        .get().id
  )
  db.insert(promises)
    .values([
      { customerId, promisedDate: '2026-04-10', amountCents: 10_000, status: 'broken' },
      { customerId, promisedDate: '2026-05-10', amountCents: 10_000, status: 'broken' }
    ])
    .run()
  db.insert(disputes).values({ invoiceId: invoiceIds[0] ?? 0, reason: 'price', openedOn: '2026-05-05', status: 'rejected', resolvedOn: '2026-05-09' }).run()
  return { customerId, invoiceIds }
}

/** A fresh encrypted administration with the demo's customers and history as of `today`. */
export function demoAdministration(today: string, customers: number, invoices: number): TestDb {
  const t = createTestDb()
  t.db.$client.prepare("INSERT INTO administration_profile (id, name) VALUES (1, 'Demo')").run()
  seedDemoData(t.db, { today, customers, invoices })
  return t
}
