// Holds and snoozes with a reason and an end date, on a customer or on single invoices. Dunning leaves
// them alone while in force; an expired one ends by itself at the daily evaluation.
import { and, eq, isNull, lt } from 'drizzle-orm'
import { addDays, type IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type HoldInput, holdInputSchema } from '../../../shared/domains/arrangements/inputs'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { holds } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { syncFlags } from './flags'
import { invoicesOfCustomer } from './lookups'

export type HoldRecord = typeof holds.$inferSelect

/** Places a hold inside the caller's transaction: one row for the customer, or one per invoice. */
export function placeHoldIn(tx: AppDb, input: HoldInput, today: IsoDate): HoldRecord[] {
  const v = parseInput(holdInputSchema, input)
  if (v.until != null && v.until < today) throw new AppError('validation', 'the end date lies in the past', 'until')
  const rows = v.invoiceIds && v.invoiceIds.length > 0 ? invoicesOfCustomer(tx, v.customerId, v.invoiceIds) : null
  const targets = rows === null ? [null] : rows.map((r) => r.id)
  const placed = targets.map((invoiceId) => tx.insert(holds).values({ customerId: v.customerId, invoiceId, kind: v.kind, reason: v.reason, startsOn: today, until: v.until ?? null }).returning().get())
  syncFlags(tx, v.customerId, today)
  for (const h of placed) {
    appendAudit(tx, { action: `${h.kind}.placed`, entity: 'hold', entityId: h.id, data: { customerId: h.customerId, invoice: rows?.find((r) => r.id === h.invoiceId)?.number ?? null, reason: h.reason, until: h.until } })
  }
  return placed
}

export function placeHold(db: AppDb, input: HoldInput, today: IsoDate): HoldRecord[] {
  return withWrite(db, (tx) => placeHoldIn(tx, input, today))
}

/** Ends a hold or snooze today (released by hand, or undone). */
export function releaseHold(db: AppDb, id: number, today: IsoDate): HoldRecord {
  return withWrite(db, (tx) => {
    const h = tx.select().from(holds).where(eq(holds.id, id)).get()
    if (!h) throw new AppError('not-found', `No hold with id ${id}.`, 'holdId')
    if (h.endedOn !== null) throw new AppError('conflict', `hold ${id} already ended on ${h.endedOn}`, 'holdId')
    const row = tx.update(holds).set({ endedOn: today }).where(eq(holds.id, id)).returning().get()
    syncFlags(tx, h.customerId, today)
    appendAudit(tx, { action: `${h.kind}.released`, entity: 'hold', entityId: id, data: { customerId: h.customerId, invoiceId: h.invoiceId } })
    return row
  })
}

/** Holds whose end date has passed end the day after it; the flags follow. */
export function expireHolds(tx: AppDb, asOf: IsoDate): number[] {
  const expired = tx.select().from(holds).where(and(isNull(holds.endedOn), lt(holds.until, asOf))).all()
  for (const h of expired) {
    tx.update(holds).set({ endedOn: addDays(h.until ?? asOf, 1) }).where(eq(holds.id, h.id)).run()
    appendAudit(tx, { action: `${h.kind}.expired`, entity: 'hold', entityId: h.id, data: { customerId: h.customerId, invoiceId: h.invoiceId, until: h.until } })
  }
  for (const customerId of new Set(expired.map((h) => h.customerId))) syncFlags(tx, customerId, asOf)
  return expired.map((h) => h.id)
}
