// Applying bank money to invoices, and taking it back. Every change keeps invoice.openCents/status and
// entry.unappliedCents/status in step and is written to the audit log in the same transaction.
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm'
import type { MatchCandidate, MatchRule } from '../../../shared/domains/payments/matching'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { type ALLOCATION_KINDS, allocations, bankAccounts, bankEntries, invoices } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { proposalsFor } from './open-invoices'

export type AllocationKind = (typeof ALLOCATION_KINDS)[number]

export type AllocationInput = {
  entryId: number
  invoiceId: number
  /** positive for a payment; negative for a returned direct debit that re-opens the invoice */
  amountCents: number
  kind: AllocationKind
  confidence: number | null
  reason: string
}

type EntryRow = typeof bankEntries.$inferSelect

/** unmatched / partial / matched for money in; money out is ignored unless something was allocated to it */
function entryStatus(entry: Pick<EntryRow, 'amountCents'>, unapplied: number, allocated: boolean): EntryRow['status'] {
  if (entry.amountCents <= 0) return allocated ? 'matched' : 'ignored'
  if (unapplied === entry.amountCents) return 'unmatched'
  return unapplied === 0 ? 'matched' : 'partial'
}

function activeCount(tx: AppDb, entryId: number): number {
  return tx.select({ id: allocations.id }).from(allocations).where(and(eq(allocations.entryId, entryId), isNull(allocations.undoneAt))).all().length
}

function loadEntry(tx: AppDb, id: number): EntryRow {
  const entry = tx.select().from(bankEntries).where(eq(bankEntries.id, id)).get()
  if (!entry) throw new AppError('not-found', `bank entry ${id} does not exist`, 'entryId')
  return entry
}

/**
 * Archived and written-off invoices keep their status; open and paid follow the open amount. A payment
 * that brings the open amount to zero records its booking date as the settlement day (payment history).
 */
function setInvoiceOpen(tx: AppDb, invoice: typeof invoices.$inferSelect, openCents: number, bookingDate: string): void {
  if (openCents < 0) {
    throw new AppError('conflict', `invoice ${invoice.number} would be overpaid; undo its later payment first`, 'invoiceId')
  }
  const follows = invoice.status === 'open' || invoice.status === 'paid'
  const status = follows ? (openCents === 0 ? 'paid' : 'open') : invoice.status
  const settledOn = openCents === 0 ? bookingDate : null
  tx.update(invoices).set({ openCents, status, settledOn, updatedAt: new Date().toISOString() }).where(eq(invoices.id, invoice.id)).run()
}

/** One allocation inside the caller's transaction. */
export function applyAllocation(tx: AppDb, input: AllocationInput): number {
  const entry = loadEntry(tx, input.entryId)
  const invoice = tx.select().from(invoices).where(eq(invoices.id, input.invoiceId)).get()
  if (!invoice) throw new AppError('not-found', `invoice ${input.invoiceId} does not exist`, 'invoiceId')
  const isReturn = input.kind === 'return'
  if (!Number.isSafeInteger(input.amountCents) || (isReturn ? input.amountCents >= 0 : input.amountCents <= 0)) {
    throw new AppError('validation', `allocation amount must be a ${isReturn ? 'negative' : 'positive'} number of cents`, 'amountCents')
  }
  if (!isReturn) {
    if (invoice.status !== 'open') throw new AppError('conflict', `invoice ${invoice.number} is ${invoice.status}, not open`, 'invoiceId')
    if (input.amountCents > entry.unappliedCents) {
      throw new AppError('validation', `only ${entry.unappliedCents} cents of this payment are unapplied`, 'amountCents')
    }
    if (input.amountCents > invoice.openCents) {
      throw new AppError('validation', `invoice ${invoice.number} has only ${invoice.openCents} cents open`, 'amountCents')
    }
  } else if (invoice.openCents - input.amountCents > invoice.amountCents) {
    throw new AppError('validation', `returning ${-input.amountCents} cents would re-open more than invoice ${invoice.number} is worth`, 'amountCents')
  }
  const row = tx.insert(allocations).values(input).returning({ id: allocations.id }).get()
  setInvoiceOpen(tx, invoice, invoice.openCents - input.amountCents, entry.bookingDate)
  const unapplied = isReturn ? entry.unappliedCents : entry.unappliedCents - input.amountCents
  tx.update(bankEntries).set({ unappliedCents: unapplied, status: entryStatus(entry, unapplied, true) }).where(eq(bankEntries.id, entry.id)).run()
  appendAudit(tx, { action: 'allocation.create', entity: 'allocation', entityId: row.id, data: { ...input, invoiceNumber: invoice.number } })
  return row.id
}

