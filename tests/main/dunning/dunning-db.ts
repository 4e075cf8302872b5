// A real encrypted administration for the dunning services: profile, default policies, fresh bank data,
// and builders for customers, invoices and follow-up records.
import { type AppDb, withWrite } from '../../../src/main/db/connection'
import { administrationProfile, bankAccounts, customers, invoices } from '../../../src/main/db/schema'
import { ensureDefaultPolicies } from '../../../src/main/domains/dunning/policies.repo'
import type { Jurisdiction } from '../../../src/shared/domains/parties'

/** The letterhead a letter needs before a run can be executed. */
export const LETTERHEAD = { addressLine: 'Keizersgracht 221', postalCode: '1016 DV', city: 'Amsterdam', iban: 'NL91ABNA0417164300' } as const

export function setUpAdministration(db: AppDb, opts: { country?: Jurisdiction; bankDate?: string | null } = {}): void {
  withWrite(db, (tx) => {
    tx.insert(administrationProfile).values({ id: 1, name: 'Installatiebedrijf Test B.V.', country: opts.country ?? 'NL', ...LETTERHEAD }).run()
    ensureDefaultPolicies(tx)
    if (opts.bankDate !== null) tx.insert(bankAccounts).values({ account: 'NL91ABNA0417164300', lastStatementDate: opts.bankDate ?? '2026-03-01' }).run()
  })
}

type NewCustomer = typeof customers.$inferInsert
type NewInvoice = Omit<typeof invoices.$inferInsert, 'customerId'> & { customer: number }

export function addCustomer(db: AppDb, c: Partial<NewCustomer> & { code: string }): number {
  return db.insert(customers).values({ name: `Klant ${c.code}`, email: `${c.code.toLowerCase()}@example.nl`, ...c }).returning({ id: customers.id }).get().id
}

export function addInvoice(db: AppDb, i: Partial<NewInvoice> & { customer: number; number: string; dueDate: string; amountCents: number }): number {
  const { customer, ...rest } = i
  return db
    .insert(invoices)
    .values({ customerId: customer, invoiceDate: i.dueDate, openCents: i.amountCents, ...rest })
    .returning({ id: invoices.id })
    .get().id
}
