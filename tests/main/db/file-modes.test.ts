// Database files, their WAL, backups and the registry are the owner's only (0600), their folders 0700.
import { chmodSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { vacuumInto } from '../../../src/main/db/backup'
import { withWrite } from '../../../src/main/db/connection'
import { customers } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { readRegistry, registryPath } from '../../../src/main/domains/administrations/registry'
import { tempDir } from '../../helpers/db'

const mode = (file: string) => statSync(file).mode & 0o777
const pw = { passphrase: 'modus 0600' }

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('the database, its WAL, a backup, a pre-migration copy and the registry are 0600', async () => {
    const dir = tempDir()
    const admins = createAdministrations(dir)
    await admins.create({ name: 'Modus', unlock: pw })
    const open = await admins.open('Modus', pw)
    withWrite(open.db, (tx) => tx.insert(customers).values({ code: 'K1', name: 'Klant' }).run())
    const file = join(dir, readRegistry(dir).administrations[0]!.file)
    expect(mode(file)).toBe(0o600)
    expect(mode(`${file}-wal`)).toBe(0o600)
    const copy = join(dir, 'copy.db')
    vacuumInto(open.db, copy)
    expect(mode(copy)).toBe(0o600)
    open.close()
    const backup = join(dir, 'modus.debito-backup')
    await admins.backup('Modus', pw, backup, 'reserve')
    expect(mode(backup)).toBe(0o600)
    expect(mode(registryPath(dir))).toBe(0o600)
    expect(mode(join(dir, 'administrations', readRegistry(dir).administrations[0]!.id))).toBe(0o700)
  })

  it('a file an older Debito left readable by others is made 0600 when it is opened', async () => {
    const dir = tempDir()
    const admins = createAdministrations(dir)
    await admins.create({ name: 'Oud', unlock: pw })
    const entry = readRegistry(dir).administrations[0]!
    const file = join(dir, entry.file)
    chmodSync(file, 0o644)
    ;(await admins.open('Oud', pw)).close()
    expect(mode(file)).toBe(0o600)
  })
})
