// Creditor references as they appear on bank statements: the bare form, and real references (their
// check digits pass) picked out of free text. The check-digit rules live in the legal domain.
import { isValidBetalingskenmerk } from '../legal/references/betalingskenmerk'
import { isValidOgm } from '../legal/references/ogm'
import { isValidRf } from '../legal/references/rf'

const RF = /^RF\d{2}[A-Z0-9]{1,21}$/
const DIGITS = /^\d+$/

/**
 * The bare form of a structured reference: no `+`, `*`, `/`, dots or spaces, upper case.
 * Returns null when what remains is neither an RF reference nor a plain digit string.
 */
export function bareReference(raw: string): string | null {
  const bare = raw.replace(/[+*/.\s-]/g, '').toUpperCase()
  if (RF.test(bare) || (DIGITS.test(bare) && bare.length >= 7 && bare.length <= 25)) return bare
  return null
}

/** References in free text that pass their check digits: OGM/VCS, RF and 16-digit betalingskenmerk. */
export function referencesInText(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.toUpperCase().matchAll(/\bRF\d{2}(?: ?[A-Z0-9]+)+/g)) {
    // the reference may be printed in groups of four and followed by other words: try the longest valid prefix
    const groups = m[0].split(' ')
    for (let k = groups.length; k > 0; k--) {
      const ref = groups.slice(0, k).join('')
      if (isValidRf(ref)) {
        found.add(ref)
        break
      }
    }
  }
  for (const m of text.matchAll(/(?<![\d])(\d{4})[ .]?(\d{4})[ .]?(\d{4})[ .]?(\d{4})(?![\d])/g)) {
    const ref = `${m[1]}${m[2]}${m[3]}${m[4]}`
    if (isValidBetalingskenmerk(ref)) found.add(ref)
  }
  // OGM as +++ddd/dddd/ddddd+++, ddd/dddd/ddddd or 12 bare digits
  for (const m of text.matchAll(/(?<![\d/])(\d{3}) ?\/? ?(\d{4}) ?\/? ?(\d{5})(?![\d/])/g)) {
    const ref = `${m[1]}${m[2]}${m[3]}`
    if (isValidOgm(ref)) found.add(ref)
  }
  return [...found]
}
