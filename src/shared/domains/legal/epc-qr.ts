// EPC069-12 "SEPA credit transfer" QR payload (GiroCode), versions 001 and 002, with the element rules checked.
import { isValidBIC } from 'ibantools'
import { type Cents, centsToDecimal } from '../../money'
import { isValidIban, normalizeIban } from './references/iban'
import { ogmDigits } from './references/ogm'
import { isValidRf } from './references/rf'

export type EpcVersion = '001' | '002'
/** 1 = UTF-8, 2 = ISO 8859-1; the other EPC character sets are not produced by Debito. */
export type EpcCharacterSet = 1 | 2

export type EpcInput = {
  version?: EpcVersion
  characterSet?: EpcCharacterSet
  bic?: string
  name: string
  iban: string
  amountCents?: Cents
  /** 4-character purpose code, e.g. GDDS. */
  purpose?: string
  /** Structured creditor reference (ISO 11649 RF, or the 12 digits of a Belgian OGM). */
  reference?: string
  /** Unstructured remittance text; mutually exclusive with `reference`. */
  text?: string
  /** Beneficiary-to-originator information shown in the banking app. */
  info?: string
}

export type EpcField = 'version' | 'characterSet' | 'bic' | 'name' | 'iban' | 'amount' | 'purpose' | 'reference' | 'text' | 'info' | 'payload'
export type EpcIssueCode = 'required' | 'too-long' | 'invalid' | 'out-of-range' | 'exclusive' | 'line-break' | 'too-large'
export type EpcIssue = { field: EpcField; code: EpcIssueCode }
export type EpcResult = { valid: true; payload: string; bytes: number } | { valid: false; issues: EpcIssue[] }

export const EPC_MAX_PAYLOAD_BYTES = 331
export const EPC_MAX_AMOUNT_CENTS: Cents = 99_999_999_999

/** EEA countries: inside it version 002 may leave out the BIC. */
const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '))

function byteLength(text: string, charset: EpcCharacterSet): number {
  if (charset === 2) return text.length
  let bytes = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** The structured-reference form of a Belgian OGM: its 12 digits (vector epc-008, low confidence). */
export function epcReferenceFromOgm(ogm: string): string | null {
  return ogmDigits(ogm)
}

function checkElements(input: EpcInput, version: EpcVersion, charset: EpcCharacterSet): EpcIssue[] {
  const issues: EpcIssue[] = []
  const add = (field: EpcField, code: EpcIssueCode) => issues.push({ field, code })
  const limit = (field: EpcField, value: string | undefined, max: number) => {
    if (value !== undefined && [...value].length > max) add(field, 'too-long')
  }
  if (version !== '001' && version !== '002') add('version', 'invalid')
  if (charset !== 1 && charset !== 2) add('characterSet', 'invalid')
  const iban = normalizeIban(input.iban)
  if (!input.iban) add('iban', 'required')
  else if (!isValidIban(iban) || iban.length > 34) add('iban', 'invalid')
  const bicNeeded = version === '001' || !EEA.has(iban.slice(0, 2))
  if (input.bic) {
    if (!isValidBIC(input.bic)) add('bic', 'invalid')
  } else if (bicNeeded) add('bic', 'required')
  if (!input.name.trim()) add('name', 'required')
  limit('name', input.name, 70)
  if (input.amountCents !== undefined && (!Number.isSafeInteger(input.amountCents) || input.amountCents < 1 || input.amountCents > EPC_MAX_AMOUNT_CENTS)) {
    add('amount', 'out-of-range')
  }
  if (input.purpose && !/^[A-Z0-9]{4}$/.test(input.purpose)) add('purpose', 'invalid')
  if (input.reference && input.text) add('text', 'exclusive')
  limit('reference', input.reference, 35)
  if (input.reference && (/^RF\d\d/.test(input.reference) ? !isValidRf(input.reference) : !/^[A-Za-z0-9+?/:().,'-]+$/.test(input.reference))) {
    add('reference', 'invalid')
  }
  limit('text', input.text, 140)
  limit('info', input.info, 70)
  const texts: [EpcField, string | undefined][] = [['bic', input.bic], ['name', input.name], ['purpose', input.purpose], ['reference', input.reference], ['text', input.text], ['info', input.info]]
  for (const [field, value] of texts) {
    if (value !== undefined && /[\r\n]/.test(value)) add(field, 'line-break')
    // ISO 8859-1 holds code points up to U+00FF only
    else if (value !== undefined && charset === 2 && [...value].some((ch) => (ch.codePointAt(0) ?? 0) > 0xff)) add(field, 'invalid')
  }
  return issues
}

/** Builds the QR payload (LF-separated, trailing empty elements left out) or lists every rule it breaks. */
export function buildEpcPayload(input: EpcInput): EpcResult {
  const version = input.version ?? '002'
  const charset = input.characterSet ?? 1
  const issues = checkElements(input, version, charset)
  if (issues.length > 0) return { valid: false, issues }
  const elements = [
    'BCD',
    version,
    String(charset),
    'SCT',
    input.bic ?? '',
    input.name,
    normalizeIban(input.iban),
    input.amountCents === undefined ? '' : `EUR${centsToDecimal(input.amountCents)}`,
    input.purpose ?? '',
    input.reference ?? '',
    input.text ?? '',
    input.info ?? ''
  ]
  while (elements.at(-1) === '') elements.pop()
  const payload = elements.join('\n')
  const bytes = byteLength(payload, charset)
  if (bytes > EPC_MAX_PAYLOAD_BYTES) return { valid: false, issues: [{ field: 'payload', code: 'too-large' }] }
  return { valid: true, payload, bytes }
}
