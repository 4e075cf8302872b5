import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
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
})
