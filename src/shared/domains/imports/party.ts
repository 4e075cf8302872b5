// Proposals for debtor master data the exports rarely carry: type, country and language.
import { type CountryCode, nameKey } from '../countries'
import { type DebtorType, type Language } from '../parties'

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

const LANGUAGE_NAMES: Record<string, Language> = {
  nl: 'nl', nederlands: 'nl', dutch: 'nl', vlaams: 'nl', neerlandais: 'nl',
  fr: 'fr', frans: 'fr', francais: 'fr', french: 'fr',
  en: 'en', engels: 'en', anglais: 'en', english: 'en'
}

export function parseLanguage(text: string): Language | null {
  return LANGUAGE_NAMES[nameKey(text)] ?? null
}

// where French is the language of business; elsewhere abroad a letter in English is the safe proposal
const FRENCH_SPEAKING: ReadonlySet<CountryCode> = new Set(['FR', 'LU', 'MC'])

/**
 * NL keeps the creditor's default. Belgian postal codes 1300–1499 (Walloon Brabant) and 4000–7999
 * (Wallonia) are French-speaking; Brussels (1000–1299) is mixed, so it keeps the default. A debtor
 * abroad gets French in France, Luxembourg and Monaco, English elsewhere.
 */
export function proposeLanguage(country: CountryCode, postalCode: string | null, fallback: Language): Language {
  if (country === 'NL') return fallback
  if (country !== 'BE') return FRENCH_SPEAKING.has(country) ? 'fr' : 'en'
  if (!postalCode) return fallback
  const pc = Number(postalCode.replace(/\D/g, '').slice(0, 4))
  return (pc >= 1300 && pc <= 1499) || (pc >= 4000 && pc <= 7999) ? 'fr' : fallback
}
