import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { count, eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allocations, auditLog, bankAccounts, bankEntries, bankStatements } from '../../../src/main/db/schema'
import { dedupKeys, importBankFile, previewBankFile, warningTexts } from '../../../src/main/domains/payments/bank-import.service'
import { renderBankWarning } from '../../../src/shared/domains/payments/warnings/render'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { type TestDb, createTestDb } from '../../helpers/db'
import { SHARED_FIXTURES, bytes, hasSharedFixtures, ownFixtureBytes } from './bank-fixtures'
import { invoiceByNumber, seedReceivables } from './bank-db'

const RULES = 'mt940-matching-rules.sta'
const rulesText = () => new TextDecoder().decode(ownFixtureBytes(RULES))

/** The rules file followed by a next-day statement whose opening balance is `opening`. */
function withNextStatement(opening: string): Uint8Array {
  const next = [
    ':20:P260113000000001',
    ':25:NL20INGB0001234567EUR',
    ':28C:00003',
    `:60F:C260112EUR${opening}`,
    ':61:2601130113C25,00NTRFNONREF//26013000009',
    ':86:/CNTP/NL77INGB0009876543/INGBNL2A/Onbekende Betaler///REMI/USTD//nog een gift/',
    `:62F:C260113EUR${opening.replace(/^(\d+),(\d+)$/, (_, e: string, c: string) => `${Number(e) + 25},${c}`)}`,
    '-}'
  ]
  return bytes(`${rulesText()}{4:\r\n${next.join('\r\n')}\r\n`)
}

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
})
afterEach(() => t.close())

const rows = (table: typeof bankEntries | typeof bankStatements | typeof bankAccounts | typeof auditLog | typeof allocations) =>
  t.db.select({ n: count() }).from(table).get()?.n ?? 0

