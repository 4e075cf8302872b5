// #13 item 12: a statement of an account that is not the administration's own (another client's file)
// is not imported without the user's confirmation, and the preview names the account first.
import { count } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { administrationProfile, allocations, auditLog, bankAccounts, bankEntries, bankStatements } from '../../../src/main/db/schema'
import { importBankFile, previewBankFile, warningTexts } from '../../../src/main/domains/payments/bank-import.service'
import { bankFreshness } from '../../../src/main/domains/payments/freshness.service'
import { AppError } from '../../../src/shared/errors'
import { renderBankWarning } from '../../../src/shared/domains/payments/warnings/render'
import { type TestDb, createTestDb } from '../../helpers/db'
import { mt940 } from '../../helpers/mt940'
import { seedReceivables } from './bank-db'

const OWN = 'NL20INGB0001234567'
const OTHER = 'NL91ABNA0417164300'
const payment = { date: '2026-01-05', amountCents: 12100, iban: 'NL39RABO0300065264', name: 'Jansen en Zn', remittance: 'Factuur 2026-0001' }
const statement = (account: string) => mt940([payment], { account, statement: account.slice(-4) })

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
})
afterEach(() => t.close())

const counts = () => [bankAccounts, bankStatements, bankEntries, allocations, auditLog].map((table) => t.db.select({ n: count() }).from(table).get()?.n ?? 0)

describe('a statement of another account', () => {
  it('takes the accounts of the first statement as the administration\'s own', () => {
    expect(importBankFile(t.db, statement(OWN), 'own.sta')).toMatchObject({ accounts: [{ account: OWN, status: 'new' }], warnings: [] })
    expect(previewBankFile(t.db, statement(OWN), 'own.sta').summary.accounts).toEqual([{ account: OWN, status: 'known' }])
  })

  it('is named in the preview, refused without confirmation and changes nothing', () => {
    importBankFile(t.db, statement(OWN), 'own.sta')
    const before = counts()
    const { summary } = previewBankFile(t.db, statement(OTHER), 'other.sta')
    expect(summary.accounts).toEqual([{ account: OTHER, status: 'foreign' }])
    expect(summary.warnings[0]).toEqual({ code: 'foreign-account', values: { account: { text: OTHER }, known: { text: OWN } } })
    expect(renderBankWarning(summary.warnings[0]!, 'nl')).toBe(
      `${OTHER} is geen bankrekening van deze administratie (${OWN}): controleer of dit afschrift hier hoort. De rekening wordt alleen toegevoegd als u dat bevestigt.`
    )
    expect(counts()).toEqual(before)

    const refused = (() => {
      try {
        importBankFile(t.db, statement(OTHER), 'other.sta')
      } catch (err) {
        return err
      }
      return null
    })()
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({ kind: 'conflict', field: 'addAccounts' })
    expect((refused as Error).message).toBe(
      `other.sta: ${OTHER} is not among the bank accounts of this administration (${OWN}); nothing was imported. Check that the statement belongs to this administration, or confirm adding the account (--add-account).`
    )
    expect(counts()).toEqual(before)
    // the freshness guard still looks at the administration's own account only
    expect(bankFreshness(t.db, '2026-01-06').map((a) => a.account)).toEqual([OWN])
  })

  it('is imported as a new account of the administration once the user confirms', () => {
    importBankFile(t.db, statement(OWN), 'own.sta')
    const s = importBankFile(t.db, statement(OTHER), 'other.sta', { addAccounts: true })
    expect(s).toMatchObject({ newEntries: 1, accounts: [{ account: OTHER, status: 'foreign' }] })
    expect(warningTexts(s)[0]).toMatch(/^NL91ABNA0417164300 is not one of the bank accounts of this administration \(NL20INGB0001234567\)/)
    expect(t.db.select().from(bankAccounts).all().map((a) => a.account).sort()).toEqual([OWN, OTHER].sort())
    const audit = t.db.select().from(auditLog).all().filter((a) => a.action === 'bank.import').at(-1)
    expect(JSON.parse(audit?.dataJson ?? '{}')).toMatchObject({ addedAccounts: [OTHER] })
    // known from now on
    expect(previewBankFile(t.db, statement(OTHER), 'other.sta').summary.accounts).toEqual([{ account: OTHER, status: 'known' }])
  })

  it('knows the IBAN on the letterhead before any statement was imported', () => {
    t.db.insert(administrationProfile).values({ id: 1, name: 'Jansen Installatie', iban: 'NL20 INGB 0001 2345 67' }).run()
    expect(previewBankFile(t.db, statement(OWN), 'own.sta').summary.accounts).toEqual([{ account: OWN, status: 'known' }])
    expect(previewBankFile(t.db, statement(OTHER), 'other.sta').summary.accounts).toEqual([{ account: OTHER, status: 'foreign' }])
    expect(() => importBankFile(t.db, statement(OTHER), 'other.sta')).toThrow(/not among the bank accounts/)
  })
})
