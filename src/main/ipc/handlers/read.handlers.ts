// The read-only grid and figure queries of the open administration.
import { localToday } from '../../../shared/dates'
import type { customersContract } from '../../../shared/ipc/customers.contract'
import type { dashboardContract } from '../../../shared/ipc/dashboard.contract'
import type { invoicesContract } from '../../../shared/ipc/invoices.contract'
import { customerRisk, listCustomers } from '../../domains/customers/customers.queries'
import { dashboardSummary } from '../../domains/dashboard/dashboard.queries'
import { expectedInvoiceIds } from '../../domains/invoices/expected'
import { listInvoices } from '../../domains/invoices/invoices.queries'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

export function dashboardHandlers({ session }: AppServices): DomainHandlers<typeof dashboardContract> {
  return {
    'dashboard:get-summary': ({ asOf }) => dashboardSummary(session.db(), asOf ?? localToday())
  }
}

export function invoicesHandlers({ session }: AppServices): DomainHandlers<typeof invoicesContract> {
  return {
    'invoices:list': async ({ asOf, expected, ...query }) => {
      const day = asOf ?? localToday()
      const invoiceIds = expected ? await expectedInvoiceIds(session.db(), day, expected) : undefined
      return listInvoices(session.db(), { ...query, asOf: day, invoiceIds })
    }
  }
}

export function customersHandlers({ session }: AppServices): DomainHandlers<typeof customersContract> {
  return {
    'customers:list': ({ asOf, ...query }) => listCustomers(session.db(), { ...query, asOf: asOf ?? localToday() }),
    'customers:get-risk': ({ customerId, asOf }) => customerRisk(session.db(), customerId, asOf ?? localToday())
  }
}
