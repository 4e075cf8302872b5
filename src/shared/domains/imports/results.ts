// What the import service returns to the wizard (over IPC) and the CLI.
import type { ColumnMapping } from './fields'
import type { ImportFormat, TextEncoding } from './options'
import type { PresetId } from './presets'
import type { MappedImport, RawRow, RejectedRow } from './records'

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
}

export type AmountChange = { customerCode: string; number: string; amountCents: [number, number]; openCents: [number, number] }

export type ImportSummary = {
  fileName: string
  sha256: string
  dryRun: boolean
  full: boolean
  customers: { created: number; updated: number }
  invoices: { created: number; updated: number; unchanged: number; reopened: number; archived: number }
  /** open items of earlier imports that are not in this file (archived when `full`) */
  missing: number
  amountChanges: AmountChange[]
  rejected: RejectedRow[]
}
