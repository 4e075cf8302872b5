// Manual entry and editing of open items. Hand-entered items carry import_source 'manual', so a full
// re-import of an accounting export never archives them.
import { and, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { addDays } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { checkInvoiceAmounts, type InvoiceInput, invoiceInputSchema, type InvoiceUpdate, invoiceUpdateSchema } from '../../../shared/domains/invoices/invoice.schema'
import type { InvoiceStatus } from '../../../shared/domains/receivables'
import { type AppDb, withWrite } from '../../db/connection'
import { invoices } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { getCustomer } from '../customers/customers.service'
import { changedFields } from './changes'

export type InvoiceRecord = typeof invoices.$inferSelect

const DEFAULT_TERM_DAYS = 30

export function getInvoice(db: AppDb, id: number): InvoiceRecord {
  const row = db.select().from(invoices).where(eq(invoices.id, id)).get()
  if (!row) throw new AppError('not-found', `No invoice with id ${id}.`, 'invoiceId')
  return row
}

function assertNumberFree(tx: AppDb, customerId: number, number: string, exceptId?: number): void {
  const other = tx.select({ id: invoices.id }).from(invoices).where(and(eq(invoices.customerId, customerId), eq(invoices.number, number))).get()
  if (other && other.id !== exceptId) throw new AppError('conflict', `This customer already has an invoice ${number}.`, 'number')
}

function assertAmounts(v: Parameters<typeof checkInvoiceAmounts>[0]): void {
  const problem = checkInvoiceAmounts(v)
  if (problem) throw new AppError('validation', `${problem.path}: ${problem.message}`, problem.path)
}

/** A paid or archived item that gets an open amount again is open; a fully paid open item is paid. */
function statusFor(current: InvoiceStatus, openCents: number): InvoiceStatus {
  if (current === 'written_off') return current
  return openCents === 0 ? 'paid' : 'open'
}

export function createInvoice(db: AppDb, input: InvoiceInput): InvoiceRecord {
  const v = parseInput(invoiceInputSchema, input)
  return withWrite(db, (tx) => {
    const customer = getCustomer(tx, v.customerId)
    const dueDate = v.dueDate ?? addDays(v.invoiceDate, customer.paymentTermDays ?? DEFAULT_TERM_DAYS)
    const openCents = v.openCents ?? v.amountCents
    assertAmounts({ amountCents: v.amountCents, openCents, invoiceDate: v.invoiceDate, dueDate })
    assertNumberFree(tx, v.customerId, v.number)
    const row = tx
      .insert(invoices)
      .values({ ...v, dueDate, openCents, status: statusFor('open', openCents), importSource: 'manual' })
      .returning()
      .get()
    appendAudit(tx, { action: 'invoice.created', entity: 'invoice', entityId: row.id, data: { customerCode: customer.code, number: row.number, amountCents: row.amountCents, openCents } })
    return row
  })
}

/** Changes the given fields; local state (dunning level, flags) is edited elsewhere and kept here. */
export function updateInvoice(db: AppDb, id: number, patch: InvoiceUpdate): InvoiceRecord {
  const p = parseInput(invoiceUpdateSchema, patch)
  return withWrite(db, (tx) => {
    const before = getInvoice(tx, id)
    const merged = { ...before, ...p }
    assertAmounts(merged)
    if (p.number !== undefined) assertNumberFree(tx, before.customerId, p.number, id)
    const status = statusFor(before.status, merged.openCents)
    const archivedAt = status === 'open' ? null : before.archivedAt
    const changes = changedFields(before, { ...p, status, archivedAt })
    if (Object.keys(changes).length === 0) return before
    const row = tx
      .update(invoices)
      .set({ ...p, status, archivedAt, updatedAt: new Date().toISOString() })
      .where(eq(invoices.id, id))
      .returning()
      .get()
    appendAudit(tx, { action: 'invoice.updated', entity: 'invoice', entityId: id, data: { number: row.number, changes } })
    return row
  })
}
