// One cell of a report document as Excel wants it (numbers, dates), as CSV text and as printed text.
import type { DocColumn, ExportLocale } from '../../../../shared/domains/reports/document'
import { dateText, moneyText, numberText, plainCents, plainNumber } from '../../../../shared/domains/reports/formats'
import type { Cell } from '../../../../shared/domains/reports/tables'
import { cellWords, type ReportTexts } from '../../../../shared/domains/reports/texts'

const isoToUtc = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`)

/** Money as euros, percentages as fractions, dates as UTC midnights; words for codes and yes/no. */
export function excelValue(column: DocColumn, cell: Cell, texts: ReportTexts): string | number | Date | null {
  if (cell === null) return null
  switch (column.type) {
    case 'money':
      return Number(cell) / 100
    case 'pct':
      return Number(cell) / 100
    case 'date':
      return isoToUtc(String(cell))
    case 'int':
    case 'decimal':
      return Number(cell)
    case 'text':
      return String(cell)
    default:
      return cellWords(texts, column, cell)
  }
}

/**
 * `excelValue` of one column, with the words of its yes/no, bucket and code cells remembered: a list
 * repeats a handful of them over thousands of rows.
 */
export function excelColumnValue(column: DocColumn, texts: ReportTexts): (cell: Cell) => string | number | Date | null {
  if (column.type !== 'bool' && column.type !== 'bucket' && column.type !== 'code') return (cell) => excelValue(column, cell, texts)
  const words = new Map<Cell, string | number | Date | null>()
  return (cell) => {
    let word = words.get(cell)
    if (word === undefined) {
      word = excelValue(column, cell, texts)
      words.set(cell, word)
    }
    return word
  }
}

/** CSV text: plain numbers with the locale's decimal mark, dates as the locale writes them. */
export function csvText(column: DocColumn, cell: Cell, texts: ReportTexts, locale: ExportLocale): string {
  if (cell === null) return ''
  switch (column.type) {
    case 'money':
      return plainCents(Number(cell), locale)
    case 'pct':
    case 'decimal':
      return plainNumber(Number(cell), 2, locale)
    case 'date':
      return dateText(String(cell), locale)
    case 'int':
    case 'text':
      return String(cell)
    default:
      return String(excelValue(column, cell, texts) ?? '')
  }
}

/** Printed text: amounts with the currency sign and grouping. */
export function printText(column: DocColumn, cell: Cell, texts: ReportTexts, locale: ExportLocale): string {
  if (cell === null) return ''
  switch (column.type) {
    case 'money':
      return moneyText(Number(cell), locale)
    case 'pct':
      return `${numberText(Number(cell), 2, locale)}${locale === 'fr-BE' ? '\u00a0%' : '%'}`
    case 'decimal':
      return numberText(Number(cell), 2, locale)
    case 'int':
      return numberText(Number(cell), 0, locale)
    default:
      return csvText(column, cell, texts, locale)
  }
}

/** Sums of the total columns, in the column's own unit (cents for money): exact integers where it matters. */
export function addToTotals(totals: number[], columns: readonly DocColumn[], rows: readonly Cell[][]): void {
  columns.forEach((c, k) => {
    if (!c.total) return
    let sum = totals[k] ?? 0
    for (const row of rows) sum += Number(row[k] ?? 0)
    totals[k] = sum
  })
}
