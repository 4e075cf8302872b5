// XLSX bytes to a raw table with exceljs' streaming reader (the in-memory reader needs ~570 MB for 100k rows).
import { Readable } from 'node:stream'
import { findHeaderRow } from '../../../shared/domains/imports/header-row'
import type { ImportProblem } from '../../../shared/domains/imports/problems'
import type { Cell, RawRow, RawTable } from '../../../shared/domains/imports/records'
import { checkedXlsx, ZipProblem } from './xlsx-zip'

/**
 * exceljs cell values come as rich text, formulas with a cached result, hyperlinks, errors, dates,
 * numbers or strings; everything becomes a plain Cell.
 */
export function normalizeCellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if (typeof value !== 'object') return String(value)
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r: { text?: unknown }) => String(r.text ?? '')).join('')
  if ('result' in value) return normalizeCellValue(value.result)
  // a formula without a cached result: exceljs-written files, never recalculated
  if ('formula' in value || 'sharedFormula' in value) return null
  if ('text' in value) return normalizeCellValue(value.text)
  if ('error' in value) return String(value.error)
  return null
}

type SheetRow = { number: number; values: unknown }

export async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const problems: ImportProblem[] = []
  const rows: { line: number; cells: Cell[] }[] = []
  try {
    const workbook = checkedXlsx(bytes)
    // loaded on first use: exceljs takes ~0.3 s to load, which a CSV import should not pay
    const { default: ExcelJS } = await import('exceljs')
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength)), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit'
    })
    for await (const sheet of reader) {
      // the first worksheet holds the export; later ones are notes or pivots
      for await (const row of sheet as AsyncIterable<SheetRow>) {
        const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : []
        rows.push({ line: row.number, cells: Array.from(values, normalizeCellValue) })
      }
      if (rows.length > 0) break
    }
  } catch (err) {
    const reason = (err as Error).message
    const message = err instanceof ZipProblem ? `the workbook cannot be read: ${reason}` : `the workbook cannot be read (${reason}); is the file complete and really .xlsx?`
    problems.push({ code: 'unreadable-xlsx', severity: 'error', line: null, column: null, message })
    return { headers: [], rows: [], problems }
  }
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c !== null && c !== ''))
  if (nonEmpty.length === 0) {
    problems.push({ code: 'empty-file', severity: 'error', line: null, column: null, message: 'the first worksheet is empty' })
    return { headers: [], rows: [], problems }
  }
  const headerAt = findHeaderRow(nonEmpty.slice(0, 30).map((r) => r.cells))
  const headers = (nonEmpty[headerAt]?.cells ?? []).map((c) => (c === null ? '' : String(c).trim()))
  const data: RawRow[] = nonEmpty.slice(headerAt + 1)
  if (data.length === 0) problems.push({ code: 'no-data-rows', severity: 'error', line: null, column: null, message: 'the worksheet has a header but no rows' })
  return { headers, rows: data, problems }
}