describe('importBankFile', () => {
  it('books exact references and invoice numbers, proposes heuristics, keeps overpayments and re-opens on a return', () => {
    const summary = importBankFile(t.db, ownFixtureBytes(RULES), RULES)
    expect(summary).toEqual({
      file: RULES,
      format: 'mt940',
      statements: 1,
      newEntries: 8,
      duplicates: 0,
      autoMatched: 4,
      returns: 1,
      proposals: 2,
      unmatched: 1,
      warnings: [],
      accounts: [{ account: 'NL20INGB0001234567', status: 'new' }],
      dryRun: false
    })
    const inv = (n: string) => {
      const i = invoiceByNumber(t.db, n)
      return [i.openCents, i.status]
    }
    // collected, then returned by the bank (MD06): open again
    expect(inv('2026-0001')).toEqual([12100, 'open'])
    expect(inv('2026-0002')).toEqual([0, 'paid'])
    expect(inv('2026-0042')).toEqual([0, 'paid'])
    expect(inv('2026-0043')).toEqual([0, 'paid'])
    expect(inv('2026-0050')).toEqual([12000, 'open'])
    // proposals only: nothing booked yet
    expect(inv('2026-0060')).toEqual([3550, 'open'])
    expect(inv('2026-0070')).toEqual([7770, 'open'])

    const entries = t.db.select().from(bankEntries).all()
    expect(entries.map((e) => [e.amountCents, e.status, e.unappliedCents])).toEqual([
      [12100, 'matched', 0],
      [30000, 'partial', 5000],
      [16000, 'matched', 0],
      [8000, 'matched', 0],
      [3550, 'unmatched', 3550],
      [7770, 'unmatched', 7770],
      [1234, 'unmatched', 1234],
      [-12100, 'matched', 0]
    ])
    const kinds = t.db.select().from(allocations).all().map((a) => [a.kind, a.amountCents, a.confidence])
    expect(kinds).toEqual([
      ['auto', 12100, 1],
      ['auto', 25000, 1],
      ['auto', 10000, 0.95],
      ['auto', 6000, 0.95],
      ['auto', 8000, 0.9],
      ['return', -12100, 1]
    ])
    expect(entries[7]?.returnReason).toBe('MD06')
    expect(t.db.select().from(bankAccounts).all().map((a) => [a.account, a.lastStatementDate])).toEqual([['NL20INGB0001234567', '2026-01-12']])
  })

  it('audits every allocation and the import in one intact chain', () => {
    importBankFile(t.db, ownFixtureBytes(RULES), RULES)
    const actions = t.db.select().from(auditLog).all().map((a) => a.action)
    expect(actions.filter((a) => a === 'allocation.create')).toHaveLength(6)
    expect(actions.at(-1)).toBe('bank.import')
    expect(verifyAudit(t.db)).toMatchObject({ ok: true })
  })

  it('stores an overlapping file once: only the new statement and entries are added', () => {
    importBankFile(t.db, ownFixtureBytes(RULES), RULES)
    const again = importBankFile(t.db, ownFixtureBytes(RULES), 'copy.sta')
    expect(again).toMatchObject({ newEntries: 0, duplicates: 8, autoMatched: 0, returns: 0, warnings: [] })
    const overlap = importBankFile(t.db, withNextStatement('1665,54'), 'overlap.sta')
    expect(overlap).toMatchObject({ statements: 2, newEntries: 1, duplicates: 8, unmatched: 1, warnings: [] })
    expect(rows(bankStatements)).toBe(2)
    expect(rows(bankEntries)).toBe(9)
    expect(invoiceByNumber(t.db, '2026-0001').openCents).toBe(12100)
    expect(t.db.select().from(bankAccounts).get()?.lastStatementDate).toBe('2026-01-13')
  })

  it('warns, and still imports, when a statement does not continue the previous closing balance', () => {
    importBankFile(t.db, ownFixtureBytes(RULES), RULES)
    const gap = importBankFile(t.db, withNextStatement('1500,00'), 'gap.sta')
    expect(gap.newEntries).toBe(1)
    expect(gap.warnings).toEqual([
      {
        code: 'continuity-gap',
        values: {
          account: { text: 'NL20INGB0001234567' },
          opening: { money: 150000 },
          openingDate: { date: '2026-01-12' },
          previous: { money: 166554 },
          previousDate: { date: '2026-01-12' },
          previousFile: { text: 'mt940-matching-rules.sta' }
        }
      }
    ])
    // worded and formatted in each language, for the preview, the summary and the CLI
    const [warning] = gap.warnings
    if (!warning) throw new Error('no warning')
    expect(renderBankWarning(warning, 'nl').replaceAll('\u00a0', ' ')).toBe(
      'NL20INGB0001234567: het beginsaldo van € 1.500,00 op 12 januari 2026 sluit niet aan op het eindsaldo van € 1.665,54 op 12 januari 2026 (mt940-matching-rules.sta): er ontbreekt mogelijk een afschrift'
    )
    expect(renderBankWarning(warning, 'fr')).toMatch(/^NL20INGB0001234567 : le solde d’ouverture de 1\u202f500,00\s€ au 12 janvier 2026 ne fait pas suite au solde de clôture de 1\u202f665,54\s€/)
    expect(warningTexts(gap)).toEqual([
      'NL20INGB0001234567: the opening balance of €1,500.00 on 12 January 2026 does not continue the closing balance of €1,665.54 on 12 January 2026 (mt940-matching-rules.sta): a statement may be missing'
    ])
  })

  it('shows the continuity warning in the preview, before anything is written', () => {
    importBankFile(t.db, ownFixtureBytes(RULES), RULES)
    const counts = [rows(bankStatements), rows(bankEntries), rows(allocations), rows(auditLog)]
    const { summary } = previewBankFile(t.db, withNextStatement('1500,00'), 'gap.sta')
    expect(summary).toMatchObject({ dryRun: true, newEntries: 1, duplicates: 8, warnings: [expect.objectContaining({ code: 'continuity-gap' })] })
    expect([rows(bankStatements), rows(bankEntries), rows(allocations), rows(auditLog)]).toEqual(counts)
  })

  it('imports nothing from a truncated file', () => {
    const auditBefore = rows(auditLog)
    const text = rulesText()
    expect(() => importBankFile(t.db, bytes(text.slice(0, text.indexOf(':62F:'))), 'cut.sta')).toThrow(
      /^cut\.sta: statement at line 4: no closing balance/
    )
    expect([rows(bankAccounts), rows(bankStatements), rows(bankEntries), rows(allocations), rows(auditLog)]).toEqual([0, 0, 0, 0, auditBefore])
  })

  it('matches CAMT.053 and CODA payments by RF and OGM reference, one transaction per file', () => {
    const camt = importBankFile(t.db, ownFixtureBytes('camt053-batch-return.xml'), 'camt.xml')
    // the Belgian account is a second account of the administration: confirmed
    expect(() => importBankFile(t.db, ownFixtureBytes('coda-globalised.cod'), 'g.cod')).toThrow(/BE68539007547034 is not among the bank accounts/)
    expect(camt).toMatchObject({ format: 'camt053', newEntries: 4, autoMatched: 3 })
    expect(invoiceByNumber(t.db, '2026-0002').openCents).toBe(15000)
    // "Factuur 2026-0042 deelbetaling": a partial payment found by invoice number
    expect(invoiceByNumber(t.db, '2026-0042').openCents).toBe(5000)
    expect(invoiceByNumber(t.db, '2026-0080').status).toBe('paid')
    const coda = importBankFile(t.db, ownFixtureBytes('coda-globalised.cod'), 'g.cod', { addAccounts: true })
    // the OGM payment finds its invoice already paid by the CAMT file; "Factuur 2026-0042" pays its last 50 euro
    expect(coda).toMatchObject({ format: 'coda', newEntries: 4, autoMatched: 1 })
    expect(invoiceByNumber(t.db, '2026-0042').status).toBe('paid')
    const accounts = t.db.select().from(bankAccounts).all().map((a) => a.account)
    expect(accounts.sort()).toEqual(['BE68539007547034', 'NL91ABNA0417164300'])
    const byId = t.db.select().from(bankEntries).where(eq(bankEntries.bankReference, 'REF0002/0001')).get()
    expect(byId).toMatchObject({ counterpartyName: 'Café Crème BV', status: 'partial', unappliedCents: 15000 })
  })
})

