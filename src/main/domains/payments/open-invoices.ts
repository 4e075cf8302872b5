// The open invoices the matching rules look at, and the proposals for one bank entry.
import { and, eq, gt } from 'drizzle-orm'
import { entryReferences, matchEntry, type MatchCandidate, type OpenInvoice } from '../../../shared/domains/payments/matching'
import type { AppDb } from '../../db/connection'
import { type bankEntries, customers, invoices } from '../../db/schema'
import { issuedReferencesAmong } from './payment-references.service'

export function openInvoices(db: AppDb): OpenInvoice[] {
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      customerId: invoices.customerId,
      customerName: customers.name,
      customerIban: customers.iban,
      paymentReference: invoices.paymentReference,
      openCents: invoices.openCents,
      dueDate: invoices.dueDate
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(invoices.status, 'open'), gt(invoices.openCents, 0)))
    .all()
}

/** Proposals for the part of an entry that is still unapplied. */
export function proposalsFor(db: AppDb, entry: typeof bankEntries.$inferSelect, open: OpenInvoice[] = openInvoices(db)): MatchCandidate[] {
  if (entry.unappliedCents <= 0) return []
  return matchEntry({ ...entry, amountCents: entry.unappliedCents }, open, issuedReferencesAmong(db, entryReferences(entry)))
}
