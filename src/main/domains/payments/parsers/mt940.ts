// MT940 as NL banks write it: SWIFT blocks or bank preambles around `:20:`…`:62F:` messages,
// several statements and accounts per file, `:86:` wrapped at 65 characters.
import { REVERSAL, type BankBalance, type BankEntry, type BankStatement, type ParsedBankFile } from '../../../../shared/domains/payments/bank-model'
import { isoFromParts } from '../../../../shared/dates'
import { decimalToCents } from '../../../../shared/money'
import { parseMt940Info } from './mt940-info'
import { compactAccount, parseError } from './parse-error'

type Field = { tag: string; lines: string[]; line: number }

const TAG = /^:(\d{2}[A-Z]?):(.*)$/
/** message ends of SWIFT blocks and of ING/Van Lanschot files */
const TRAILER = /^-(\}|XXX)/
const ENTRY = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+,\d*)[NFS](.{3})(.*)$/
const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d+,\d*)$/
const ACCOUNT_LIKE = /^(?:[A-Z]{2}\d{2}[A-Z0-9]{10,30}|P?\d{7,10})$/

/** Splits the text into tag fields with their continuation lines; framing lines end a field. */
function readFields(text: string): Field[] {
  // Ctrl-Z is a DOS end-of-file mark some banks leave between messages
  const lines = text.replaceAll('\x1a', '').split(/\r\n|\r|\n/)
  const fields: Field[] = []
  let current: Field | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const tag = TAG.exec(line)
    if (tag) {
      current = { tag: tag[1] as string, lines: [tag[2] as string], line: i + 1 }
      fields.push(current)
    } else if (TRAILER.test(line) || line.startsWith('{')) {
      current = null
    } else if (line.trim() === '-' && !continuesInfo(current, lines, i)) {
      current = null
    } else if (current !== null) {
      current.lines.push(line)
    }
  }
  return fields
}

/** A lone dash ends the message, unless it is the tail of wrapped :86: text followed by more fields (Rabobank). */
function continuesInfo(current: Field | null, lines: string[], i: number): boolean {
  if (current === null || current.tag !== '86') return false
  // the next non-blank line, found without copying the rest of the file (once per dash, that was quadratic)
  let j = i + 1
  while (j < lines.length && (lines[j] as string).trim().length === 0) j++
  const next = lines[j] ?? ''
  return TAG.test(next) && !next.startsWith(':20:')
}

export function parseMt940(text: string, file: string): ParsedBankFile {
  const statements: BankStatement[] = []
  let draft: Draft | null = null
  let lastEntry: { entry: BankEntry; info: string[] } | null = null
  for (const f of readFields(text)) {
    const where = `line ${f.line}`
    const value = (f.lines[0] ?? '').trim()
    if (f.tag === '20') {
      if (draft) statements.push(finish(draft, file))
      draft = { line: f.line, account: null, opening: null, closing: null, currency: null, entries: [] }
      lastEntry = null
      continue
    }
    if (draft === null) throw parseError(file, where, `:${f.tag}: before the first :20: statement`)
    if (f.tag === '25') draft.account = mt940Account(value)
    else if (f.tag === '60F' || f.tag === '60M') {
      if (draft.opening === null) draft.opening = balance(value, file, where, draft)
    } else if (f.tag === '62F' || f.tag === '62M') {
      draft.closing = balance(value, file, where, draft)
      lastEntry = null
    } else if (f.tag === '61') {
      lastEntry = { entry: entryLine(value, file, where), info: [] }
      const account = f.lines.slice(1).find((l) => ACCOUNT_LIKE.test(l.trim()))
      if (account !== undefined) lastEntry.entry.counterpartyAccount = account.trim()
      draft.entries.push(lastEntry.entry)
    } else if (f.tag === '86' && lastEntry !== null) {
      // old Rabobank files give one movement several :86: fields
      lastEntry.info.push(f.lines.join(''))
      Object.assign(lastEntry.entry, mergeInfo(lastEntry.entry, lastEntry.info.join(' ')))
    } else if (f.tag === '64' || f.tag === '65' || f.tag === '86') {
      lastEntry = null
    }
  }
  if (draft) statements.push(finish(draft, file))
  if (statements.length === 0) throw parseError(file, null, 'no MT940 statement (:20:) found')
  return { format: 'mt940', statements, warnings: [] }
}

