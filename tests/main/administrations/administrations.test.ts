import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { customers } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { registryPath } from '../../../src/main/domains/administrations/registry'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { tempDir } from '../../helpers/db'
import { kindOf } from '../../helpers/errors'

const pw = (passphrase: string) => ({ passphrase })

describe('administrations', () => {
  it('creates, lists, renames and archives without losing the file', async () => {
    const dir = tempDir()
    const admins = createAdministrations(dir)
    const a = await admins.create({ name: 'Bakkerij Jansen', country: 'NL', unlock: pw('a') })
    await admins.create({ name: 'Brasserie Dupont', country: 'BE', unlock: pw('b') })
    expect(admins.list().map((x) => x.name)).toEqual(['Bakkerij Jansen', 'Brasserie Dupont'])
    expect(await kindOf(admins.create({ name: 'bakkerij jansen', unlock: pw('c') }))).toBe('conflict')
    expect(await kindOf(admins.create({ name: '   ', unlock: pw('c') }))).toBe('validation')
    admins.rename(a.id, 'Bakkerij Jansen & Zn')
    admins.archive('Bakkerij Jansen & Zn')
    expect(admins.list().map((x) => x.name)).toEqual(['Brasserie Dupont'])
    expect(admins.list({ includeArchived: true }).find((x) => x.id === a.id)).toMatchObject({ archived: true, name: 'Bakkerij Jansen & Zn' })
    const opened = await admins.open(a.id, pw('a'))
    expect(verifyAudit(opened.db)).toMatchObject({ ok: true, count: 1 })
    opened.close()
    // the registry holds wrapped keys only; the one 64-hex value is the audit anchor's head hash
    const registryText = readFileSync(registryPath(dir), 'utf8')
    expect(registryText.replace(/"headHash": "[0-9a-f]{64}"/g, '')).not.toMatch(/[0-9a-f]{64}/)
  })

  it('keeps every administration in its own database', async () => {
    const admins = createAdministrations(tempDir())
    await admins.create({ name: 'Eén', unlock: pw('1') })
    await admins.create({ name: 'Twee', unlock: pw('2') })
    const one = await admins.open('Eén', pw('1'))
    withWrite(one.db, (tx) => tx.insert(customers).values({ code: 'K1', name: 'Alleen in één' }).run())
    one.close()
    const two = await admins.open('Twee', pw('2'))
    expect(two.db.select().from(customers).all()).toEqual([])
    two.close()
  })

  it('gives a typed error for a wrong passphrase or an unknown administration', async () => {
    const admins = createAdministrations(tempDir())
    await admins.create({ name: 'X', unlock: pw('right') })
    expect(await kindOf(admins.open('X', pw('wrong')))).toBe('wrong-passphrase')
    expect(await kindOf(admins.open('Y', pw('right')))).toBe('not-found')
  })

  it('backs up with a backup passphrase and restores on a new machine', async () => {
    const office = createAdministrations(tempDir())
    await office.create({ name: 'Kantoor', unlock: pw('dagelijks') })
    const live = await office.open('Kantoor', pw('dagelijks'))
    withWrite(live.db, (tx) => tx.insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run())
    live.close()
    const file = join(tempDir(), 'kantoor.debito-backup')
    await office.backup('Kantoor', pw('dagelijks'), file, 'backup-geheim')
    expect(readFileSync(file).includes(Buffer.from('Vandersteen'))).toBe(false)
    expect(await kindOf(office.backup('Kantoor', pw('dagelijks'), file, 'x'))).toBe('conflict')

    const laptop = createAdministrations(tempDir())
    expect(await kindOf(laptop.restore({ source: { path: file }, backupPassphrase: 'fout', name: 'Kantoor', unlock: pw('nieuw') }))).toBe('wrong-passphrase')
    expect(laptop.list()).toEqual([])
    const restored = await laptop.restore({ source: { path: file }, backupPassphrase: 'backup-geheim', name: 'Kantoor', unlock: pw('nieuw') })
    const db = (await laptop.open(restored.id, pw('nieuw'))).db
    expect(db.select({ name: customers.name }).from(customers).all()).toEqual([{ name: 'Vandersteen' }])
    expect(verifyAudit(db)).toMatchObject({ ok: true, count: 2 })
    db.$client.close()
    expect(await kindOf(laptop.open(restored.id, pw('backup-geheim')))).toBe('wrong-passphrase')
  })

  it('re-keys to a new passphrase: the data stays and the old passphrase stops working', async () => {
    const dir = tempDir()
    const admins = createAdministrations(dir)
    const a = await admins.create({ name: 'R', unlock: pw('oud') })
    const live = await admins.open('R', pw('oud'))
    withWrite(live.db, (tx) => tx.insert(customers).values({ code: 'K', name: 'Blijft' }).run())
    live.close()
    const before = readFileSync(join(dir, 'administrations', a.id, 'debito.db'))
    await admins.rekey('R', pw('oud'), pw('nieuw'))
    expect(readFileSync(join(dir, 'administrations', a.id, 'debito.db')).subarray(0, 4096).equals(before.subarray(0, 4096))).toBe(false)
    expect(await kindOf(admins.open('R', pw('oud')))).toBe('wrong-passphrase')
    const after = await admins.open('R', pw('nieuw'))
    expect(after.db.select({ name: customers.name }).from(customers).all()).toEqual([{ name: 'Blijft' }])
    after.close()
    expect(existsSync(join(dir, 'administrations', a.id, 'debito.db-wal'))).toBe(false)
  })
})
