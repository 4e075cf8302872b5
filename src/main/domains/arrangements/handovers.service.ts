// Hand-over of a customer's claim to a collection agency, bailiff or lawyer: the items are marked handed
// over and dunning stops for good (unless the hand-over is withdrawn because it was recorded by mistake).
import { eq } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type HandoverInput, handoverInputSchema } from '../../../shared/domains/arrangements/inputs'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { handoverInvoices, handovers } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { syncFlags } from './flags'
import { allOpenInvoices, openInvoicesOfCustomer } from './lookups'

export type HandoverRecord = typeof handovers.$inferSelect

export function getHandover(db: AppDb, id: number): HandoverRecord {
  const row = db.select().from(handovers).where(eq(handovers.id, id)).get()
  if (!row) throw new AppError('not-found', `No hand-over with id ${id}.`, 'handoverId')
  return row
}

export function handOver(db: AppDb, input: HandoverInput, today: IsoDate): HandoverRecord {
  return withWrite(db, (tx) => handOverIn(tx, input, today))
}

/** `handOver` inside the caller's transaction (the demo seeds its hand-overs this way). */
export function handOverIn(tx: AppDb, input: HandoverInput, today: IsoDate): HandoverRecord {
  const v = parseInput(handoverInputSchema, input)
  if (v.handedOverOn > today) throw new AppError('validation', 'the hand-over date lies in the future', 'handedOverOn')
  const items = v.invoiceIds && v.invoiceIds.length > 0 ? openInvoicesOfCustomer(tx, v.customerId, v.invoiceIds) : allOpenInvoices(tx, v.customerId)
  if (items.length === 0) throw new AppError('validation', 'this customer has nothing open to hand over', 'customerId')
  const row = tx
    .insert(handovers)
    .values({ customerId: v.customerId, kind: v.kind, party: v.party, handedOverOn: v.handedOverOn, reference: v.reference ?? null, note: v.note ?? null })
    .returning()
    .get()
  tx.insert(handoverInvoices).values(items.map((i) => ({ handoverId: row.id, invoiceId: i.id, openCents: i.openCents }))).run()
  syncFlags(tx, v.customerId, today)
  appendAudit(tx, {
    action: 'handover.recorded',
    entity: 'handover',
    entityId: row.id,
    data: { customerId: v.customerId, kind: v.kind, party: v.party, on: v.handedOverOn, invoices: items.map((i) => i.number), openCents: items.reduce((s, i) => s + i.openCents, 0) }
  })
  return row
}

/** Undo of a hand-over recorded by mistake: its invoices return to dunning where they stood. */
export function withdrawHandover(db: AppDb, id: number, today: IsoDate): HandoverRecord {
  return withWrite(db, (tx) => {
    const h = getHandover(tx, id)
    if (h.status !== 'active') throw new AppError('conflict', `hand-over ${id} was already withdrawn`, 'handoverId')
    const row = tx.update(handovers).set({ status: 'withdrawn', withdrawnOn: today }).where(eq(handovers.id, id)).returning().get()
    syncFlags(tx, h.customerId, today)
    appendAudit(tx, { action: 'handover.withdrawn', entity: 'handover', entityId: id, data: { customerId: h.customerId, party: h.party } })
    return row
  })
}

export function handoverInvoiceIds(db: AppDb, id: number): { invoiceId: number; openCents: number }[] {
  return db.select({ invoiceId: handoverInvoices.invoiceId, openCents: handoverInvoices.openCents }).from(handoverInvoices).where(eq(handoverInvoices.handoverId, id)).all()
}
