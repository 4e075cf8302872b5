// Manual entry and edit of customers and invoices; the forms validate with the same zod schemas.
import { z } from 'zod'
import { customerInputSchema, customerUpdateSchema } from '../domains/customers/customer.schema'
import { invoiceInputSchema, invoiceUpdateSchema } from '../domains/invoices/invoice.schema'
import { command } from './contract'
import { CentsSchema, CountrySchema, DebtorTypeSchema, IdSchema, LanguageSchema } from './schemas'

const text = z.string().nullable()

export const CustomerRecordSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  debtorType: DebtorTypeSchema,
  country: CountrySchema,
  language: LanguageSchema,
  email: text,
  phone: text,
  addressLine: text,
  postalCode: text,
  city: text,
  vatNumber: text,
  kboNumber: text,
  kvkNumber: text,
  iban: text,
  paymentTermDays: z.number().int().nullable(),
  creditLimitCents: CentsSchema.nullable(),
  onHold: z.boolean()
})
export type CustomerRecordDto = z.infer<typeof CustomerRecordSchema>

export const InvoiceRecordSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  number: z.string(),
  invoiceDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  amountCents: CentsSchema,
  openCents: CentsSchema,
  paymentReference: text,
  description: text
})
export type InvoiceRecordDto = z.infer<typeof InvoiceRecordSchema>

export const entryContract = {
  getCustomer: command('customers:get', z.object({ customerId: IdSchema }).strict(), CustomerRecordSchema),
  createCustomer: command('customers:create', customerInputSchema, CustomerRecordSchema),
  updateCustomer: command('customers:update', z.object({ customerId: IdSchema, patch: customerUpdateSchema }).strict(), CustomerRecordSchema),
  getInvoice: command('invoices:get', z.object({ invoiceId: IdSchema }).strict(), InvoiceRecordSchema),
  createInvoice: command('invoices:create', invoiceInputSchema, InvoiceRecordSchema),
  updateInvoice: command('invoices:update', z.object({ invoiceId: IdSchema, patch: invoiceUpdateSchema }).strict(), InvoiceRecordSchema)
} as const
