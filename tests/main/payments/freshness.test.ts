import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { bankFreshness, freshnessGuard, freshnessSettings, setFreshnessSettings } from '../../../src/main/domains/payments/freshness.service'
import { type TestDb, createTestDb } from '../../helpers/db'
import { ownFixtureBytes } from './bank-fixtures'

let t: TestDb
beforeEach(() => {
  t = createTestDb()
})
afterEach(() => t.close())

describe('freshness guard', () => {
  it('warns by default when nothing has been imported yet', () => {
    expect(freshnessSettings(t.db)).toEqual({ maxAgeDays: 7, mode: 'warn' })
    expect(freshnessGuard(t.db, '2026-01-10')).toMatchObject({ level: 'warn', message: 'no bank statement has been imported yet: payments may be missing' })
  })

  it('reports per account the last statement date, its age and whether it is stale', () => {
    importBankFile(t.db, ownFixtureBytes('mt940-matching-rules.sta'), 'ing.sta')
    importBankFile(t.db, ownFixtureBytes('coda-globalised.cod'), 'kbc.cod', { addAccounts: true })
    expect(bankFreshness(t.db, '2026-01-13', 7)).toEqual([
      { account: 'BE68539007547034', lastStatementDate: '2026-01-05', ageDays: 8, stale: true },
      { account: 'NL20INGB0001234567', lastStatementDate: '2026-01-12', ageDays: 1, stale: false }
    ])
    expect(bankFreshness(t.db, '2026-01-12', 7).every((a) => !a.stale)).toBe(true)
  })

  it('warns or blocks the dunning proposal as set, and validates the settings', () => {
    importBankFile(t.db, ownFixtureBytes('coda-globalised.cod'), 'kbc.cod')
    expect(freshnessGuard(t.db, '2026-01-12')).toMatchObject({ level: 'ok', message: null })
    expect(freshnessGuard(t.db, '2026-01-13')).toMatchObject({
      level: 'warn',
      message: 'bank data older than 7 days: BE68539007547034 (last statement 2026-01-05)'
    })
    setFreshnessSettings(t.db, { mode: 'block', maxAgeDays: 10 })
    expect(freshnessGuard(t.db, '2026-01-13').level).toBe('ok')
    expect(freshnessGuard(t.db, '2026-01-16')).toMatchObject({ level: 'block', settings: { maxAgeDays: 10, mode: 'block' } })
    expect(() => setFreshnessSettings(t.db, { maxAgeDays: -1 })).toThrow(/whole number of days/)
    expect(() => setFreshnessSettings(t.db, { mode: 'never' as 'warn' })).toThrow('mode is warn or block')
    expect(freshnessSettings(t.db)).toEqual({ maxAgeDays: 10, mode: 'block' })
  })
})
