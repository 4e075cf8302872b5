// A report as the exports see it: a title block and one table per sheet. Main builds it from the
// queries (labels resolved in the user's language); the report worker writes it as XLSX, CSV or PDF.
import type { Language } from '../parties'
import type { Cell, CodeSet, ColumnType } from './tables'

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Number and date conventions of the file: Dutch (NL), Flemish, Belgian French, English. */
export const EXPORT_LOCALES = ['nl-NL', 'nl-BE', 'fr-BE', 'en'] as const
export type ExportLocale = (typeof EXPORT_LOCALES)[number]

export function exportLocale(language: Language, country: string): ExportLocale {
  if (language === 'fr') return 'fr-BE'
  if (language === 'en') return 'en'
  return country === 'BE' ? 'nl-BE' : 'nl-NL'
}

/** `decimal`: a figure with two decimals (days); `pct`: a percentage given as e.g. 55.93. */
export type DocColumnType = ColumnType | 'decimal'

export type DocColumn = { label: string; type: DocColumnType; codes?: CodeSet; total?: boolean; width?: number }

/** A line under a sheet's table: a label and an amount (the disputed part, unapplied payments …). */
export type DocNote = { label: string; cents: number | null; count?: number | null }

export type DocSheet = {
  name: string
  columns: DocColumn[]
  rowCount: number
  notes: DocNote[]
  /** leading columns that stay in view when scrolling sideways (code and name) */
  frozenColumns: number
  /** false for item-level sheets a PDF would run to hundreds of pages with */
  printable: boolean
}

export type ReportDocument = {
  /** e.g. "Ouderdomsanalyse — Demo B.V." */
  title: string
  /** e.g. ["Stand per 23-11-2026", "naar vervaldatum"] */
  subtitle: string[]
  language: Language
  locale: ExportLocale
  sheets: DocSheet[]
  /** the sheet a CSV export holds (CSV has one table) */
  csvSheet: number
}

/** The rows of one sheet, streamed to the worker in slices. */
export type DocRows = { sheet: number; rows: Cell[][] }