/** Takes an allocation back: the invoice re-opens (or closes again, for a return) and the money is unapplied again. */
export function undoAllocation(db: AppDb, allocationId: number): void {
  withWrite(db, (tx) => {
    const alloc = tx.select().from(allocations).where(eq(allocations.id, allocationId)).get()
    if (!alloc) throw new AppError('not-found', `allocation ${allocationId} does not exist`, 'allocationId')
    if (alloc.undoneAt !== null) throw new AppError('conflict', `allocation ${allocationId} was already undone`, 'allocationId')
    const invoice = tx.select().from(invoices).where(eq(invoices.id, alloc.invoiceId)).get()
    if (!invoice) throw new AppError('not-found', `invoice ${alloc.invoiceId} does not exist`, 'invoiceId')
    tx.update(allocations).set({ undoneAt: new Date().toISOString() }).where(eq(allocations.id, allocationId)).run()
    const entry = loadEntry(tx, alloc.entryId)
    setInvoiceOpen(tx, invoice, invoice.openCents + alloc.amountCents, entry.bookingDate)
    const unapplied = alloc.kind === 'return' ? entry.unappliedCents : entry.unappliedCents + alloc.amountCents
    tx.update(bankEntries)
      .set({ unappliedCents: unapplied, status: entryStatus(entry, unapplied, activeCount(tx, entry.id) > 0) })
      .where(eq(bankEntries.id, entry.id))
      .run()
    appendAudit(tx, { action: 'allocation.undo', entity: 'allocation', entityId: allocationId, data: { entryId: alloc.entryId, invoiceId: alloc.invoiceId, amountCents: alloc.amountCents } })
  })
}

/** The bookkeeper's own split of a payment over invoices; whatever is left stays unapplied. */
export function allocateManually(db: AppDb, entryId: number, parts: readonly { invoiceId: number; amountCents: number }[], reason = 'manual allocation'): number[] {
  if (parts.length === 0) throw new AppError('validation', 'choose at least one invoice', 'parts')
  return withWrite(db, (tx) => parts.map((p) => applyAllocation(tx, { entryId, ...p, kind: 'manual', confidence: null, reason })))
}

/** What the matching rules propose for the unapplied part of an entry, best first (nothing is written). */
export function proposeMatches(db: AppDb, entryId: number): MatchCandidate[] {
  return proposalsFor(db, loadEntry(db, entryId))
}

/** Books a proposal the bookkeeper accepted, with the rule's confidence and reason. */
export function acceptProposal(db: AppDb, entryId: number, rule: MatchRule): number[] {
  return withWrite(db, (tx) => {
    const chosen = proposalsFor(tx, loadEntry(tx, entryId)).find((c) => c.rule === rule)
    if (!chosen) throw new AppError('conflict', `no "${rule}" proposal for bank entry ${entryId} any more`, 'rule')
    return chosen.allocations.map((a) => applyAllocation(tx, { entryId, ...a, kind: 'manual', confidence: chosen.confidence, reason: chosen.reason }))
  })
}

export type UnappliedEntry = EntryRow & { account: string }

/** Incoming money not (fully) applied to invoices: unknown payers, partial matches and overpayments. */
export function listUnapplied(db: AppDb): UnappliedEntry[] {
  return db
    .select({ entry: bankEntries, account: bankAccounts.account })
    .from(bankEntries)
    .innerJoin(bankAccounts, eq(bankAccounts.id, bankEntries.bankAccountId))
    .where(and(gt(bankEntries.unappliedCents, 0), inArray(bankEntries.status, ['unmatched', 'partial'])))
    .orderBy(asc(bankEntries.bookingDate), asc(bankEntries.id))
    .all()
    .map((r) => ({ ...r.entry, account: r.account }))
}

/** Active and undone allocations of an entry, oldest first, for the screen that shows and undoes them. */
export function allocationsOfEntry(db: AppDb, entryId: number): (typeof allocations.$inferSelect)[] {
  return db.select().from(allocations).where(eq(allocations.entryId, entryId)).orderBy(asc(allocations.id)).all()
}
