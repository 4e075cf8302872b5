// What every reader (CSV, XLSX, UBL) produces: customers and open items, ready for the import service.
import type { Cents } from '../../money'
import type { IsoDate } from '../../dates'
import type { CountryCode } from '../countries'
import type { PaymentHistoryKind } from '../invoices/payment-history'
import type { DebtorType, Language } from '../parties'
import type { ImportProblem } from './problems'

/** A spreadsheet or CSV cell after normalisation: text, a number, a date, or nothing. */
export type Cell = string | number | Date | boolean | null

export type RawRow = { line: number; cells: readonly Cell[] }

/** A file read into a header row and data rows, with what the reader itself found wrong. */
export type RawTable = { headers: string[]; rows: RawRow[]; problems: ImportProblem[] }

export type ImportedCustomer = {
  /** the line the customer was first seen on */
  line: number
  code: string
  name: string
  debtorType: DebtorType
  /** true when the type was guessed from identifiers, false when the file said so */
  debtorTypeProposed: boolean
  country: CountryCode
  language: Language
  email: string | null
  phone: string | null
  addressLine: string | null
  postalCode: string | null
  city: string | null
  vatNumber: string | null
  kboNumber: string | null
  kvkNumber: string | null
  iban: string | null
  paymentTermDays: number | null
  /** a credit limit the file states (XAF custCreditLimit) */
  creditLimitCents?: Cents | null
}

export type ImportedInvoice = {
  line: number
  customerCode: string
  number: string
  invoiceDate: IsoDate
  /** null: the file has none, so it becomes the invoice date plus the customer's payment term */
  dueDate: IsoDate | null
  currency: string
  amountCents: Cents
  openCents: Cents
  paymentReference: string | null
  description: string | null
  /** the day the file says the item was settled (an auditfile's payment history); null or absent: unknown */
  settledOn?: IsoDate | null
}

/** One movement of an imported item's payment history (see invoices/payment-history.ts). */
export type ImportedPayment = {
  customerCode: string
  number: string
  on: IsoDate
  /** positive: the open amount went down by this much */
  cents: Cents
  kind: PaymentHistoryKind
  /** the movement's place in the source, unique per item */
  ref: string
}

export type RejectedRow = {
  line: number
  cells: string[]
  problems: ImportProblem[]
  /** as far as they could be read ('' when not): a full re-import must not archive the item of a rejected row */
  customerCode: string
  invoiceNumber: string
}

export const IMPORT_TARGETS = ['open-items', 'debtors'] as const
export type ImportTarget = (typeof IMPORT_TARGETS)[number]

export type MappedImport = {
  target: ImportTarget
  customers: ImportedCustomer[]
  invoices: ImportedInvoice[]
  rejected: RejectedRow[]
  /** every problem, file-level and per row, errors and warnings, in file order */
  problems: ImportProblem[]
}
