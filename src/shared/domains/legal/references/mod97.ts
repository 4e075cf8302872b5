// ISO 7064 MOD 97-10 over arbitrarily long references, without big integers.

/** Letters become two digits (A = 10 … Z = 35); digits stay. Expects upper-case alphanumerics. */
export function lettersToDigits(text: string): string {
  return [...text].map((ch) => (ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch)).join('')
}

/** Remainder of a decimal digit string modulo 97. */
export function mod97(digits: string): number {
  let rest = 0
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97
  return rest
}

/** Strips spaces and upper-cases, the electronic form of a printed reference. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase()
}

/** Groups of four from the left, as printed on paper ("RF71 2348 231"). */
export function groupsOfFour(text: string): string {
  return text.replace(/(.{4})(?=.)/g, '$1 ')
}
