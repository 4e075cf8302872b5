// Creditor references as they appear on bank statements: the bare form, and check-digit tests for
// picking real references out of free text (algorithms: legal-reference.md §2.4, §3.1, §3.2).

const RF = /^RF\d{2}[A-Z0-9]{1,21}$/
const DIGITS = /^\d+$/

/** mod 97 of a long digit string, in chunks so no precision is lost */
function mod97(digits: string): number {
  let rest = 0
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97
  return rest
}

export function isValidOgm(ref: string): boolean {
  if (!/^\d{12}$/.test(ref)) return false
  const check = mod97(ref.slice(0, 10)) || 97
  return check === Number(ref.slice(10))
}

export function isValidRf(ref: string): boolean {
  if (!RF.test(ref)) return false
  const moved = ref.slice(4) + ref.slice(0, 4)
  const digits = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  return mod97(digits) === 1
}

const KENMERK_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1]

/** Dutch betalingskenmerk of 16 digits (check digit C + 15) or 9–14 digits (C + length code + payload). */
export function isValidBetalingskenmerk(ref: string): boolean {
  if (!DIGITS.test(ref) || !(ref.length === 16 || (ref.length >= 9 && ref.length <= 14))) return false
  const payload = ref.slice(1)
  if (ref.length < 16 && Number(ref[1]) !== (payload.length - 1) % 10) return false
  let sum = 0
  for (let i = 0; i < payload.length; i++) {
    sum += Number(payload[payload.length - 1 - i]) * (KENMERK_WEIGHTS[i % KENMERK_WEIGHTS.length] ?? 0)
  }
  const c = 11 - (sum % 11)
  return (c === 10 ? 1 : c === 11 ? 0 : c) === Number(ref[0])
}

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
  for (const m of text.matchAll(/[+*]{3}\s*(\d{3})\s*\/\s*(\d{4})\s*\/\s*(\d{5})\s*[+*]{3}/g)) {
    const ref = `${m[1]}${m[2]}${m[3]}`
    if (isValidOgm(ref)) found.add(ref)
  }
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
  for (const m of text.matchAll(/(?<![\d/])(\d{3})\/?(\d{4})\/?(\d{5})(?![\d/])/g)) {
    const ref = `${m[1]}${m[2]}${m[3]}`
    if (isValidOgm(ref)) found.add(ref)
  }
  return [...found]
}
