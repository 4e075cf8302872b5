// ISO 11649 structured creditor reference: "RF" + 2 check digits + 1–21 alphanumerics.
import { AppError } from '../../../errors'
import { compact, groupsOfFour, lettersToDigits, mod97 } from './mod97'

export function rfFromReference(reference: string): string {
  const ref = compact(reference)
  if (!/^[A-Z0-9]{1,21}$/.test(ref)) throw new AppError('validation', `an RF reference holds 1–21 letters or digits: "${reference}"`, 'reference')
  const check = 98 - mod97(lettersToDigits(`${ref}RF00`))
  return `RF${String(check).padStart(2, '0')}${ref}`
}

export function isValidRf(text: string): boolean {
  const rf = compact(text)
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(rf) && mod97(lettersToDigits(rf.slice(4) + rf.slice(0, 4))) === 1
}

export function formatRf(text: string): string {
  return groupsOfFour(compact(text))
}
