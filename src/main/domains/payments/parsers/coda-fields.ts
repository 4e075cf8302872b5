// Fixed-position fields of CODA records (positions 1-based and inclusive, as in the Febelfin spec).
import type { BankWarning } from '../../../../shared/domains/payments/warnings/render'
import { isoFromParts } from '../../../../shared/dates'
import { decimalToCents } from '../../../../shared/money'
import { parseError } from './parse-error'

export type CodaRecord = { text: string; line: number }

export type CodaContext = { file: string; warnings: BankWarning[] }

export const pos = (r: CodaRecord, from: number, to: number) => r.text.slice(from - 1, to)

export function codaAmount(r: CodaRecord, signAt: number, from: number, to: number, file: string): number {
  const digits = pos(r, from, to)
  const cents = /^\d{15}$/.test(digits) ? decimalToCents(`${digits.slice(0, 12)}.${digits.slice(12)}`) : null
  if (cents === null) throw parseError(file, `line ${r.line}`, `malformed amount "${digits}" at positions ${from}-${to}`)
  return pos(r, signAt, signAt) === '1' ? -cents : cents
}

export function codaDate(r: CodaRecord, from: number, file: string): string {
  const raw = pos(r, from, from + 5)
  const date = /^\d{6}$/.test(raw) ? isoFromParts(2000 + Number(raw.slice(4, 6)), Number(raw.slice(2, 4)), Number(raw.slice(0, 2))) : null
  if (date === null) throw parseError(file, `line ${r.line}`, `malformed date "${raw}" at positions ${from}-${from + 5}`)
  return date
}

