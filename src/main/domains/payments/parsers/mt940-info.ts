// The `:86:` information field: keyword dialects of ING, ABN AMRO, Rabobank, Knab and Van Lanschot
// (`/KEY/value`), the German `?NN` subfields (Deutsche Bank), and plain text for everything else.
import { bareReference } from '../../../../shared/domains/payments/references'
import { cleanText, compactAccount, trimTrailingSlashes } from './parse-error'

export type Mt940Info = {
  counterpartyName: string | null
  counterpartyAccount: string | null
  structuredReference: string | null
  remittance: string | null
  returnReason: string | null
}

// tokenising on known keywords only: free text may contain slashes
const KEYS = [
  'EREF', 'PREF', 'MARF', 'CSID', 'CNTP', 'REMI', 'PURP', 'RTRN', 'ULTC', 'ULTD', 'ULTB', 'BENM', 'ORDP', 'NAME',
  'ADDR', 'ISDT', 'TRTP', 'IBAN', 'BIC', 'CDTRREFTP', 'CDTRREF', 'CD', 'ISSR', 'SVCL', 'RTYP', 'SUM'
]
const KEY = new RegExp(`/(${KEYS.join('|')})/`, 'g')

export function parseMt940Info(raw: string): Mt940Info {
  const text = raw.trim()
  if (/^\d{3}\?\d{2}/.test(text)) return germanSubfields(text)
  const tokens = text.startsWith('/') ? keywordTokens(text) : null
  if (tokens === null) return labelledText(text) ?? { ...EMPTY, remittance: cleanText(text) }
  const get = (k: string) => tokens.find((t) => t.key === k)?.value ?? null
  const cntp = get('CNTP')?.split('/') ?? []
  let structuredReference = bareOrNull(get('CDTRREF'))
  const remis: string[] = []
  for (const { key, value } of tokens) {
    if (key !== 'REMI' || value.length === 0) continue
    const strd = /^STRD\/CUR\/([^/]+)/.exec(value) ?? /ISSUER:\s*CUR\s+REF:\s*(\S+)/.exec(value)
    if (strd) structuredReference ??= bareOrNull(strd[1] ?? null)
    else remis.push(value.startsWith('USTD//') ? value.slice(6) : value)
  }
  return {
    counterpartyName: cleanText(get('NAME') ?? cntp[2] ?? null),
    counterpartyAccount: compactAccount(get('IBAN') ?? cntp[0] ?? null),
    structuredReference,
    remittance: cleanText(remis.join(' ')),
    returnReason: cleanText(get('RTRN'))
  }
}

const EMPTY: Mt940Info = { counterpartyName: null, counterpartyAccount: null, structuredReference: null, remittance: null, returnReason: null }

function bareOrNull(raw: string | null): string | null {
  return raw === null ? null : bareReference(raw)
}

function keywordTokens(text: string): { key: string; value: string }[] | null {
  const hits = [...text.matchAll(KEY)]
  if (hits.length === 0 || hits[0]?.index !== 0) return null
  return hits.map((h, i) => {
    const start = (h.index ?? 0) + h[0].length
    const end = hits[i + 1]?.index ?? text.length
    // ING separates subfields with `//`, the others with `/`: trailing slashes are not part of a value
    return { key: h[1] as string, value: trimTrailingSlashes(text.slice(start, end)) }
  })
}

// ABN AMRO and Knab plain-text layout: "SEPA IDEAL  IBAN: … BIC: … NAAM: … OMSCHRIJVING: …" (wrapped mid-word)
const LABEL = /(IBAN|BIC|NAAM|OMSCHRIJVING|KENMERK|BETALINGSKENM\.|MACHTIGING|ID DEBITEUR|REK):\s?/g

function labelledText(text: string): Mt940Info | null {
  const hits = [...text.matchAll(LABEL)]
  const value = (label: string) => {
    const i = hits.findIndex((h) => h[1] === label)
    const h = hits[i]
    if (h === undefined) return null
    return trimTrailingSlashes(text.slice((h.index ?? 0) + h[0].length, hits[i + 1]?.index ?? text.length))
  }
  const name = value('NAAM')
  const account = (value('IBAN') ?? value('REK'))?.split(/[\s/]/)[0] ?? null
  if (name === null && account === null) return null
  const lead = text.slice(0, hits[0]?.index ?? 0)
  const kenmerk = value('BETALINGSKENM.')?.split(/\s+/)[0] ?? null
  // the text before the labels is the transaction type when a payment reference says it all
  return {
    ...EMPTY,
    counterpartyName: cleanText(name),
    counterpartyAccount: compactAccount(account),
    structuredReference: bareOrNull(kenmerk),
    remittance: cleanText(value('OMSCHRIJVING') ?? (kenmerk === null ? lead : null))
  }
}

/** `166?00SEPA-GUTSCHRIFT?20EREF+…?21SVWZ+text?31IBAN?32NAME`: purpose text in ?20–?29 and ?60–?63. */
function germanSubfields(text: string): Mt940Info {
  const parts = new Map<number, string>()
  for (const m of text.matchAll(/\?(\d{2})([^?]*)/g)) parts.set(Number(m[1]), (parts.get(Number(m[1])) ?? '') + (m[2] ?? ''))
  const range = (from: number, to: number) =>
    [...parts.entries()].filter(([k]) => k >= from && k <= to).map(([, v]) => v).join('')
  const purpose = range(20, 29) + range(60, 63)
  const svwz = /SVWZ\+(.*)$/.exec(purpose)
  return {
    ...EMPTY,
    counterpartyName: cleanText(range(32, 33)),
    counterpartyAccount: compactAccount(parts.get(31) ?? null),
    remittance: cleanText(svwz ? svwz[1] : purpose)
  }
}
