// Disputes per invoice (or part of its amount) with a reason code: open → accepted, rejected or cancelled.
// A disputed invoice stays in the balance and the aging, marked, and out of dunning while open or accepted.
import { eq } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type DisputeDecision, disputeDecisionSchema, type DisputeInput, disputeInputSchema } from '../../../shared/domains/arrangements/inputs'
import { nextDisputeStatus } from '../../../shared/domains/arrangements/lifecycle'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { disputes } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { syncFlags } from './flags'
import { getInvoiceRow } from './lookups'

export type DisputeRecord = typeof disputes.$inferSelect

export function getDispute(db: AppDb, id: number): DisputeRecord {
  const row = db.select().from(disputes).where(eq(disputes.id, id)).get()
  if (!row) throw new AppError('not-found', `No dispute with id ${id}.`, 'disputeId')
  return row
}

/** Opens a dispute inside the caller's transaction (bulk actions open several at once). */
export function openDisputeIn(tx: AppDb, input: DisputeInput, today: IsoDate): DisputeRecord {
  const v = parseInput(disputeInputSchema, input)
  const invoice = getInvoiceRow(tx, v.invoiceId)
  if (invoice.status !== 'open' || invoice.openCents <= 0) throw new AppError('validation', `Invoice ${invoice.number} has nothing open to dispute.`, 'invoiceId')
  if (v.amountCents != null && v.amountCents > invoice.openCents) throw new AppError('validation', `Invoice ${invoice.number} has only ${invoice.openCents} cents open.`, 'amountCents')
  const row = tx.insert(disputes).values({ invoiceId: invoice.id, reason: v.reason, amountCents: v.amountCents ?? null, note: v.note ?? null, openedOn: today }).returning().get()
  syncFlags(tx, invoice.customerId, today)
  appendAudit(tx, { action: 'dispute.opened', entity: 'dispute', entityId: row.id, data: { invoice: invoice.number, reason: v.reason, amountCents: row.amountCents, note: row.note } })
  return row
}

export function openDispute(db: AppDb, input: DisputeInput, today: IsoDate): DisputeRecord {
  return withWrite(db, (tx) => openDisputeIn(tx, input, today))
}

/** accept (a credit note is expected), reject (dunning resumes where it stood; the note says why) or cancel (undo). */
export function decideDispute(db: AppDb, input: DisputeDecision, today: IsoDate): DisputeRecord {
  const v = parseInput(disputeDecisionSchema, input)
  return withWrite(db, (tx) => {
    const d = getDispute(tx, v.disputeId)
    const status = nextDisputeStatus(d.status, v.action, v.resolution ?? null)
    const row = tx.update(disputes).set({ status, resolvedOn: today, resolution: v.resolution ?? null }).where(eq(disputes.id, d.id)).returning().get()
    const invoice = getInvoiceRow(tx, d.invoiceId)
    syncFlags(tx, invoice.customerId, today)
    appendAudit(tx, { action: `dispute.${status}`, entity: 'dispute', entityId: d.id, data: { invoice: invoice.number, was: d.status, resolution: row.resolution } })
    return row
  })
}
