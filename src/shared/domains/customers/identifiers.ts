// Checks for the debtor identifiers a bookkeeper types in: BE enterprise number (KBO/BCE), VAT, KvK.

/** 10 digits (a leading 0 may be omitted); the last two are 97 − (first eight mod 97). */
export function isValidKbo(text: string): boolean {
  const digits = text.replace(/[\s.]/g, '').padStart(10, '0')
  if (!/^[01]\d{9}$/.test(digits)) return false
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8))
}

/** NL: NL + 9 digits + B + 2 digits; BE: BE + a valid enterprise number. Spaces and dots are ignored. */
export function isValidVat(text: string): boolean {
  const v = text.replace(/[\s.]/g, '').toUpperCase()
  if (v.startsWith('NL')) return /^NL\d{9}B\d{2}$/.test(v)
  if (v.startsWith('BE')) return isValidKbo(v.slice(2))
  // other EU numbers: country code and 2–13 characters, not checked further
  return /^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(v)
}

export function isValidKvk(text: string): boolean {
  return /^\d{8}$/.test(text.replace(/\s/g, ''))
}
