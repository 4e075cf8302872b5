// #13: an own bank account added by mistake can be removed, but never one that imported statements use.
import { count } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { administrationProfile, auditLog, bankAccounts, bankEntries, bankStatements } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { addBankAccount, listBankAccounts, removeBankAccount } from '../../../src/main/domains/payments/bank-accounts.service'
import { importBankFile, previewBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { AppError } from '../../../src/shared/errors'
import { cli } from '../../helpers/cli'
import { type TestDb, createTestDb, tempDir } from '../../helpers/db'
import { mt940 } from '../../helpers/mt940'
import { seedReceivables } from './bank-db'
import { ownFixture } from './bank-fixtures'

const OWN = 'NL20INGB0001234567'
const MISTAKE = 'NL91ABNA0417164300'
const payment = { date: '2026-01-05', amountCents: 12100, iban: 'NL39RABO0300065264', name: 'Jansen en Zn', remittance: 'Factuur 2026-0001' }

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
})
afterEach(() => t.close())

const counts = () => [bankAccounts, bankStatements, bankEntries, auditLog].map((table) => t.db.select({ n: count() }).from(table).get()?.n ?? 0)
const thrown = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (err) {
    return err
  }
  return null
}

describe('bank accounts of an administration', () => {
  it('adds an account by hand, which then guards the first import, and lists what uses each account', () => {
    expect(addBankAccount(t.db, { account: 'nl20 ingb 0001 2345 67', name: 'Zakelijk' })).toEqual({
      account: OWN, name: 'Zakelijk', currency: 'EUR', lastStatementDate: null, statements: 0, entries: 0, letterhead: false
    })
    // the statement of another account is no longer taken as the administration's first
    expect(previewBankFile(t.db, mt940([payment], { account: MISTAKE }), 'x.sta').summary.accounts).toEqual([{ account: MISTAKE, status: 'foreign' }])
    importBankFile(t.db, mt940([payment], { account: OWN }), 'own.sta')
    expect(listBankAccounts(t.db)).toMatchObject([{ account: OWN, statements: 1, entries: 1, lastStatementDate: '2026-01-05' }])
    expect(thrown(() => addBankAccount(t.db, { account: OWN }))).toMatchObject({ kind: 'conflict', field: 'account' })
    expect(thrown(() => addBankAccount(t.db, { account: 'NL20INGB0001234568' }))).toMatchObject({ kind: 'validation', message: 'NL20INGB0001234568 is not a valid IBAN' })
  })

  it('removes an account no statement uses, audited in the chain, and adding it back undoes it', () => {
    importBankFile(t.db, mt940([payment], { account: OWN }), 'own.sta')
    addBankAccount(t.db, { account: MISTAKE, name: 'Verkeerd' })
    expect(removeBankAccount(t.db, 'NL91 ABNA 0417 1643 00')).toEqual({ account: MISTAKE, name: 'Verkeerd', currency: 'EUR' })
    expect(listBankAccounts(t.db).map((a) => a.account)).toEqual([OWN])
    const audit = t.db.select().from(auditLog).all().at(-1)
    expect(audit).toMatchObject({ action: 'bank.account.remove', entity: 'bank_account', entityId: MISTAKE })
    expect(JSON.parse(audit?.dataJson ?? '{}')).toEqual({ account: MISTAKE, name: 'Verkeerd', currency: 'EUR' })
    expect(verifyAudit(t.db)).toMatchObject({ ok: true })
    // a statement of the removed account is foreign again
    expect(previewBankFile(t.db, mt940([payment], { account: MISTAKE }), 'x.sta').summary.accounts).toEqual([{ account: MISTAKE, status: 'foreign' }])
    addBankAccount(t.db, { account: MISTAKE, name: 'Verkeerd' })
    expect(listBankAccounts(t.db).map((a) => a.account)).toEqual([OWN, MISTAKE].sort())
  })

  it('refuses to remove an account imported statements use, naming it and the count, and changes nothing', () => {
    importBankFile(t.db, mt940([payment], { account: OWN }), 'own.sta')
    importBankFile(t.db, mt940([{ ...payment, date: '2026-01-09' }], { account: OWN, statement: '2', openingCents: 12100 }), 'own2.sta')
    const before = counts()
    const err = thrown(() => removeBankAccount(t.db, OWN))
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ kind: 'conflict', field: 'statements', message: `${OWN} cannot be removed: 2 imported statement(s) with 2 entries use it; nothing was changed` })
    expect(counts()).toEqual(before)
    expect(thrown(() => removeBankAccount(t.db, MISTAKE))).toMatchObject({ kind: 'not-found', field: 'account' })
  })

  it('lists the letterhead IBAN as the administration\'s own but leaves it to the profile', () => {
    t.db.insert(administrationProfile).values({ id: 1, name: 'Jansen Installatie', iban: 'NL91 ABNA 0417 1643 00' }).run()
    expect(listBankAccounts(t.db)).toEqual([{ account: MISTAKE, name: null, currency: 'EUR', lastStatementDate: null, statements: 0, entries: 0, letterhead: true }])
    expect(thrown(() => removeBankAccount(t.db, MISTAKE))).toMatchObject({ kind: 'conflict', field: 'letterhead' })
  })
})

describe('bank account list / add / remove on the command line', () => {
  it('adds, lists and removes with --json, and refuses an account in use with exit 1', async () => {
    const dir = tempDir()
    const env = { DEBITO_PASSPHRASE: 'geheim' }
    const d = ['--admin', 'Demo', '--data-dir', dir]
    expect((await cli(['admin', 'create', 'Demo', '--data-dir', dir], env)).code).toBe(0)
    expect((await cli(['bank', 'import', ownFixture('mt940-matching-rules.sta'), ...d], env)).code).toBe(0)
    expect(await cli(['bank', 'account', 'add', MISTAKE, '--name', 'Spaar', ...d], env)).toMatchObject({ code: 0, out: `added bank account ${MISTAKE}` })
    const listed = await cli(['bank', 'account', 'list', '--json', ...d], env)
    expect(JSON.parse(listed.out)).toEqual([
      { account: OWN, name: null, currency: 'EUR', lastStatementDate: '2026-01-12', statements: 1, entries: 8, letterhead: false },
      { account: MISTAKE, name: 'Spaar', currency: 'EUR', lastStatementDate: null, statements: 0, entries: 0, letterhead: false }
    ].sort((a, b) => a.account.localeCompare(b.account)))
    const removed = await cli(['bank', 'account', 'remove', MISTAKE, '--json', ...d], env)
    expect(removed).toMatchObject({ code: 0, err: '' })
    expect(JSON.parse(removed.out)).toEqual({ removed: { account: MISTAKE, name: 'Spaar', currency: 'EUR' } })
    const refused = await cli(['bank', 'account', 'remove', OWN, '--json', ...d], env)
    expect(refused).toMatchObject({ code: 1, out: '', err: `error: ${OWN} cannot be removed: 1 imported statement(s) with 8 entries use it; nothing was changed` })
    expect((await cli(['bank', 'account', 'list', ...d], env)).out).toBe(`${OWN}\t-\t1 statement(s)\t8 entries`)
    expect(await cli(['bank', 'account', 'remove', ...d], env)).toMatchObject({ code: 2 })
    expect((await cli(['--help'], env)).out).toContain('bank account remove')
  })
})
