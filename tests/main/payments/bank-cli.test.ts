import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { mt940 } from '../../helpers/mt940'
import { invoiceByNumber, seedReceivables } from './bank-db'
import { SHARED_FIXTURES, hasSharedFixtures, ownFixture } from './bank-fixtures'

const ENTRY_KEYS = ['bookingDate', 'valueDate', 'amountCents', 'counterpartyName', 'counterpartyAccount', 'structuredReference', 'remittance', 'bankReference']

describe('bank parse', () => {
  it('prints the normalized model in its exact shape', async () => {
    const r = await cli(['bank', 'parse', ownFixture('coda-globalised.cod')])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as { format: string; statements: Record<string, unknown>[]; warnings: string[] }
    expect(Object.keys(json)).toEqual(['format', 'statements', 'warnings'])
    const [s] = json.statements
    expect(Object.keys(s ?? {})).toEqual(['account', 'currency', 'opening', 'closing', 'entries'])
    const entries = (s?.entries ?? []) as Record<string, unknown>[]
    expect(entries.map((e) => Object.keys(e))).toEqual(entries.map(() => ENTRY_KEYS))
    expect(entries[0]).toEqual({
      bookingDate: '2026-01-05',
      valueDate: '2026-01-05',
      amountCents: 12100,
      counterpartyName: 'Brasserie Het Anker',
      counterpartyAccount: 'BE68539007547034',
      structuredReference: '010806817183',
      remittance: null,
      bankReference: 'REF0001'
    })
  })

  it('exits 1 with one line naming the file, place and problem', async () => {
    const missing = await cli(['bank', 'parse', '/nonexistent/x.sta'])
    expect(missing).toMatchObject({ code: 1, err: 'error: /nonexistent/x.sta: cannot read the file: ENOENT' })
    expect((await cli(['bank', 'parse'])).code).toBe(2)
  })

  it.skipIf(!hasSharedFixtures)('refuses the deliberately broken genkgo sample', async () => {
    const file = join(SHARED_FIXTURES, 'camt053', 'genkgo-camt053.v2.wrong.xml')
    const r = await cli(['bank', 'parse', file])
    expect(r.code).toBe(1)
    expect(r.err).toBe(`error: ${file}: BkToCstmrStmt: no <Stmt> statement in the file`)
  })
})

describe('bank import', () => {
  it('imports into an administration, prints the summary and guards freshness', async () => {
    const dir = tempDir()
    const env = { DEBITO_PASSPHRASE: 'geheim' }
    expect((await cli(['admin', 'create', 'Demo', '--data-dir', dir], env)).code).toBe(0)
    const admin = await createAdministrations(dir).open('Demo', { passphrase: 'geheim' })
    seedReceivables(admin.db)
    admin.close()

    const file = ownFixture('mt940-matching-rules.sta')
    const r = await cli(['bank', 'import', file, '--admin', 'Demo', '--data-dir', dir], env)
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(r.out.split('\n')).toEqual([
      `${file}: mt940, 1 statement(s)`,
      'new entries: 8, duplicates skipped: 0',
      'auto-matched: 4, returns re-opened: 1, proposals: 2, unmatched: 1',
      'risk scores recomputed for 4 customer(s)'
    ])
    const again = await cli(['bank', 'import', file, '--admin', 'Demo', '--data-dir', dir], env)
    expect(again.out).toContain('new entries: 0, duplicates skipped: 8')

    const reopened = await createAdministrations(dir).open('Demo', { passphrase: 'geheim' })
    expect(invoiceByNumber(reopened.db, '2026-0043').status).toBe('paid')
    reopened.close()
    expect(await cli(['bank', 'import', file, '--data-dir', dir], env)).toMatchObject({ code: 2, err: expect.stringMatching(/--admin is required/) })

    const d = ['--admin', 'Demo', '--data-dir', dir]
    const fresh = await cli(['bank', 'freshness', '--as-of', '2026-01-15', ...d], env)
    expect(fresh).toMatchObject({ code: 0, out: 'NL20INGB0001234567\t2026-01-12\t3 days\nok (stale after 7 days, mode warn)' })
    const blocked = await cli(['bank', 'freshness', '--as-of', '2026-01-20', '--max-age', '5', '--mode', 'block', ...d], env)
    expect(blocked.out.split('\n')).toEqual([
      'NL20INGB0001234567\t2026-01-12\t8 days\tstale',
      'block (stale after 5 days, mode block): bank data older than 5 days: NL20INGB0001234567 (last statement 2026-01-12)'
    ])
    expect(await cli(['bank', 'freshness', '--mode', 'never', ...d], env)).toMatchObject({ code: 2, err: expect.stringMatching(/--mode must be warn or block/) })
  })

  it('refuses a statement of another account without --add-account, shows it with --dry-run, and warns in words', async () => {
    const dir = tempDir()
    const env = { DEBITO_PASSPHRASE: 'geheim' }
    const d = ['--admin', 'Demo', '--data-dir', dir]
    expect((await cli(['admin', 'create', 'Demo', '--data-dir', dir], env)).code).toBe(0)
    expect((await cli(['bank', 'import', ownFixture('mt940-matching-rules.sta'), ...d], env)).code).toBe(0)

    const other = ownFixture('coda-globalised.cod')
    const refused = await cli(['bank', 'import', other, ...d], env)
    expect(refused).toMatchObject({ code: 1, out: '' })
    expect(refused.err).toBe(
      `error: ${other}: BE68539007547034 is not among the bank accounts of this administration (NL20INGB0001234567); nothing was imported. Check that the statement belongs to this administration, or confirm adding the account (--add-account).`
    )
    const dry = await cli(['bank', 'import', other, '--dry-run', ...d], env)
    expect(dry).toMatchObject({ code: 0 })
    expect(dry.out.split('\n')).toEqual([
      `${other}: coda, 1 statement(s)`,
      "account BE68539007547034: not one of the administration's accounts; importing needs --add-account",
      'new entries: 4, duplicates skipped: 0',
      'auto-matched: 0, returns re-opened: 0, proposals: 0, unmatched: 3',
      'warning: BE68539007547034 is not one of the bank accounts of this administration (NL20INGB0001234567): check that this statement belongs here. It is only added as a new account when you confirm.',
      'dry run: nothing was written'
    ])
    const added = await cli(['bank', 'import', other, '--add-account', ...d], env)
    expect(added).toMatchObject({ code: 0 })
    expect(added.out).toContain('account BE68539007547034: added to the administration\nnew entries: 4, duplicates skipped: 0')
    const fresh = await cli(['bank', 'freshness', '--as-of', '2026-01-15', ...d], env)
    expect(fresh.out.split('\n').slice(0, 2)).toEqual(['BE68539007547034\t2026-01-05\t10 days\tstale', 'NL20INGB0001234567\t2026-01-12\t3 days'])

    // a statement that does not continue the previous one: the continuity warning, amounts and dates in words
    const next = join(dir, 'next.sta')
    writeFileSync(next, mt940([{ date: '2026-01-14', amountCents: 2500, iban: 'NL77INGB0009876543', name: 'Onbekend', remittance: 'gift' }], { openingCents: 100_000 }))
    const gap = await cli(['bank', 'import', next, ...d], env)
    expect(gap.out.split('\n')).toContain(
      `warning: NL20INGB0001234567: the opening balance of €1,000.00 on 14 January 2026 does not continue the closing balance of €1,665.54 on 12 January 2026 (${ownFixture('mt940-matching-rules.sta')}): a statement may be missing`
    )
  })
})
