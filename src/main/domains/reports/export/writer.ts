// The writers behind an export: rows arrive sheet by sheet, in order; `end` finishes the file.
import type { Writable } from 'node:stream'
import type { ExportFormat, ReportDocument } from '../../../../shared/domains/reports/document'
import type { Cell } from '../../../../shared/domains/reports/tables'

export type DocWriter = {
  rows(sheet: number, rows: Cell[][]): void
  end(): Promise<void>
}

/** Loads only the writer asked for: exceljs and pdfkit each cost the worker tens of megabytes. */
export async function createDocWriter(format: ExportFormat, doc: ReportDocument, sink: Writable): Promise<DocWriter> {
  switch (format) {
    case 'xlsx':
      return (await import('./xlsx-writer')).createXlsxWriter(doc, sink)
    case 'csv':
      return (await import('./csv-writer')).createCsvWriter(doc, sink)
    case 'pdf':
      return (await import('./pdf-writer')).createPdfWriter(doc, sink)
  }
}
