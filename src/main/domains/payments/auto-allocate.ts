// What happens to a freshly imported entry: exact matches are booked, returned direct debits re-open
// their invoices, everything else waits as a proposal or as unapplied money.
import { and, eq, gt, isNull, ne } from 'drizzle-orm'
import { findReturnedPayment, type OpenInvoice } from '../../../shared/domains/payments/matching'
import type { AppDb } from '../../db/connection'
import { allocations, bankEntries } from '../../db/schema'
import { applyAllocation } from './allocations.service'
import { proposalsFor } from './open-invoices'

export type AutoOutcome = 'auto' | 'return' | 'proposal' | 'none'

export function autoAllocate(tx: AppDb, entryId: number, open?: OpenInvoice[]): AutoOutcome {
  const entry = tx.select().from(bankEntries).where(eq(bankEntries.id, entryId)).get()
  if (!entry) return 'none'
  if (entry.amountCents < 0) return reopenReturned(tx, entry) ? 'return' : 'none'
  const [best] = proposalsFor(tx, entry, open)
  if (!best) return 'none'
  if (!best.auto) return 'proposal'
  for (const a of best.allocations) applyAllocation(tx, { entryId, ...a, kind: 'auto', confidence: best.confidence, reason: best.reason })
  return 'auto'
}

/** A returned collection re-opens what the original payment paid, one 'return' allocation per invoice. */
function reopenReturned(tx: AppDb, entry: typeof bankEntries.$inferSelect): boolean {
  if (entry.returnReason === null || entry.counterpartyAccount === null) return false
  const paid = tx
    .select({ entryId: bankEntries.id, counterpartyAccount: bankEntries.counterpartyAccount, amountCents: bankEntries.amountCents, bookingDate: bankEntries.bookingDate })
    .from(bankEntries)
    .where(and(eq(bankEntries.counterpartyAccount, entry.counterpartyAccount), gt(bankEntries.amountCents, 0), eq(bankEntries.bankAccountId, entry.bankAccountId)))
    .all()
  const original = findReturnedPayment(entry, paid)
  if (!original) return false
  const paidAllocations = tx
    .select()
    .from(allocations)
    .where(and(eq(allocations.entryId, original.entryId), isNull(allocations.undoneAt), ne(allocations.kind, 'return')))
    .all()
  for (const a of paidAllocations) {
    applyAllocation(tx, {
      entryId: entry.id,
      invoiceId: a.invoiceId,
      amountCents: -a.amountCents,
      kind: 'return',
      confidence: 1,
      reason: `direct debit returned (${entry.returnReason}): payment of ${original.bookingDate} reversed`
    })
  }
  return paidAllocations.length > 0
}
