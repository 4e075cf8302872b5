// Every ISO 3166-1 alpha-2 country a debtor can live in, with names in the UI and letter languages
// (the runtime's Intl data, identical in Node and Chromium) and the reverse lookup imports need.

/** The 249 officially assigned ISO 3166-1 alpha-2 codes. */
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ',
  'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ',
  'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
  'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET',
  'FI', 'FJ', 'FK', 'FM', 'FO', 'FR',
  'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY',
  'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT',
  'JE', 'JM', 'JO', 'JP',
  'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ',
  'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
  'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ',
  'OM',
  'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY',
  'QA',
  'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ',
  'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ',
  'UA', 'UG', 'UM', 'US', 'UY', 'UZ',
  'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS',
  'YE', 'YT',
  'ZA', 'ZM', 'ZW'
] as const
export type CountryCode = (typeof COUNTRY_CODES)[number]

const CODE_SET: ReadonlySet<string> = new Set(COUNTRY_CODES)

export function isCountryCode(text: string): text is CountryCode {
  return CODE_SET.has(text)
}

const displayNames = new Map<string, Intl.DisplayNames>()

/** "DE" → "Duitsland" (nl), "Allemagne" (fr), "Germany" (en). */
export function countryName(code: CountryCode, language: string): string {
  let names = displayNames.get(language)
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })))
  return names.of(code) ?? code
}

/** Letters only, lower case, accents dropped: "Pays-Bas" and "paysbas" are the same key. */
export const nameKey = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '')

// exports name countries in the bookkeeper's languages, in German (a common neighbour), by ISO alpha-3
// code or by a usual short name
const NAME_LANGUAGES = ['nl', 'fr', 'en', 'de']
const ALIASES: Record<string, CountryCode> = {
  nld: 'NL', holland: 'NL', thenetherlands: 'NL', bel: 'BE', deu: 'DE', fra: 'FR', lux: 'LU', gbr: 'GB',
  uk: 'GB', england: 'GB', engeland: 'GB', greatbritain: 'GB', grootbrittannie: 'GB', esp: 'ES', ita: 'IT',
  aut: 'AT', che: 'CH', dnk: 'DK', swe: 'SE', nor: 'NO', pol: 'PL', prt: 'PT', irl: 'IE', usa: 'US'
}

let byName: Map<string, CountryCode> | undefined

function nameIndex(): Map<string, CountryCode> {
  if (byName) return byName
  const index = new Map<string, CountryCode>(Object.entries(ALIASES))
  for (const code of COUNTRY_CODES) {
    index.set(code.toLowerCase(), code)
    for (const language of NAME_LANGUAGES) {
      const key = nameKey(countryName(code, language))
      if (!index.has(key)) index.set(key, code)
    }
  }
  return (byName = index)
}

/** "DE", "deu", "Duitsland", "Allemagne", "België" → the ISO code; null when nothing matches. */
export function parseCountry(text: string): CountryCode | null {
  const key = nameKey(text)
  return key === '' ? null : (nameIndex().get(key) ?? null)
}

/** A VAT number starts with its country's code; Greece writes EL and Northern Ireland XI. */
export function countryFromVat(vat: string | null): CountryCode | null {
  const prefix = vat?.trim().slice(0, 2).toUpperCase() ?? ''
  if (prefix === 'EL') return 'GR'
  if (prefix === 'XI') return 'GB'
  return isCountryCode(prefix) ? prefix : null
}
