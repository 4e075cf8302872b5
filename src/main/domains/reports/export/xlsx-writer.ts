// Excel through exceljs's streaming writer (the one place exceljs is used for export, LIBRARIES.md §2):
// per sheet a title block (report, administration, as-of day), a frozen bold header with an autofilter
// over the data, real numbers and dates in the locale's formats, a totals row whose SUM formulas carry
// their cached result, and the notes that are shown apart (disputed, unapplied payments).
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { DocColumn, DocSheet, ReportDocument } from '../../../../shared/domains/reports/document'
import { DATE_FORMAT, DECIMAL_FORMAT, MONEY_FORMAT, PCT_FORMAT } from '../../../../shared/domains/reports/formats'
import type { Cell } from '../../../../shared/domains/reports/tables'
import { reportTexts } from '../../../../shared/domains/reports/texts'
import { addToTotals, excelColumnValue } from './cells'
import { sheetCursor } from './sheet-cursor'
import type { DocWriter } from './writer'

/** Rows above the header: title, subtitle, a blank line. */
const HEADER_ROW = 4

const WIDTHS: Record<DocColumn['type'], number> = { text: 24, money: 16, date: 12, int: 10, pct: 10, decimal: 12, bool: 9, code: 16, bucket: 18 }

export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

function numFmt(column: DocColumn, doc: ReportDocument): string | undefined {
  switch (column.type) {
    case 'money':
      return MONEY_FORMAT[doc.locale]
    case 'date':
      return DATE_FORMAT[doc.locale]
    case 'pct':
      return PCT_FORMAT
    case 'decimal':
      return DECIMAL_FORMAT
    case 'int':
      return '0'
    default:
      return undefined
  }
}

type CellStyle = Partial<ExcelJS.Style>

/**
 * exceljs gives each new cell its own copy of its column's style, and its style registry knows a style
 * it has seen before only by the object: every cell would render its style to XML again to find its id
 * (a third of a large export's time). Each cell takes instead the style object of its column's first
 * cell of the same value type (the same copy of the same column style), which the registry finds at
 * once; per value type, because the id of a style without a number format depends on it.
 */
function shareColumnStyles(row: ExcelJS.Row, styles: Map<ExcelJS.ValueType, CellStyle>[]): void {
  styles.forEach((byType, k) => {
    const cell = row.getCell(k + 1)
    const shared = byType.get(cell.type)
    if (shared) cell.style = shared
    else byType.set(cell.type, cell.style)
  })
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31)

export function createXlsxWriter(doc: ReportDocument, sink: Writable): DocWriter {
  const texts = reportTexts(doc.language)
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false })
  book.creator = 'Debito'
  type Sheet = {
    index: number
    ws: ExcelJS.Worksheet
    totals: number[]
    written: number
    values: ((cell: Cell) => string | number | Date | null)[]
    styles: Map<ExcelJS.ValueType, CellStyle>[]
  }

  function open(index: number): Sheet {
    const spec = doc.sheets[index] as DocSheet
    const ws = book.addWorksheet(sheetName(spec.name), { views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: HEADER_ROW }] })
    ws.columns = spec.columns.map((c) => {
      const fmt = numFmt(c, doc)
      return { width: Math.max(WIDTHS[c.type], Math.min(40, c.label.length + 2)), ...(fmt ? { style: { numFmt: fmt } } : {}) }
    })
    const title = ws.getRow(1)
    title.getCell(1).value = doc.title
    title.getCell(1).font = { bold: true, size: 14 }
    title.commit()
    ws.getRow(2).getCell(1).value = doc.subtitle.join(' · ')
    ws.getRow(2).commit()
    ws.getRow(3).commit()
    const header = ws.getRow(HEADER_ROW)
    spec.columns.forEach((c, k) => {
      const cell = header.getCell(k + 1)
      cell.value = c.label
      cell.font = { bold: true }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } }
      cell.border = { bottom: { style: 'thin' } }
      if (c.type !== 'text' && c.type !== 'code' && c.type !== 'bucket') cell.alignment = { horizontal: 'right' }
    })
    header.commit()
    const values = spec.columns.map((c) => excelColumnValue(c, texts))
    return { index, ws, totals: [], written: 0, values, styles: spec.columns.map(() => new Map()) }
  }

  function close(sheet: Sheet): void {
    const spec = doc.sheets[sheet.index] as DocSheet
    const first = HEADER_ROW + 1
    const lastData = HEADER_ROW + sheet.written
    // the filter covers the data only, so sorting never moves the totals row (written with the sheet's end)
    sheet.ws.autoFilter = `A${HEADER_ROW}:${columnLetter(spec.columns.length - 1)}${HEADER_ROW + Math.max(sheet.written, 1)}`
    const totalRow = sheet.ws.getRow(lastData + 1)
    totalRow.getCell(1).value = texts.total
    spec.columns.forEach((c, k) => {
      if (!c.total) return
      const cell = totalRow.getCell(k + 1)
      const sum = sheet.totals[k] ?? 0
      const result = c.type === 'money' ? sum / 100 : sum
      const letter = columnLetter(k)
      cell.value = sheet.written > 0 ? { formula: `SUM(${letter}${first}:${letter}${lastData})`, result } : result
    })
    totalRow.font = { bold: true }
    totalRow.commit()
    const moneyColumn = Math.max(0, spec.columns.findIndex((c) => c.type === 'money'))
    spec.notes.forEach((note, i) => {
      const row = sheet.ws.getRow(lastData + 3 + i)
      row.getCell(1).value = note.count === undefined || note.count === null ? note.label : `${note.label} (${note.count})`
      if (note.cents !== null) row.getCell(moneyColumn + 1).value = note.cents / 100
      row.commit()
    })
    sheet.ws.commit()
  }

  const at = sheetCursor(open, close)

  return {
    rows(index: number, rows: Cell[][]) {
      const sheet = at(index)
      const spec = doc.sheets[index] as DocSheet
      for (const cells of rows) {
        const row = sheet.ws.addRow(sheet.values.map((value, k) => value(cells[k] ?? null)))
        shareColumnStyles(row, sheet.styles)
        row.commit()
      }
      sheet.written += rows.length
      addToTotals(sheet.totals, spec.columns, rows)
    },
    async end() {
      close(at(doc.sheets.length - 1))
      await book.commit()
    }
  }
}
