// What the invoice form and the IPC layer send to enter or edit an open item by hand.
import { z } from 'zod'
import { IsoDateSchema as isoDate, optionalText } from '../../ipc/schemas'

const invoiceFields = {
  customerId: z.number().int().positive(),
  number: z.string().trim().min(1, 'an invoice number is required').max(50),
  invoiceDate: isoDate,
  /** invoice date plus the customer's payment term (or 30 days) when absent */
  dueDate: isoDate.optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency code such as EUR').optional(),
  /** negative for a credit note */
  amountCents: z.number().int().refine((v) => v !== 0, 'the amount cannot be zero'),
  /** defaults to the full amount */
  openCents: z.number().int().optional(),
  paymentReference: optionalText(60),
  description: optionalText(500)
}

/** |open| ≤ |amount|, open has the amount's sign, and the due date is not before the invoice date. */
export function checkInvoiceAmounts(v: { amountCents: number; openCents: number; invoiceDate: string; dueDate: string }): { path: string; message: string } | null {
  if (Math.abs(v.openCents) > Math.abs(v.amountCents)) return { path: 'openCents', message: 'the open amount cannot exceed the invoice amount' }
  if (v.openCents !== 0 && Math.sign(v.openCents) !== Math.sign(v.amountCents)) return { path: 'openCents', message: 'the open amount must have the sign of the invoice amount' }
  if (v.dueDate < v.invoiceDate) return { path: 'dueDate', message: 'the due date is before the invoice date' }
  return null
}

export const invoiceInputSchema = z.object(invoiceFields).strict()
export type InvoiceInput = z.input<typeof invoiceInputSchema>

/** The customer of an item cannot change: matching on re-import depends on it. */
export const invoiceUpdateSchema = z.object(invoiceFields).omit({ customerId: true }).partial().strict()
export type InvoiceUpdate = z.input<typeof invoiceUpdateSchema>
