// The claim specification of a customer's invoices as of a day, with the facts the legal engine needs
// from the store: the administration's jurisdiction, the debtor's type, and whether a consumer had the legal notice.
import type { IsoDate } from '../../../shared/dates'
import { type ClaimSpecification, claimSpecification } from '../../../shared/domains/arrangements/claim'
import type { AppDb } from '../../db/connection'
import { getCustomer } from '../customers/customers.service'
import { creditorDefaults } from '../imports/creditor-defaults'
import type { InvoiceRow } from './lookups'
import { legalNoticeSent } from './legal-notice'

export function claimOf(tx: AppDb, customerId: number, rows: readonly InvoiceRow[], asOf: IsoDate): ClaimSpecification {
  const customer = getCustomer(tx, customerId)
  return claimSpecification(
    rows.map((r) => ({ invoiceId: r.id, number: r.number, invoiceDate: r.invoiceDate, dueDate: r.dueDate, principalCents: r.openCents })),
    { country: creditorDefaults(tx).defaultCountry, debtorType: customer.debtorType },
    { asOf, consumerNoticeSent: legalNoticeSent(tx, rows.map((r) => r.id), asOf) }
  )
}
