// IBAN validation and construction on top of ibantools (ISO 13616 mod 97 and per-country length and BBAN format).
import { composeIBAN, electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools'
import { AppError } from '../../../errors'

export function normalizeIban(text: string): string {
  return electronicFormatIBAN(text) ?? ''
}

export function isValidIban(text: string): boolean {
  return isValidIBAN(normalizeIban(text))
}

/** Adds the check digits to a country code and BBAN ("NL" + "ABNA0417164300" → "NL91ABNA0417164300"). */
export function ibanFromBban(country: string, bban: string): string {
  const iban = composeIBAN({ countryCode: country.toUpperCase(), bban: bban.replace(/\s+/g, '').toUpperCase() })
  if (iban === null || !isValidIBAN(iban)) throw new AppError('validation', `no valid IBAN exists for ${country} ${bban}`, 'bban')
  return iban
}

/** Groups of four for print ("NL91 ABNA 0417 1643 00"). */
export function formatIban(text: string): string {
  return friendlyFormatIBAN(normalizeIban(text)) ?? text
}
