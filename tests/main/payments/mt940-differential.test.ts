// Differential test against mt940js (devDependency): on every fixture it can read, both parsers must
// agree on balances, amounts and dates. The files it refuses are covered by parsers.fixtures.test.ts.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBankFile } from '../../../src/main/domains/payments/parsers/parse-bank-file'
import { decimalToCents } from '../../../src/shared/money'
import { SHARED_FIXTURES, hasSharedFixtures } from './bank-fixtures'

type TheirTx = { date: Date; entryDate: Date | undefined; amount: number; bankReference: string }
type TheirStatement = { openingBalance: number; closingBalance: number; openingBalanceDate: Date; closingBalanceDate: Date; transactions: TheirTx[] }
const mt940js = createRequire(import.meta.url)('mt940js') as { Parser: new () => { parse(text: string): TheirStatement[] } }

const cents = (n: number) => decimalToCents(String(n))
// mt940js gives dates as UTC midnights, and no entry date when the :61: line has none
const day = (d: Date | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : null)

describe.skipIf(!hasSharedFixtures)('MT940 against mt940js', () => {
  const dir = join(SHARED_FIXTURES, 'mt940')
  const readable = (hasSharedFixtures ? readdirSync(dir) : [])
    .filter((f) => !f.endsWith('.json'))
    .flatMap((f) => {
      const bytes = readFileSync(join(dir, f))
      try {
        return [{ f, bytes, theirs: new mt940js.Parser().parse(new TextDecoder('latin1').decode(bytes)) }]
      } catch {
        return []
      }
    })

  it('reads a good part of the set (it fails on preambles and inconsistent files)', () => {
    expect(readable.length).toBeGreaterThanOrEqual(20)
  })

  // where the two disagree and mt940js is wrong: it puts entry date 1229 of value date 2014-01-01 in December 2014
  const YEAR_END = 'zilverline-knab-knab_date_and_accounting_date_different_year.txt'

  it('books a December entry date of a January value date in the previous year, where mt940js does not', () => {
    const theirs = readable.find((r) => r.f === YEAR_END)?.theirs[0]?.transactions[0]
    expect(theirs && day(theirs.entryDate)).toBe('2014-12-29')
    const ours = parseBankFile(readFileSync(join(dir, YEAR_END)), YEAR_END).statements[0]?.entries[0]
    expect([ours?.valueDate, ours?.bookingDate]).toEqual(['2014-01-01', '2013-12-29'])
  })

  it.each(readable.filter((r) => r.f !== YEAR_END))('$f: same balances, amounts and dates', ({ f, bytes, theirs }) => {
    const ours = parseBankFile(bytes, f).statements
    expect(ours).toHaveLength(theirs.length)
    theirs.forEach((t, i) => {
      const s = ours[i]
      expect([s?.opening.amountCents, s?.opening.date, s?.closing.amountCents, s?.closing.date]).toEqual([
        cents(t.openingBalance),
        day(t.openingBalanceDate),
        cents(t.closingBalance),
        day(t.closingBalanceDate)
      ])
      expect(s?.entries.map((e) => [e.amountCents, e.valueDate, e.bookingDate, e.bankReference ?? ''])).toEqual(
        t.transactions.map((x) => [cents(x.amount), day(x.date), day(x.entryDate) ?? day(x.date), x.bankReference])
      )
    })
  })
})
