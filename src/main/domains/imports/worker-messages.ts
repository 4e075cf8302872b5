// What the import worker hands to main (import-stream.ts): rows and the final preview, their long
// lists column by column (jobs/columns.ts). Kept apart from import-stream so the worker loads only this.
import type { ImportedCustomer, ImportedInvoice, ImportedPayment } from '../../../shared/domains/imports/records'
import type { ImportPreview } from '../../../shared/domains/imports/results'
import type { MappedRows } from '../../../shared/domains/imports/map-rows'
import { fromColumns, type Packed, toColumns } from '../../jobs/columns'

/** Rows and a preview as they cross from the worker: their long lists column by column (jobs/columns.ts). */
export type PackedRows = Omit<MappedRows, 'customers' | 'invoices'> & { customers: Packed<ImportedCustomer>; invoices: Packed<ImportedInvoice> }
export type PackedPreview = Omit<ImportPreview, 'paymentHistory'> & { paymentHistory?: Packed<ImportedPayment> }

export const packRows = ({ customers, invoices, ...rest }: MappedRows): PackedRows => ({ ...rest, customers: toColumns(customers), invoices: toColumns(invoices) })
export const unpackRows = ({ customers, invoices, ...rest }: PackedRows): MappedRows => ({ ...rest, customers: fromColumns(customers), invoices: fromColumns(invoices) })
export const packPreview = ({ paymentHistory, ...rest }: ImportPreview): PackedPreview => (paymentHistory ? { ...rest, paymentHistory: toColumns(paymentHistory) } : rest)
export const unpackPreview = ({ paymentHistory, ...rest }: PackedPreview): ImportPreview => (paymentHistory ? { ...rest, paymentHistory: fromColumns(paymentHistory) } : rest)