describe('dedupKeys', () => {
  const e = (bankReference: string | null, amountCents: number) => ({
    bookingDate: '2026-01-05',
    valueDate: '2026-01-05',
    amountCents,
    counterpartyName: 'X',
    counterpartyAccount: null,
    structuredReference: null,
    remittance: 'gift',
    bankReference,
    returnReason: null
  })

  it('keeps equal movements of one statement apart and gives overlapping files the same keys', () => {
    const list = [e('R1', 100), e('R1', 100), e('R1', 200), e(null, 500), e(null, 500)]
    const keys = dedupKeys(list)
    expect(new Set(keys).size).toBe(5)
    expect(keys.slice(0, 3)).toEqual(['ref:R1|2026-01-05|100', 'ref:R1|2026-01-05|100#2', 'ref:R1|2026-01-05|200'])
    expect(dedupKeys(list)).toEqual(keys)
  })
})

describe.skipIf(!hasSharedFixtures)('importing the shared fixtures', () => {
  it('imports every readable sample, and a second import of each adds nothing', () => {
    const all = ['camt053', 'mt940', 'coda'].flatMap((dir) =>
      readdirSync(join(SHARED_FIXTURES, dir))
        .filter((f) => !f.endsWith('.json') && !f.includes('wrong') && !f.includes('invalid'))
        .map((f) => join(SHARED_FIXTURES, dir, f))
    )
    let total = 0
    for (const file of all) total += importBankFile(t.db, readFileSync(file), file, { addAccounts: true }).newEntries
    expect(rows(bankEntries)).toBe(total)
    for (const file of all) expect(importBankFile(t.db, readFileSync(file), file).newEntries).toBe(0)
    expect(verifyAudit(t.db)).toMatchObject({ ok: true })
  })
})
