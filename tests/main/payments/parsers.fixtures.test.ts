// Every real sample in shared/fixtures either parses (checked against the genkgo and webschik oracles
// where they exist) or, for the deliberately broken ones, fails with a message naming file and place.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderBankWarning } from '../../../src/shared/domains/payments/warnings/render'
import { parseBankFile } from '../../../src/main/domains/payments/parsers/parse-bank-file'
import type { ParsedBankFile } from '../../../src/shared/domains/payments/bank-model'
import { decimalToCents } from '../../../src/shared/money'
import { isAppError } from '../../../src/shared/errors'
import { SHARED_FIXTURES, hasSharedFixtures } from './bank-fixtures'

const BROKEN: Record<string, RegExp> = {
  'genkgo-camt053.v2.wrong.xml': /^genkgo-camt053\.v2\.wrong\.xml: BkToCstmrStmt: no <Stmt> statement/,
  'zilverline-knab-knab_invalid.txt': /^zilverline-knab-knab_invalid\.txt: statement at line 2: no closing balance/
}

const files = (dir: string) =>
  hasSharedFixtures ? readdirSync(join(SHARED_FIXTURES, dir)).filter((f) => !f.endsWith('.json')).map((f) => ({ dir, f })) : []
const parse = (dir: string, f: string) => parseBankFile(readFileSync(join(SHARED_FIXTURES, dir, f)), f)
const cents = (major: number | string) => decimalToCents(String(major)) as number

