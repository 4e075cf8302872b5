// Amount text from NL/BE exports to integer cents, with string maths only (LIBRARIES.md §1.6).
import Big from 'big.js'
import { type Cents, decimalToCents } from '../../money'

export type DecimalMark = ',' | '.'

// currency signs, codes and every kind of space a spreadsheet or Intl formatter may put in an amount
const NOISE = /[€$£\s\u00a0\u202f']|EUR|eur/g
const GROUPED: Record<DecimalMark, RegExp> = {
  ',': /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/,
  '.': /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/
}

/**
 * Parses "1.234,56", "1234,56", "-1.234,56", "1.234,56-", "(1.234,56)", "€ 1.234,56" or "1234.56"
 * (with decimalMark '.') to cents; null when the text is not an amount.
 */
export function parseAmount(text: string, decimalMark: DecimalMark = ','): Cents | null {
  let s = text.replace(NOISE, '')
  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1)
  }
  if (s.endsWith('-')) {
    negative = !negative
    s = s.slice(0, -1)
  } else if (s.startsWith('-')) {
    negative = !negative
    s = s.slice(1)
  } else if (s.startsWith('+')) {
    s = s.slice(1)
  }
  const m = GROUPED[decimalMark].exec(s)
  if (!m) return null
  const whole = (m[1] ?? '').replace(/[.,]/g, '')
  const cents = decimalToCents(m[2] === undefined ? whole : `${whole}.${m[2]}`)
  if (cents === null) return null
  return negative && cents !== 0 ? -cents : cents
}

/**
 * Spreadsheet cells hold doubles; big.js takes the shortest round-trip text of the double, so
 * 0.1 + 0.2 becomes 30 cents, not 30.000000000000004.
 */
export function numberToCents(value: number): Cents | null {
  if (!Number.isFinite(value)) return null
  const cents = new Big(value).times(100).round(0, Big.roundHalfUp).toNumber()
  return Number.isSafeInteger(cents) ? cents : null
}

/**
 * Guesses a column's decimal mark from sample values: a mark followed by one or two digits at the end,
 * or the later of two different marks, is decimal. "1.234" alone is ambiguous and does not vote.
 * NL/BE exports default to the comma.
 */
export function detectDecimalMark(samples: Iterable<string>): DecimalMark {
  let comma = 0
  let dot = 0
  for (const raw of samples) {
    const s = raw.replace(NOISE, '')
    const lastComma = s.lastIndexOf(',')
    const lastDot = s.lastIndexOf('.')
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) comma++
      else dot++
      continue
    }
    const at = Math.max(lastComma, lastDot)
    if (at < 0) continue
    const digitsAfter = s.slice(at + 1).replace(/[^\d]/g, '').length
    const repeated = s.indexOf(s.charAt(at)) !== at
    if (repeated) {
      // "1.234.567" groups thousands, so the other mark is decimal
      if (lastDot >= 0) comma++
      else dot++
    } else if (digitsAfter !== 3) {
      if (lastComma >= 0) comma++
      else dot++
    }
  }
  return dot > comma ? '.' : ','
}
