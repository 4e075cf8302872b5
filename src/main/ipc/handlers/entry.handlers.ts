// Manual entry over the customer and invoice services; every save tells the grids what changed.
import type { Scope } from '../../../shared/ipc/app-events'
import type { CustomerRecordDto, entryContract, InvoiceRecordDto } from '../../../shared/ipc/entry.contract'
import { createCustomer, type CustomerRecord, getCustomer, updateCustomer } from '../../domains/customers/customers.service'
import { createInvoice, getInvoice, type InvoiceRecord, updateInvoice } from '../../domains/invoices/invoices.service'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

const SCOPES: Scope[] = ['customers', 'invoices', 'dashboard', 'dunning', 'reports']

const customerDto = (c: CustomerRecord): CustomerRecordDto => ({
  id: c.id,
  code: c.code,
  name: c.name,
  debtorType: c.debtorType,
  country: c.country,
  language: c.language,
  email: c.email,
  phone: c.phone,
  addressLine: c.addressLine,
  postalCode: c.postalCode,
  city: c.city,
  vatNumber: c.vatNumber,
  kboNumber: c.kboNumber,
  kvkNumber: c.kvkNumber,
  iban: c.iban,
  paymentTermDays: c.paymentTermDays,
  creditLimitCents: c.creditLimitCents,
  onHold: c.onHold
})

const invoiceDto = (i: InvoiceRecord): InvoiceRecordDto => ({
  id: i.id,
  customerId: i.customerId,
  number: i.number,
  invoiceDate: i.invoiceDate,
  dueDate: i.dueDate,
  currency: i.currency,
  amountCents: i.amountCents,
  openCents: i.openCents,
  paymentReference: i.paymentReference,
  description: i.description
})

export function entryHandlers({ session, events }: AppServices): DomainHandlers<typeof entryContract> {
  const saved = <T>(value: T): T => {
    events.dataChanged(SCOPES)
    return value
  }
  return {
    'customers:get': ({ customerId }) => customerDto(getCustomer(session.db(), customerId)),
    'customers:create': (input) => saved(customerDto(createCustomer(session.db(), input))),
    'customers:update': ({ customerId, patch }) => saved(customerDto(updateCustomer(session.db(), customerId, patch))),
    'invoices:get': ({ invoiceId }) => invoiceDto(getInvoice(session.db(), invoiceId)),
    'invoices:create': (input) => saved(invoiceDto(createInvoice(session.db(), input))),
    'invoices:update': ({ invoiceId, patch }) => saved(invoiceDto(updateInvoice(session.db(), invoiceId, patch)))
  }
}
