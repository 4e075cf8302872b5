// Finding the customer and invoices an arrangement is about, with errors that name what is wrong.
import { and, asc, eq, gt, inArray } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { invoices } from '../../db/schema'
import { getCustomer } from '../customers/customers.service'

export type InvoiceRow = typeof invoices.$inferSelect

/** The customer's invoices with these ids, oldest due first; any id of another customer or unknown is refused. */
export function invoicesOfCustomer(tx: AppDb, customerId: number, ids: readonly number[]): InvoiceRow[] {
  getCustomer(tx, customerId)
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const rows = tx.select().from(invoices).where(inArray(invoices.id, unique)).orderBy(asc(invoices.dueDate), asc(invoices.id)).all()
  const missing = unique.find((id) => !rows.some((r) => r.id === id))
  if (missing !== undefined) throw new AppError('not-found', `No invoice with id ${missing}.`, 'invoiceIds')
  const foreign = rows.find((r) => r.customerId !== customerId)
  if (foreign) throw new AppError('validation', `Invoice ${foreign.number} belongs to another customer.`, 'invoiceIds')
  return rows
}

/** Like `invoicesOfCustomer`, and each one must still have an amount open. */
export function openInvoicesOfCustomer(tx: AppDb, customerId: number, ids: readonly number[]): InvoiceRow[] {
  const rows = invoicesOfCustomer(tx, customerId, ids)
  const closed = rows.find((r) => r.status !== 'open' || r.openCents <= 0)
  if (closed) throw new AppError('validation', `Invoice ${closed.number} has nothing open.`, 'invoiceIds')
  return rows
}

/** Every open item of a customer with an amount due, oldest first. */
export function allOpenInvoices(tx: AppDb, customerId: number): InvoiceRow[] {
  return tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.customerId, customerId), eq(invoices.status, 'open'), gt(invoices.openCents, 0)))
    .orderBy(asc(invoices.dueDate), asc(invoices.id))
    .all()
}

export function getInvoiceRow(tx: AppDb, id: number): InvoiceRow {
  const row = tx.select().from(invoices).where(eq(invoices.id, id)).get()
  if (!row) throw new AppError('not-found', `No invoice with id ${id}.`, 'invoiceId')
  return row
}
