// CODA 2.x (Febelfin): 128-character records; one statement per 0…9 block. Positions are 1-based as in the spec.
import type { BankBalance, BankEntry, BankStatement, ParsedBankFile } from '../../../../shared/domains/payments/bank-model'
import { decimalToCents } from '../../../../shared/money'
import { codaAmount, codaDate, pos, type CodaContext, type CodaRecord } from './coda-fields'
import { codaMovements } from './coda-movements'
import { compactAccount, parseError } from './parse-error'

export function parseCoda(text: string, file: string): ParsedBankFile {
  const records: CodaRecord[] = []
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    // trimEnd is linear; a /\s+$/ regex is quadratic on long runs of white space inside a line
    const line = raw.trimEnd()
    if (line.length === 0) return
    if (line.length > 128) throw parseError(file, `line ${i + 1}`, `CODA record is ${line.length} characters long, 128 expected`)
    if (!/^[0-9]/.test(line)) throw parseError(file, `line ${i + 1}`, `unknown CODA record type "${line[0]}"`)
    records.push({ text: line.padEnd(128, ' '), line: i + 1 })
  })
  const ctx: CodaContext = { file, warnings: [] }
  const statements: BankStatement[] = []
  let block: CodaRecord[] = []
  for (const r of records) {
    const type = r.text[0]
    if (type === '0') {
      if (block.length > 0) throw parseError(file, `line ${r.line}`, 'new header record 0 before the trailer record 9 of the previous statement')
      block = [r]
    } else if (block.length === 0) {
      throw parseError(file, `line ${r.line}`, 'record before the header record 0')
    } else if (type === '9') {
      statements.push(statement(block, r, ctx))
      block = []
    } else {
      block.push(r)
    }
  }
  if (block.length > 0) throw parseError(file, `line ${block[block.length - 1]?.line ?? 0}`, 'the file is truncated: no trailer record 9')
  if (statements.length === 0) throw parseError(file, null, 'no CODA statement found')
  return { format: 'coda', statements, warnings: ctx.warnings }
}

function statement(block: CodaRecord[], trailer: CodaRecord, ctx: CodaContext): BankStatement {
  const where = `statement at line ${block[0]?.line ?? 0}`
  const old = block.find((r) => r.text[0] === '1')
  const next = block.find((r) => r.text[0] === '8')
  if (old === undefined) throw parseError(ctx.file, where, 'no old balance record 1')
  if (next === undefined) throw parseError(ctx.file, where, 'no new balance record 8')
  const { account, currency } = accountOf(old)
  const opening: BankBalance = { date: codaDate(old, 59, ctx.file), amountCents: codaAmount(old, 43, 44, 58, ctx.file) }
  const closing: BankBalance = { date: codaDate(next, 58, ctx.file), amountCents: codaAmount(next, 42, 43, 57, ctx.file) }
  const entries: BankEntry[] = codaMovements(block, ctx)
  checkTrailer(block, trailer, ctx)
  return { account, currency, opening, closing, entries }
}

/** Record 1, positions 6–42: layout by account structure (pos. 2): 0 Belgian number, 1 foreign, 2 Belgian IBAN, 3 foreign IBAN. */
function accountOf(r: CodaRecord): { account: string; currency: string } {
  if (pos(r, 2, 2) === '0') return { account: compactAccount(pos(r, 6, 17)) ?? '', currency: pos(r, 19, 21).trim() || 'EUR' }
  const account = pos(r, 6, 39).trim().split(/\s+/)[0] ?? ''
  return { account: compactAccount(account) ?? '', currency: pos(r, 40, 42).trim() || 'EUR' }
}

/** Record 9: number of records 1–8 and the debit/credit totals of the booked movements. */
function checkTrailer(block: CodaRecord[], trailer: CodaRecord, ctx: CodaContext): void {
  const count = Number(pos(trailer, 17, 22))
  const actual = block.length - 1
  const at = { file: { text: ctx.file }, line: { text: String(trailer.line) } }
  if (count !== actual) ctx.warnings.push({ code: 'coda-trailer-count', values: { ...at, count: { count }, actual: { count: actual } } })
  let debit = 0
  let credit = 0
  for (const r of block) {
    if (!r.text.startsWith('21') || pos(r, 7, 10) !== '0000') continue
    const cents = codaAmount(r, 32, 33, 47, ctx.file)
    if (cents < 0) debit -= cents
    else credit += cents
  }
  const totals = (from: number) => decimalToCents(`${pos(trailer, from, from + 11)}.${pos(trailer, from + 12, from + 14)}`)
  if (totals(23) !== debit || totals(38) !== credit) {
    const money = (cents: number | null) => (cents === null ? { text: '?' } : { money: cents })
    ctx.warnings.push({
      code: 'coda-trailer-totals',
      values: { ...at, trailerDebit: money(totals(23)), trailerCredit: money(totals(38)), debit: money(debit), credit: money(credit) }
    })
  }
}
