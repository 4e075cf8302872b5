// Reading one normalised cell as text, amount or date, whatever the file format put in it.
import type { Cents } from '../../money'
import type { IsoDate } from '../../dates'
import { type DecimalMark, numberToCents, parseAmount } from './amount'
import { dateValueToIso, excelSerialToIso, parseDateText } from './date'
import type { Cell } from './records'

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string') return cell.trim()
  if (cell instanceof Date) return dateValueToIso(cell) ?? ''
  return String(cell)
}

export function cellAmount(cell: Cell | undefined, mark: DecimalMark): Cents | null {
  if (typeof cell === 'number') return numberToCents(cell)
  if (typeof cell === 'string') return parseAmount(cell, mark)
  return null
}

export function cellDate(cell: Cell | undefined): IsoDate | null {
  if (cell instanceof Date) return dateValueToIso(cell)
  if (typeof cell === 'number') return excelSerialToIso(cell)
  if (typeof cell === 'string') return parseDateText(cell)
  return null
}

/** Debit/credit markers in nl/fr/en; a credit turns the amount negative (a credit note). */
export function cellCreditSign(cell: Cell | undefined): 1 | -1 | 0 | null {
  const t = cellText(cell).toLowerCase().replace(/[^a-z]/g, '')
  if (t === '') return 0
  if (['d', 'db', 'dr', 'deb', 'debet', 'debit', 'debiteur'].includes(t)) return 1
  if (['c', 'cr', 'cred', 'credit', 'k', 'creditnota', 'creditnote'].includes(t)) return -1
  return null
}