type Draft = {
  line: number
  account: string | null
  currency: string | null
  opening: BankBalance | null
  closing: BankBalance | null
  entries: BankEntry[]
}

function finish(d: Draft, file: string): BankStatement {
  const where = `statement at line ${d.line}`
  if (d.account === null) throw parseError(file, where, 'no account (:25:)')
  if (d.opening === null) throw parseError(file, where, 'no opening balance (:60F:)')
  if (d.closing === null) throw parseError(file, where, 'no closing balance (:62F:): the file is truncated or malformed')
  return { account: d.account, currency: d.currency ?? 'EUR', opening: d.opening, closing: d.closing, entries: d.entries }
}

/** `NL20INGB0001234567EUR`, `NL39RABO0300065264 EUR` → the account without the currency suffix. */
function mt940Account(raw: string): string | null {
  const compact = compactAccount(raw)
  const m = compact === null ? null : /^(.*\d)[A-Z]{3}$/.exec(compact)
  return m ? (m[1] as string) : compact
}

function amount(raw: string, file: string, where: string): number {
  const [whole, frac = ''] = raw.split(',')
  const cents = decimalToCents(`${whole}.${frac || '0'}`)
  if (cents === null) throw parseError(file, where, `malformed amount "${raw}"`)
  return cents
}

function yymmdd(raw: string, file: string, where: string): string {
  const yy = Number(raw.slice(0, 2))
  const date = isoFromParts(yy < 80 ? 2000 + yy : 1900 + yy, Number(raw.slice(2, 4)), Number(raw.slice(4, 6)))
  if (date === null) throw parseError(file, where, `malformed date "${raw}"`)
  return date
}

function balance(raw: string, file: string, where: string, draft: Draft): BankBalance {
  const m = BALANCE.exec(raw)
  if (!m) throw parseError(file, where, `malformed balance "${raw}" (expected C|D YYMMDD CCY amount)`)
  draft.currency ??= m[3] as string
  const cents = amount(m[4] as string, file, where)
  return { date: yymmdd(m[2] as string, file, where), amountCents: m[1] === 'D' ? -cents : cents }
}

function entryLine(raw: string, file: string, where: string): BankEntry {
  const m = ENTRY.exec(raw)
  if (!m) throw parseError(file, where, `malformed :61: statement line "${raw}"`)
  const [, valueRaw = '', entryRaw, mark = '', , amountRaw = '', , rest = ''] = m
  const valueDate = yymmdd(valueRaw, file, where)
  let bookingDate = valueDate
  if (entryRaw !== undefined) {
    const month = Number(entryRaw.slice(0, 2))
    const valueMonth = Number(valueDate.slice(5, 7))
    // the entry date has no year: it is the value date's, one off across a year end
    const year = Number(valueDate.slice(0, 4)) + (month === 12 && valueMonth === 1 ? -1 : month === 1 && valueMonth === 12 ? 1 : 0)
    const date = isoFromParts(year, month, Number(entryRaw.slice(2, 4)))
    if (date === null) throw parseError(file, where, `malformed entry date "${entryRaw}"`)
    bookingDate = date
  }
  const cents = amount(amountRaw, file, where)
  const moneyIn = mark === 'C' || mark === 'RD'
  const bankRef = rest.includes('//') ? rest.slice(rest.indexOf('//') + 2).trim() : ''
  // pre-SEPA Rabobank: the counter-account and name stand in the reference field
  const party = /^(P?\d{7,10})\s+(\S.*)$/.exec(rest.trim())
  return {
    bookingDate,
    valueDate,
    amountCents: moneyIn ? cents : -cents,
    counterpartyName: party ? party[2]?.trim() ?? null : null,
    counterpartyAccount: party ? party[1] ?? null : null,
    structuredReference: null,
    remittance: null,
    bankReference: bankRef.length > 0 ? bankRef : null,
    returnReason: mark === 'RC' ? REVERSAL : null
  }
}

function mergeInfo(entry: BankEntry, info: string): Partial<BankEntry> {
  const parsed = parseMt940Info(info)
  return {
    counterpartyName: parsed.counterpartyName ?? entry.counterpartyName,
    counterpartyAccount: parsed.counterpartyAccount ?? entry.counterpartyAccount,
    structuredReference: parsed.structuredReference,
    remittance: parsed.remittance,
    returnReason: parsed.returnReason ?? entry.returnReason
  }
}