describe.skipIf(!hasSharedFixtures)('shared bank fixtures', () => {
  const all = [...files('camt053'), ...files('mt940'), ...files('coda')]

  it.each(all)('$dir/$f parses into a consistent model or fails clearly', ({ dir, f }) => {
    const expected = BROKEN[f]
    if (expected) {
      expect(() => parse(dir, f)).toThrow(expected)
      try {
        parse(dir, f)
      } catch (err) {
        expect(isAppError(err) && err.kind).toBe('parse')
      }
      return
    }
    const parsed = parse(dir, f)
    expect(parsed.format).toBe(dir)
    expect(parsed.statements.length).toBeGreaterThan(0)
    parsed.statements.forEach((s, i) => {
      expect(s.account).toMatch(/^\S+$/)
      const sum = s.entries.reduce((a, e) => a + e.amountCents, 0)
      for (const e of s.entries) {
        expect(Number.isSafeInteger(e.amountCents)).toBe(true)
        expect(e.bookingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(e.valueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        if (e.structuredReference !== null) expect(e.structuredReference).toMatch(/^(RF[0-9A-Z]+|\d+)$/)
      }
      // a statement that does not reconcile must say so
      const warned = parsed.warnings.some((w) => renderBankWarning(w, 'en').includes(`statement ${i + 1} (${s.account})`))
      expect(s.opening.amountCents + sum === s.closing.amountCents).toBe(!warned)
    })
  })

  it('reconciles the real Belgian CAMT statement of 268 entries and the ING sample', () => {
    const be = parse('camt053', 'subite-BE68793230773034-202411.xml')
    expect(be.statements[0]?.entries).toHaveLength(268)
    expect(be.warnings).toEqual([])
    expect(parse('mt940', 'zilverline-ing-mt940_iban.txt').warnings).toEqual([])
  })

  it('reads the genkgo v8 Belgian SCOR/BBA reference and party', () => {
    const [e] = parse('camt053', 'genkgo-camt053.v8.xml').statements[0]?.entries ?? []
    expect(e).toMatchObject({
      amountCents: 885,
      bookingDate: '2014-12-31',
      structuredReference: '4654654654654654',
      counterpartyName: 'NAME NAME',
      counterpartyAccount: 'NL56AGDH9619008421'
    })
  })

  it('reads bank dialects: Rabobank, ABN AMRO (keywords and labels), Knab, Deutsche Bank, Moneyou year end, two accounts', () => {
    const rabo = parse('mt940', 'zilverline-rabobank_mt940_structured.txt').statements[0]?.entries[0]
    expect(rabo).toMatchObject({ amountCents: -12750, counterpartyName: 'Nespresso Nederland B.V.', counterpartyAccount: 'NL96RBOS0523149468' })
    const abn = parse('mt940', 'zilverline-abn-abn_structured_sepa_acceptgiro.txt').statements[0]?.entries[0]
    expect(abn).toMatchObject({ counterpartyName: 'BELASTINGDIENST', counterpartyAccount: 'NL86INGB0002445588', structuredReference: '4420043232693268' })
    const ideal = parse('mt940', 'zilverline-abn-abnamro_structured.txt').statements[1]?.entries[0]
    expect(ideal).toMatchObject({ counterpartyName: 'NS GROEP INZAKE NSR IDEA', counterpartyAccount: 'NL70ABNA0888888888', remittance: '4851430136 0030000 735822580 NS E-TICKET(S)' })
    const acceptgiro = parse('mt940', 'zilverline-abn-abnamro_structured.txt').statements[1]?.entries[2]
    expect(acceptgiro).toMatchObject({ counterpartyName: 'BELASTINGDIENST', structuredReference: '1234567890098876', remittance: null })
    const knab = parse('mt940', 'zilverline-knab-knab.txt').statements[0]?.entries[1]
    expect(knab).toMatchObject({ counterpartyName: 'STICHTING DERDEN JAAP JANSSEN', counterpartyAccount: 'NL76INGB0444444444', remittance: 'DIT IS EEN OMSCHRIJVING DIE BEST WEL LANG IS' })
    const db = parse('mt940', 'zilverline-deutsche_bank.txt').statements[0]?.entries[0]
    expect(db).toMatchObject({ amountCents: 399, counterpartyName: 'PETRA TESTER', bankReference: '8848037917407749' })
    const moneyou = parse('mt940', 'zilverline-abn-moneyou.txt').statements[0]?.entries[0]
    expect(moneyou).toMatchObject({ valueDate: '2019-01-01', bookingDate: '2018-12-31', remittance: 'ONTVANGEN RENTE' })
    // four statements of four accounts, one behind a DOS Ctrl-Z; old Rabobank layout with several :86: per movement
    const old = parse('mt940', 'zilverline-two_accounts.txt').statements
    expect(old.map((s) => s.account)).toEqual(['1567.50.961', '9914.30.727', '3462.483.153', '1325.76.155'])
    expect(old[0]?.entries[1]).toMatchObject({
      counterpartyAccount: '0266050522',
      counterpartyName: 'Arvato Fin Serv Ltd',
      remittance: 'BETALINGSKENM. 3010675705 GOOGLE GOOG6291713437 1402786401'
    })
  })

  it('reads CODA sample 1: four structured payments of 5, 25, 20 and 30 euro', () => {
    const parsed = parse('coda', 'php-coda-parser-sample1.cod')
    const s = parsed.statements[0]
    expect(s?.account).toBe('138536152215')
    expect(s?.opening).toEqual({ date: '2017-10-10', amountCents: 1775212 })
    expect(s?.entries.map((e) => [e.amountCents, e.structuredReference, e.counterpartyName])).toEqual([
      [500, '000003505158', 'KLANT1 MET NAAM1'],
      [2500, '000003515846', 'KLANT2 NAAM2'],
      [2000, '000003154982', 'KLANT3 NAAM3'],
      [3000, '000002133131', 'KLANT4 - NAAM4 MET']
    ])
    expect(parsed.warnings).toEqual([])
  })
})

type GenkgoBalance = { getType: string; getAmount: { getAmount: string; getCurrency: { getCode: string } } }
type GenkgoEntry = {
  getAmount: { getAmount: string }
  getBookingDate: { 0: string }
  getValueDate: { 0: string } | null
  getRecord: { getBalances: GenkgoBalance[] }
}

describe.skipIf(!hasSharedFixtures)('genkgo oracles (CAMT.053)', () => {
  const oracles = files('camt053').filter(({ f }) => f.startsWith('genkgo') && existsSync(join(SHARED_FIXTURES, 'camt053', f.replace('.xml', '.json'))))

  it.each(oracles)('$f matches the amounts, dates and booked balances genkgo read', ({ f }) => {
    const oracle = JSON.parse(readFileSync(join(SHARED_FIXTURES, 'camt053', f.replace('.xml', '.json')), 'utf8')) as { getEntries: GenkgoEntry[] }
    const parsed = parse('camt053', f)
    // the oracle serialises the entries of the last statement only
    const last = parsed.statements[parsed.statements.length - 1]
    expect(last?.entries.map((e) => e.amountCents)).toEqual(oracle.getEntries.map((e) => Number(e.getAmount.getAmount)))
    expect(last?.entries.map((e) => e.bookingDate)).toEqual(oracle.getEntries.map((e) => e.getBookingDate[0].slice(0, 10)))
    oracle.getEntries.forEach((o, i) => {
      if (o.getValueDate) expect(last?.entries[i]?.valueDate).toBe(o.getValueDate[0].slice(0, 10))
    })
    // genkgo counts minor units of the balance's own currency; yen has none, so only two-decimal currencies compare
    const balances = (oracle.getEntries[0]?.getRecord.getBalances ?? []).filter((b) => b.getAmount.getCurrency.getCode !== 'JPY')
    const opening = balances.find((b) => b.getType === 'opening')
    const closing = balances.find((b) => b.getType === 'closing') ?? balances.find((b) => b.getType === 'closing_available')
    if (opening) expect(last?.opening.amountCents).toBe(Number(opening.getAmount.getAmount))
    if (closing) expect(last?.closing.amountCents).toBe(Number(closing.getAmount.getAmount))
  })
})

type WebschikBalance = { isCredit: boolean; date: string; value: number }
type WebschikStatement = {
  openingBalance: WebschikBalance
  closingBalance: WebschikBalance
  transactions: { amount: number; isCredit: boolean; valueDate: string; entryDate: string }[]
}

describe.skipIf(!hasSharedFixtures)('webschik oracles (MT940)', () => {
  const oracles = files('mt940').filter(({ f }) => f.startsWith('webschik'))
  const signed = (b: { isCredit: boolean; value?: number; amount?: number }) => (b.isCredit ? 1 : -1) * cents(b.value ?? b.amount ?? 0)

  it.each(oracles)('$f matches the balances and movements webschik read', ({ f }) => {
    const oracle = JSON.parse(readFileSync(join(SHARED_FIXTURES, 'mt940', f.replace(/\.\w+$/, '.json')), 'utf8')) as WebschikStatement[]
    const parsed: ParsedBankFile = parse('mt940', f)
    expect(parsed.statements).toHaveLength(oracle.length)
    oracle.forEach((o, i) => {
      const s = parsed.statements[i]
      expect(s?.opening).toEqual({ date: o.openingBalance.date, amountCents: signed(o.openingBalance) })
      expect(s?.closing).toEqual({ date: o.closingBalance.date, amountCents: signed(o.closingBalance) })
      expect(s?.entries.map((e) => [e.amountCents, e.valueDate, e.bookingDate])).toEqual(
        o.transactions.map((t) => [signed(t), t.valueDate, t.entryDate || t.valueDate])
      )
    })
  })
})
