// A small ledger with a known payment history, for the open-items, aging and KPI tests.
import type { AppDb } from '../../../src/main/db/connection'
import { allocations, bankAccounts, bankEntries, bankStatements, customers, invoicePayments, invoices } from '../../../src/main/db/schema'

type Inv = Omit<typeof invoices.$inferInsert, 'openCents'> & { openCents?: number }

export function createLedger(db: AppDb) {
  let seq = 0
  let statement: { id: number; accountId: number } | null = null
  const bank = () => {
    if (statement) return statement
    const accountId = db.insert(bankAccounts).values({ account: 'NL91ABNA0417164300' }).returning({ id: bankAccounts.id }).get().id
    const id = db
      .insert(bankStatements)
      .values({ bankAccountId: accountId, format: 'camt053', sourceFile: 't.xml', fileSha256: 'x', openingDate: '2026-01-01', openingCents: 0, closingDate: '2026-12-31', closingCents: 0 })
      .returning({ id: bankStatements.id })
      .get().id
    return (statement = { id, accountId })
  }
  return {
    customer(code: string, name = `Klant ${code}`): number {
      return db.insert(customers).values({ code, name }).returning({ id: customers.id }).get().id
    },
    invoice(values: Inv): number {
      return db
        .insert(invoices)
        .values({ openCents: values.amountCents, ...values })
        .returning({ id: invoices.id })
        .get().id
    },
    /** A bank entry booked on `bookingDate`, applied to `invoiceId` for `cents`, with `unappliedCents` left over. */
    payment(bookingDate: string, cents: number, invoiceId: number | null, unappliedCents = 0): number {
      const { id, accountId } = bank()
      const entry = db
        .insert(bankEntries)
        .values({
          statementId: id,
          bankAccountId: accountId,
          bookingDate,
          valueDate: bookingDate,
          amountCents: cents + unappliedCents,
          dedupKey: `t-${++seq}`,
          status: invoiceId === null ? 'unmatched' : unappliedCents > 0 ? 'partial' : 'matched',
          unappliedCents
        })
        .returning({ id: bankEntries.id })
        .get().id
      if (invoiceId !== null) db.insert(allocations).values({ entryId: entry, invoiceId, amountCents: cents, kind: 'manual', reason: 'test' }).run()
      return entry
    },
    /** A movement from the accounting package's history (invoice_payments). */
    movement(invoiceId: number, paidOn: string, cents: number): void {
      db.insert(invoicePayments).values({ invoiceId, paidOn, amountCents: cents, kind: 'payment', source: 'xaf', sourceRef: `m-${++seq}` }).run()
    }
  }
}

/**
 * Two customers, eight items and their payments; today is 2026-06-30. The open-items, aging and KPI
 * tests work their expected figures out from this history by hand.
 */
export function seedHistory(d: AppDb): void {
  const l = createLedger(d)
  const a = l.customer('A001', 'Aannemer Aalders')
  const b = l.customer('B002', 'Bakkerij Bos')
  const f1 = l.invoice({ customerId: a, number: 'F1', invoiceDate: '2026-01-10', dueDate: '2026-02-09', amountCents: 100_00, openCents: 0, status: 'paid', settledOn: '2026-04-10' })
  l.payment('2026-03-10', 40_00, f1)
  l.payment('2026-04-10', 60_00, f1)
  l.invoice({ customerId: a, number: 'F2', invoiceDate: '2026-02-01', dueDate: '2026-03-03', amountCents: 50_00 })
  const f3 = l.invoice({ customerId: a, number: 'F3', invoiceDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 80_00, openCents: 50_00 })
  l.payment('2026-05-05', 30_00, f3)
  l.invoice({ customerId: a, number: 'CN4', invoiceDate: '2026-03-15', dueDate: '2026-03-15', amountCents: -20_00 })
  // gone from the client's export on 20 May: paid somewhere between two imports
  l.invoice({ customerId: a, number: 'F5', invoiceDate: '2026-05-01', dueDate: '2026-05-31', amountCents: 70_00, openCents: 0, status: 'paid', archivedAt: '2026-05-20T09:00:00.000Z' })
  const f6 = l.invoice({ customerId: b, number: 'F6', invoiceDate: '2026-04-01', dueDate: '2026-05-01', amountCents: 30_00, openCents: 0, status: 'paid', settledOn: '2026-06-01' })
  l.movement(f6, '2026-06-01', 30_00)
  l.invoice({ customerId: b, number: 'F7', invoiceDate: '2026-04-15', dueDate: '2026-05-15', amountCents: 25_00, disputed: true })
  l.invoice({ customerId: b, number: 'F8', invoiceDate: '2026-06-20', dueDate: '2026-07-20', amountCents: 10_00 })
  // money from an unknown payer
  l.payment('2026-05-10', 0, null, 12_34)
}
