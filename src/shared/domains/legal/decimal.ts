// Decimal helpers for the legal maths: big.js for exactness, one rounding step (half-up) at the end.
import Big from 'big.js'
import { AppError } from '../../errors'
import { type Cents, decimalToCents } from '../../money'

export { Big }

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/

/** Parses a non-negative decimal string ("12", "11.15") exactly, or throws a validation error naming `field`. */
export function parseDecimal(text: string, field: string): Big {
  if (!PLAIN_DECIMAL.test(text.trim())) throw new AppError('validation', `${field} is not a plain decimal: "${text}"`, field)
  return new Big(text.trim())
}

/** Parses an amount with at most two decimals into cents, or throws. */
export function parseAmount(text: string, field: string): Cents {
  const trimmed = text.trim()
  if (!/^\d+(?:\.\d{1,2})?$/.test(trimmed)) throw new AppError('validation', `${field} is not an amount with at most two decimals: "${text}"`, field)
  const cents = decimalToCents(trimmed)
  if (cents === null) throw new AppError('validation', `${field} is out of range: "${text}"`, field)
  return cents
}

export function centsToBig(cents: Cents): Big {
  return new Big(cents).div(100)
}

/** Rounds a euro amount half-up to whole cents. */
export function bigToCents(euros: Big): Cents {
  return Number(euros.times(100).round(0, Big.roundHalfUp).toFixed(0))
}

/** Canonical percent text without trailing zeros ("12.5", "8", "10.15"). */
export function percentText(value: Big): string {
  return value.toFixed()
}
