// Promises to pay: recorded on a customer or on chosen invoices, kept or broken by the payments that follow.
import { and, eq, inArray } from 'drizzle-orm'
import { addDays, type IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type PromiseInput, promiseInputSchema } from '../../../shared/domains/arrangements/inputs'
import { promiseOutcome } from '../../../shared/domains/arrangements/promise-outcome'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { invoices, promiseInvoices, promises } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { allOpenInvoices, openInvoicesOfCustomer } from './lookups'
import { allocatedSince } from './paid-toward'

export type PromiseRecord = typeof promises.$inferSelect

export function getPromise(db: AppDb, id: number): PromiseRecord {
  const row = db.select().from(promises).where(eq(promises.id, id)).get()
  if (!row) throw new AppError('not-found', `No promise with id ${id}.`, 'promiseId')
  return row
}

/** The invoices a promise covers (a promise on the customer lists every item open when it was made). */
export function promiseInvoiceIds(tx: AppDb, promiseId: number): number[] {
  return tx.select({ id: promiseInvoices.invoiceId }).from(promiseInvoices).where(eq(promiseInvoices.promiseId, promiseId)).all().map((r) => r.id)
}

/** Records a promise inside the caller's transaction (bulk actions record one per customer). */
export function recordPromiseIn(tx: AppDb, input: PromiseInput, today: IsoDate): PromiseRecord {
  const v = parseInput(promiseInputSchema, input)
  if (v.promisedDate < today) throw new AppError('validation', 'the promised date lies in the past', 'promisedDate')
  const covered = v.invoiceIds && v.invoiceIds.length > 0 ? openInvoicesOfCustomer(tx, v.customerId, v.invoiceIds) : allOpenInvoices(tx, v.customerId)
  if (covered.length === 0) throw new AppError('validation', 'this customer has nothing open to promise', 'customerId')
  const row = tx.insert(promises).values({ customerId: v.customerId, promisedDate: v.promisedDate, amountCents: v.amountCents, note: v.note ?? null }).returning().get()
  tx.insert(promiseInvoices).values(covered.map((i) => ({ promiseId: row.id, invoiceId: i.id }))).run()
  appendAudit(tx, {
    action: 'promise.recorded',
    entity: 'promise',
    entityId: row.id,
    data: { customerId: row.customerId, amountCents: row.amountCents, promisedDate: row.promisedDate, invoices: v.invoiceIds?.length ? covered.map((i) => i.number) : 'all open' }
  })
  return row
}

export function recordPromise(db: AppDb, input: PromiseInput, today: IsoDate): PromiseRecord {
  return withWrite(db, (tx) => recordPromiseIn(tx, input, today))
}

/** Undo of a wrongly recorded promise; dunning treats it as never made. */
export function cancelPromise(db: AppDb, id: number, today: IsoDate, reason: string | null = null): PromiseRecord {
  return withWrite(db, (tx) => {
    const p = getPromise(tx, id)
    if (p.status === 'cancelled') throw new AppError('conflict', `promise ${id} was already cancelled`, 'promiseId')
    const row = tx.update(promises).set({ status: 'cancelled', resolvedOn: today }).where(eq(promises.id, id)).returning().get()
    appendAudit(tx, { action: 'promise.cancelled', entity: 'promise', entityId: id, data: { was: p.status, reason } })
    return row
  })
}

export type PromiseFacts = { paidByDateCents: number; openCents: number; invoiceIds: number[] }

export function promiseFacts(tx: AppDb, p: PromiseRecord): PromiseFacts {
  const invoiceIds = promiseInvoiceIds(tx, p.id)
  const open = invoiceIds.length === 0 ? [] : tx.select({ openCents: invoices.openCents, status: invoices.status }).from(invoices).where(inArray(invoices.id, invoiceIds)).all()
  return {
    invoiceIds,
    paidByDateCents: allocatedSince(tx, invoiceIds, p.createdAt, p.promisedDate),
    openCents: open.filter((i) => i.status === 'open').reduce((s, i) => s + Math.max(0, i.openCents), 0)
  }
}

/**
 * Marks open promises kept or broken as of `asOf`, and turns a broken one into kept when a payment booked
 * by the date arrives later (a late bank statement). Returns the promises that changed.
 */
export function evaluatePromises(tx: AppDb, asOf: IsoDate): { id: number; status: 'kept' | 'broken' }[] {
  const changed: { id: number; status: 'kept' | 'broken' }[] = []
  for (const p of tx.select().from(promises).where(inArray(promises.status, ['open', 'broken'])).all()) {
    const facts = promiseFacts(tx, p)
    const outcome = promiseOutcome({ amountCents: p.amountCents, promisedDate: p.promisedDate, paidByDateCents: facts.paidByDateCents, openCents: facts.openCents }, asOf)
    if (outcome === p.status || outcome === 'open') continue
    const resolvedOn = outcome === 'broken' ? addDays(p.promisedDate, 1) : asOf
    tx.update(promises).set({ status: outcome, resolvedOn }).where(and(eq(promises.id, p.id), eq(promises.status, p.status))).run()
    appendAudit(tx, { action: `promise.${outcome}`, entity: 'promise', entityId: p.id, data: { amountCents: p.amountCents, promisedDate: p.promisedDate, paidByDateCents: facts.paidByDateCents } })
    changed.push({ id: p.id, status: outcome })
  }
  return changed
}
