// Dutch betalingskenmerk (Betaalvereniging Nederland): 16 digits C + 15, or 9–14 digits C + L + 7–12, or 7 bare digits.
import { AppError } from '../../../errors'

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1] as const

/** Check digit over the digits after C (including L): weights from the right, 11 − sum mod 11, 10 → 1, 11 → 0. */
export function betalingskenmerkCheckDigit(digits: string): number {
  const sum = [...digits].reverse().reduce((acc, ch, i) => acc + Number(ch) * (WEIGHTS[i % WEIGHTS.length] ?? 0), 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 1 : check === 11 ? 0 : check
}

/** 15 digits give the 16-digit form; 7–12 digits give C + length code + digits. */
export function betalingskenmerkFromPayload(payload: string): string {
  if (!/^\d+$/.test(payload)) throw new AppError('validation', `a betalingskenmerk holds digits only: "${payload}"`, 'payload')
  if (payload.length === 15) return `${betalingskenmerkCheckDigit(payload)}${payload}`
  if (payload.length >= 7 && payload.length <= 12) {
    const body = `${payload.length % 10}${payload}`
    return `${betalingskenmerkCheckDigit(body)}${body}`
  }
  throw new AppError('validation', `a betalingskenmerk payload has 7–12 or 15 digits, not ${payload.length}`, 'payload')
}

export function isValidBetalingskenmerk(text: string): boolean {
  const digits = text.replace(/\s+/g, '')
  if (!/^\d+$/.test(digits)) return false
  if (digits.length === 7) return true
  const lengthCodeOk = digits.length === 16 || (digits.length >= 9 && digits.length <= 14 && Number(digits[1]) === (digits.length - 2) % 10)
  return lengthCodeOk && betalingskenmerkCheckDigit(digits.slice(1)) === Number(digits[0])
}

/** Groups of four from the right, as printed on an acceptgiro ("12 2345 3462 2567"). */
export function formatBetalingskenmerk(digits: string): string {
  return digits.replace(/\B(?=(\d{4})+$)/g, ' ')
}
