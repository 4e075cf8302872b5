// The writers behind an export: rows arrive sheet by sheet, in order; `end` finishes the file.
import type { Writable } from 'node:stream'
import type { ExportFormat, ReportDocument } from '../../../../shared/domains/reports/document'
import type { Cell } from '../../../../shared/domains/reports/tables'
import { createCsvWriter } from './csv-writer'
import { createPdfWriter } from './pdf-writer'
import { createXlsxWriter } from './xlsx-writer'

export type DocWriter = {
  rows(sheet: number, rows: Cell[][]): void
  end(): Promise<void>
}

export function createDocWriter(format: ExportFormat, doc: ReportDocument, sink: Writable): DocWriter {
  switch (format) {
    case 'xlsx':
      return createXlsxWriter(doc, sink)
    case 'csv':
      return createCsvWriter(doc, sink)
    case 'pdf':
      return createPdfWriter(doc, sink)
  }
}
