// What the import service returns to the wizard (over IPC) and the CLI.
import type { AllocationConflict } from './allocation-guard'
import type { ColumnMapping } from './fields'
import type { ImportFormat, TextEncoding } from './options'
import type { PresetId } from './presets'
import type { ImportedPayment, MappedImport, RawRow, RejectedRow } from './records'
import type { XafInfo } from './xaf/model'

export type ImportPreview = MappedImport & {
  fileName: string
  sha256: string
  format: ImportFormat
  preset: PresetId
  /** the file's column headers, for the mapping table (empty for UBL) */
  headers: string[]
  mapping: ColumnMapping
  encoding: TextEncoding | null
  delimiter: string | null
  decimalMarks: { amount: ',' | '.'; openAmount: ',' | '.' } | null
  /** data rows read from the file (valid plus rejected) */
  rowCount: number
  /** the first raw rows, so the wizard can re-map live with the shared `mapTable` while the user edits */
  sample: RawRow[]
  /** false when the file as a whole is unusable: nothing can be imported */
  canImport: boolean
  /** an auditfile's periods, accounts and totals */
  xaf?: XafInfo
  /** how the imported items were paid, movement by movement, when the file tells */
  paymentHistory?: ImportedPayment[]
}

export type AmountChange = { customerCode: string; number: string; amountCents: [number, number]; openCents: [number, number] }

export type ImportSummary = {
  fileName: string
  sha256: string
  dryRun: boolean
  full: boolean
  customers: { created: number; updated: number }
  invoices: { created: number; updated: number; unchanged: number; reopened: number; archived: number }
  /** paid invoices whose settlement date the file gave (an auditfile's payment history), apart from the open items */
  history: { created: number; updated: number; unchanged: number }
  /** the open amount of the file's items together */
  openTotalCents: number
  /** items whose settlement date the file gave */
  paidHistory: number
  /** movements of the payment history (invoice_payments) written, changed and removed */
  payments: { created: number; updated: number; removed: number }
  /** open items of earlier imports that are not in this file (archived when `full`) */
  missing: number
  amountChanges: AmountChange[]
  /** existing items whose open amount the file would have raised above what their bank allocations leave: kept */
  allocationConflicts: AllocationConflict[]
  rejected: RejectedRow[]
}
