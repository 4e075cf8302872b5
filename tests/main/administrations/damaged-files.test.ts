// A missing, empty or truncated database file is refused with a clear error, never silently rebuilt;
// it can be restored from a backup in place, keeping the damaged file.
import { copyFileSync, cpSync, existsSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { customers } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { readRegistry } from '../../../src/main/domains/administrations/registry'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { rejection } from '../../helpers/errors'

const pw = { passphrase: 'bakkerij 2026' }

// unlocking costs a deliberate scrypt: the administration is made once and each test gets a copy
let template: string
beforeAll(async () => {
  template = tempDir()
  await createAdministrations(template).create({ name: 'Bakkerij Jansen', unlock: pw })
  const open = await createAdministrations(template).open('Bakkerij Jansen', pw)
  withWrite(open.db, (tx) => {
    for (let i = 0; i < 400; i++) tx.insert(customers).values({ code: `K${i}`, name: `Klant ${i} ${'x'.repeat(60)}` }).run()
  })
  open.close()
})

function administrationWithData() {
  const dir = tempDir()
  cpSync(template, dir, { recursive: true })
  return { dir, admins: createAdministrations(dir), file: join(dir, readRegistry(dir).administrations[0]!.file) }
}

describe('a damaged administration', () => {
  it('an empty file is refused as damaged, and nothing (CLI import, verify-audit) rebuilds it', async () => {
    const { dir, admins, file } = administrationWithData()
    truncateSync(file, 0)
    const err = await rejection(admins.open('Bakkerij Jansen', pw))
    expect(err).toMatchObject({ kind: 'damaged' })
    expect(err.message).toMatch(/^The database of "Bakkerij Jansen" cannot be opened: .* is empty \(0 bytes\)\. Restore it from a backup\.$/)
    const env = { DEBITO_PASSPHRASE: pw.passphrase }
    expect(await cli(['verify-audit', '--admin', 'Bakkerij Jansen', '--data-dir', dir], env)).toMatchObject({ code: 1, err: expect.stringMatching(/cannot be opened: .*empty/) })
    const csv = join(tempDir(), 'open.csv')
    writeFileSync(csv, 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag\nK1;Jansen;F1;01-01-2026;31-01-2026;100,00\n')
    expect(await cli(['import', csv, '--admin', 'Bakkerij Jansen', '--data-dir', dir], env)).toMatchObject({ code: 1 })
    expect(statSync(file).size).toBe(0)
  })

  it('a missing file is refused and not created', async () => {
    const { admins, file } = administrationWithData()
    rmSync(file)
    rmSync(`${file}-wal`, { force: true })
    expect((await rejection(admins.open('Bakkerij Jansen', pw))).message).toMatch(/does not exist\. Restore it from a backup/)
    expect(existsSync(file)).toBe(false)
  })

  it('a truncated file says it is damaged, not that the passphrase is wrong', async () => {
    const { admins, file } = administrationWithData()
    for (const cut of [100, Math.floor(statSync(file).size / 2)]) {
      const copy = `${file}.orig`
      copyFileSync(file, copy)
      truncateSync(file, cut)
      expect(await rejection(admins.open('Bakkerij Jansen', pw))).toMatchObject({ kind: 'damaged' })
      copyFileSync(copy, file)
    }
    expect(await rejection(admins.open('Bakkerij Jansen', { passphrase: 'verkeerd' }))).toMatchObject({ kind: 'wrong-passphrase' })
  })

  it('is restored in place from a backup, under its own name and passphrase; the damaged file is kept', async () => {
    const { admins, file } = administrationWithData()
    const backup = join(tempDir(), 'jansen.debito-backup')
    await admins.backup('Bakkerij Jansen', pw, backup, 'reserve-sleutel')
    truncateSync(file, 4096)
    expect(await rejection(admins.restoreInto('Bakkerij Jansen', { source: { path: backup }, backupPassphrase: 'fout', unlock: pw }))).toMatchObject({ kind: 'wrong-passphrase' })
    expect(await rejection(admins.restoreInto('Bakkerij Jansen', { source: { path: backup }, backupPassphrase: 'reserve-sleutel', unlock: { passphrase: 'fout' } }))).toMatchObject({ kind: 'wrong-passphrase' })
    expect(statSync(file).size).toBe(4096) // nothing changed by the refused attempts
    await admins.restoreInto('Bakkerij Jansen', { source: { path: backup }, backupPassphrase: 'reserve-sleutel', unlock: pw })
    const open = await admins.open('Bakkerij Jansen', pw)
    expect(open.db.select().from(customers).all()).toHaveLength(400)
    expect(admins.verifyAudit('Bakkerij Jansen', open.db)).toMatchObject({ chain: { ok: true }, anchor: { status: 'match' } })
    open.close()
    expect(readdirSync(dirname(file)).filter((f) => f.startsWith('debito.db.damaged-'))).toHaveLength(1)
  })
})
