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
