// Belgian structured communication (OGM/VCS): 10 digits + 2 check digits = base mod 97, with 0 written as 97.
import { AppError } from '../../../errors'
import { mod97 } from './mod97'

function checkDigits(base: string): string {
  return String(mod97(base) || 97).padStart(2, '0')
}

/** "+++ddd/dddd/ddddd+++" for 12 digits. */
export function formatOgm(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`
}

/** Builds the structured communication for a 10-digit base (e.g. a zero-padded letter number). */
export function ogmFromBase(base: string): string {
  if (!/^\d{10}$/.test(base)) throw new AppError('validation', `an OGM base has exactly 10 digits: "${base}"`, 'base')
  return formatOgm(base + checkDigits(base))
}

/** The 12 digits of a structured communication written with +++ or *** (spaces and slashes allowed), or null. */
export function ogmDigits(text: string): string | null {
  const m = /^(\+{3}|\*{3})?([\d/ ]+)(\+{3}|\*{3})?$/.exec(text.trim())
  if (!m || (m[1] ?? '') !== (m[3] ?? '')) return null
  const digits = (m[2] ?? '').replace(/[/ ]/g, '')
  return /^\d{12}$/.test(digits) ? digits : null
}

export function isValidOgm(text: string): boolean {
  const digits = ogmDigits(text)
  return digits !== null && checkDigits(digits.slice(0, 10)) === digits.slice(10)
}
