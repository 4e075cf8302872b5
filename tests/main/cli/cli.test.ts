import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'

describe('CLI', () => {
  it('manages administrations end to end in a data folder', async () => {
    const dir = tempDir()
    const env = { DEBITO_PASSPHRASE: 'geheim', DEBITO_BACKUP_PASSPHRASE: 'reserve' }
    const d = ['--data-dir', dir]
    expect(await cli(['admin', 'create', 'Bakkerij Jansen', '--country', 'NL', ...d], env)).toMatchObject({ code: 0, out: expect.stringMatching(/created administration "Bakkerij Jansen"/) })
    expect(await cli(['admin', 'create', 'Brasserie', '--country', 'FR', ...d], env)).toMatchObject({ code: 2, err: expect.stringMatching(/--country must be one of NL, BE/) })
    expect((await cli(['admin', 'list', '--json', ...d])).out).toMatch(/"name":"Bakkerij Jansen"/)
    expect(await cli(['admin', 'rename', 'Bakkerij Jansen', 'Jansen B.V.', ...d])).toMatchObject({ code: 0 })
    expect(await cli(['verify-audit', 'Jansen B.V.', ...d], env)).toMatchObject({ code: 0, out: expect.stringMatching(/audit log intact: 1 entries/) })

    const backup = join(tempDir(), 'jansen.bak')
    expect(await cli(['backup', 'Jansen B.V.', backup, ...d], env)).toMatchObject({ code: 0 })
    expect(await cli(['restore', backup, '--name', 'Jansen kopie', ...d], { ...env, DEBITO_BACKUP_PASSPHRASE: 'fout' })).toMatchObject({ code: 1, err: expect.stringMatching(/^error: Wrong passphrase/) })
    expect(await cli(['restore', backup, '--name', 'Jansen kopie', ...d], env)).toMatchObject({ code: 0 })
    expect(await cli(['rekey', 'Jansen kopie', ...d], { ...env, DEBITO_NEW_PASSPHRASE: 'nieuw' })).toMatchObject({ code: 0 })
    expect(await cli(['verify-audit', 'Jansen kopie', ...d], env)).toMatchObject({ code: 1, err: 'error: Wrong passphrase, or not a Debito database.' })
    expect(await cli(['verify-audit', 'Jansen kopie', ...d], { DEBITO_PASSPHRASE: 'nieuw' })).toMatchObject({ code: 0, out: expect.stringMatching(/3 entries/) })
    expect(await cli(['admin', 'archive', 'Jansen kopie', ...d])).toMatchObject({ code: 0 })
    expect((await cli(['admin', 'list', ...d])).out).not.toMatch(/kopie/)
  })

  it('reports a broken audit chain with exit 1 naming the entry', async () => {
    const dir = tempDir()
    await cli(['admin', 'create', 'T', '--data-dir', dir], { DEBITO_PASSPHRASE: 'p' })
    const admin = await createAdministrations(dir).open('T', { passphrase: 'p' })
    admin.db.$client.prepare("UPDATE audit_log SET action = 'forged' WHERE seq = 1").run()
    admin.close()
    expect(await cli(['verify-audit', 'T', '--data-dir', dir], { DEBITO_PASSPHRASE: 'p' })).toMatchObject({ code: 1, err: expect.stringMatching(/broken at entry 1/) })
  })

  it('answers --help everywhere and exits 2 on wrong usage', async () => {
    const overview = await cli(['--help'])
    expect(overview.code).toBe(0)
    for (const c of ['admin create', 'admin list', 'backup', 'restore', 'rekey', 'verify-audit']) expect(overview.out).toContain(c)
    expect(await cli(['backup', '--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: npm run cli -- backup --admin <name> <backup-file>/) })
    expect((await cli([])).code).toBe(2)
    expect((await cli(['frobnicate'])).code).toBe(2)
    expect((await cli(['admin', 'create'])).code).toBe(2)
    expect((await cli(['admin', 'list', '--bogus'])).code).toBe(2)
    expect((await cli(['restore', 'x.bak'])).code).toBe(2)
  })

  it('takes --admin <name> on every command that works on one administration, the name as first argument too', async () => {
    const dir = tempDir()
    const env = { DEBITO_PASSPHRASE: 'geheim', DEBITO_BACKUP_PASSPHRASE: 'reserve' }
    const d = ['--data-dir', dir]
    await cli(['admin', 'create', 'Bakkerij Jansen', ...d], env)
    expect(await cli(['admin', 'rename', '--admin', 'Bakkerij Jansen', 'Jansen B.V.', ...d])).toMatchObject({ code: 0, out: 'renamed to "Jansen B.V."' })
    expect(await cli(['verify-audit', '--admin', 'Jansen B.V.', ...d], env)).toMatchObject({ code: 0, out: expect.stringMatching(/^audit log intact: 1 entries/) })
    const backup = join(tempDir(), 'jansen.debito-backup')
    expect(await cli(['backup', '--admin', 'Jansen B.V.', backup, ...d], env)).toMatchObject({ code: 0, out: expect.stringMatching(/^backup written to .*audit anchor: 1 entries/) })
    expect(await cli(['rekey', '--admin', 'Jansen B.V.', ...d], env)).toMatchObject({ code: 0 })
    expect(await cli(['admin', 'archive', '--admin', 'Jansen B.V.', ...d])).toMatchObject({ code: 0, out: 'Jansen B.V. is archived' })
    expect(await cli(['admin', 'archive', 'Jansen B.V.', '--undo', ...d])).toMatchObject({ code: 0, out: 'Jansen B.V. is active again' })
    // neither form, or both at once, is wrong usage
    expect(await cli(['verify-audit', ...d], env)).toMatchObject({ code: 2, err: expect.stringMatching(/--admin <name> is required/) })
    expect((await cli(['backup', '--admin', 'Jansen B.V.', 'Jansen B.V.', backup, ...d], env)).code).toBe(2)
  })

  it('fails with one line when no passphrase can be had', async () => {
    const r = await cli(['admin', 'create', 'Z', '--data-dir', tempDir()])
    expect(r.code).toBe(1)
    expect(r.err.split('\n')).toHaveLength(1)
  })
})
