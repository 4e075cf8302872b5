// Proposals for debtor master data the exports rarely carry: type, country and language.
import { type Country, type DebtorType, type Language } from '../parties'

const GOVERNMENT = /\b(gemeente|ministerie|provincie|waterschap|rijksoverheid|rijkswaterstaat|belastingdienst|overheid|fod|spf|commune|ville de|province|ministere|service public|cpas|ocmw|politie|police)\b/i
const LEGAL_FORM = /\b(b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|c\.?v\.?|bvba|comm\.?v|srl|sprl|s\.?a\.?|scrl|asbl|vzw|stichting|vereniging|holding|ltd|gmbh|inc)\b/i

export type PartyIdentifiers = { name: string; vatNumber: string | null; kboNumber: string | null; kvkNumber: string | null; isGovernmentId?: boolean }

/**
 * A debtor with a VAT, KBO or KvK number is a business; names of public bodies (or an NL OIN) mark a
 * government debtor; a name without identifiers or legal form is most likely a consumer.
 */
export function proposeDebtorType(p: PartyIdentifiers): DebtorType {
  if (p.isGovernmentId === true || GOVERNMENT.test(p.name)) return 'government'
  if (p.vatNumber || p.kboNumber || p.kvkNumber || LEGAL_FORM.test(p.name)) return 'b2b'
  return 'b2c'
}

const COUNTRY_NAMES: Record<string, Country> = {
  nl: 'NL', nld: 'NL', nederland: 'NL', netherlands: 'NL', thenetherlands: 'NL', paysbas: 'NL', holland: 'NL',
  be: 'BE', bel: 'BE', belgie: 'BE', belgique: 'BE', belgium: 'BE', belgien: 'BE'
}

/** "België", "BE", "Pays-Bas" → a supported country; null for anything else. */
export function parseCountry(text: string): Country | null {
  const key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')
  return COUNTRY_NAMES[key] ?? null
}

/** A VAT number starts with its country code (NL…B01, BE0…). */
export function countryFromVat(vat: string | null): Country | null {
  const prefix = vat?.trim().slice(0, 2).toUpperCase()
  return prefix === 'NL' || prefix === 'BE' ? prefix : null
}

const LANGUAGE_NAMES: Record<string, Language> = {
  nl: 'nl', nederlands: 'nl', dutch: 'nl', vlaams: 'nl', neerlandais: 'nl',
  fr: 'fr', frans: 'fr', francais: 'fr', french: 'fr',
  en: 'en', engels: 'en', anglais: 'en', english: 'en'
}

export function parseLanguage(text: string): Language | null {
  const key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')
  return LANGUAGE_NAMES[key] ?? null
}

/**
 * Belgian postal codes 1300–1499 (Walloon Brabant) and 4000–7999 (Wallonia) are French-speaking;
 * Brussels (1000–1299) is mixed, so it keeps the default.
 */
export function proposeLanguage(country: Country, postalCode: string | null, fallback: Language): Language {
  if (country !== 'BE' || !postalCode) return fallback
  const pc = Number(postalCode.replace(/\D/g, '').slice(0, 4))
  return (pc >= 1300 && pc <= 1499) || (pc >= 4000 && pc <= 7999) ? 'fr' : fallback
}
