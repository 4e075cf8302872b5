/** Money is integer cents everywhere; these are the only conversions to and from decimal text. */
import { numberFormat } from './intl'

export type Cents = number

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/

/**
 * "1234.56" (digits, a point, two digits: what files nearly always carry) read digit by digit, else null.
 * An auditfile has hundreds of thousands of amounts; the pattern below reads the rest.
 */
function twoDecimals(text: string): Cents | null {
  const n = text.length
  // at most 13 whole digits, well inside Number's safe integers
  if (n < 4 || n > 16 || text.charCodeAt(n - 3) !== 0x2e) return null
  let cents = 0
  for (let i = 0; i < n; i++) {
    if (i === n - 3) continue
    const digit = text.charCodeAt(i) - 0x30
    if (digit < 0 || digit > 9) return null
    cents = cents * 10 + digit
  }
  return cents
}

/**
 * Converts a plain decimal string ("1234.5", "-0.005", "12.34567") to cents with string maths,
 * rounding half away from zero when there are more than two decimals (bank files carry up to five).
 * Returns null for anything that is not a plain decimal.
 */
export function decimalToCents(text: string): Cents | null {
  const plain = twoDecimals(text)
  if (plain !== null) return plain
  const m = DECIMAL.exec(text.trim())
  if (!m) return null
  const [, sign = '', whole = '0', frac = ''] = m
  const padded = (frac + '00').slice(0, 2)
  let cents = Number(whole) * 100 + Number(padded)
  if (frac.length > 2 && Number(frac[2]) >= 5) cents += 1
  if (!Number.isSafeInteger(cents)) return null
  return sign === '-' && cents !== 0 ? -cents : cents
}

/** "1234.56" / "-0.05": the canonical decimal text of an amount in cents. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export function assertCents(value: number, field = 'amount'): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${field} is not a whole number of cents: ${value}`)
  return value
}

/** Splits a total over weights with largest-remainder allocation so the parts add up exactly. */
export function allocateCents(total: Cents, weights: readonly number[]): Cents[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (weights.length === 0 || sum <= 0) throw new RangeError('allocation needs positive weights')
  const raw = weights.map((w) => (total * w) / sum)
  const parts = raw.map((r) => Math.trunc(r))
  let rest = total - parts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => ({ i, frac: Math.abs(r - Math.trunc(r)) })).sort((a, b) => b.frac - a.frac)
  const step = rest >= 0 ? 1 : -1
  for (let k = 0; rest !== 0; k = (k + 1) % order.length) {
    const idx = order[k]?.i ?? 0
    parts[idx] = (parts[idx] ?? 0) + step
    rest -= step
  }
  return parts
}

const LOCALES = { nl: 'nl-NL', 'nl-BE': 'nl-BE', fr: 'fr-BE', en: 'en-GB' } as const
export type MoneyLocale = keyof typeof LOCALES

/** Display text for an amount, e.g. "€ 1.234,56" (nl), "1 234,56 €" (fr); the formatter comes from the one cache in intl.ts. */
export function formatMoney(cents: Cents, locale: MoneyLocale = 'nl', currency = 'EUR'): string {
  return numberFormat(LOCALES[locale], { style: 'currency', currency }).format(cents / 100)
}
