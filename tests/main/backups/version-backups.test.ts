// The copies Debito takes of every administration before the first start of a new version.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openEncryptedDatabase, withWrite } from '../../../src/main/db/connection'
import { unwrapKey } from '../../../src/main/db/key-store'
import { customers } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { readRegistry } from '../../../src/main/domains/administrations/registry'
import { backupBeforeNewVersion, KEPT_VERSION_BACKUPS } from '../../../src/main/domains/backups/version-backups'
import { createAppServices } from '../../../src/main/session/app-services'
import { createSession } from '../../../src/main/session/session'
import { tempDir } from '../../helpers/db'
import { fakeSafeStorage } from '../../helpers/safe-storage'

// device keys unlock in a millisecond, so a test can tell "waited" from "was slow"
const device = { device: fakeSafeStorage() }
const copiesOf = (dataDir: string, id: string) => {
  const dir = join(dataDir, 'administrations', id, 'backups')
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.includes('-before-')).sort() : []
}
const at = (iso: string) => new Date(iso)

/** Two administrations, one archived, the first with a customer in it; 0.1.0 ran last. */
let template: { dataDir: string; jansen: string; dupont: string }
beforeAll(async () => {
  const dataDir = tempDir('debito-versions-')
  const admins = createAdministrations(dataDir)
  const jansen = await admins.create({ name: 'Jansen', unlock: device })
  const dupont = await admins.create({ name: 'Dupont', unlock: device })
  admins.archive(dupont.id)
  const open = await admins.open(jansen.id, device)
  withWrite(open.db, (tx) => tx.insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run())
  open.close()
  await backupBeforeNewVersion(dataDir, '0.1.0', at('2026-01-01T08:00:00Z'))
  template = { dataDir, jansen: jansen.id, dupont: dupont.id }
})

/** A fresh copy of the office for one test. */
function officeWithTwo() {
  const dataDir = tempDir('debito-versions-')
  cpSync(template.dataDir, dataDir, { recursive: true })
  return { ...template, dataDir }
}

describe('backups before a new version', () => {
  it('copies every administration, archived ones too, encrypted with its own key', async () => {
    const { dataDir, jansen, dupont } = officeWithTwo()
    expect(copiesOf(dataDir, jansen)).toHaveLength(1) // the first start of 0.1.0 found both without a recorded version

    const outcome = await backupBeforeNewVersion(dataDir, '0.2.0', at('2026-06-30T10:15:00Z'))
    expect(outcome).toMatchObject({ previous: '0.1.0', current: '0.2.0', failed: [], missing: [] })
    expect(outcome.copied.sort()).toEqual([jansen, dupont].sort())
    const [, copy] = copiesOf(dataDir, jansen)
    expect(copy).toBe('20260630T101500Z-before-0.2.0.db')
    const file = join(dataDir, 'administrations', jansen, 'backups', copy ?? '')
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    // the administration's own (wrapped) key opens the copy, with the data in it
    const entry = readRegistry(dataDir).administrations.find((e) => e.id === jansen)
    if (!entry) throw new Error('no registry entry')
    const db = openEncryptedDatabase(file, { raw: await unwrapKey(entry.key, device) }, { readonly: true })
    expect(db.select().from(customers).all().map((c) => c.name)).toEqual(['Vandersteen'])
    db.$client.close()
    expect(copiesOf(dataDir, dupont)).toHaveLength(2)
    expect(readdirSync(join(dataDir, 'administrations', jansen, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([])
  })

  it('does nothing on later starts of the same version, and keeps the newest copies only', async () => {
    const { dataDir, jansen } = officeWithTwo()
    await backupBeforeNewVersion(dataDir, '0.2.0', at('2026-02-01T08:00:00Z'))
    expect(await backupBeforeNewVersion(dataDir, '0.2.0', at('2026-02-02T08:00:00Z'))).toMatchObject({ previous: '0.2.0', copied: [] })
    expect(copiesOf(dataDir, jansen)).toHaveLength(2)
    await backupBeforeNewVersion(dataDir, '0.3.0', at('2026-03-01T08:00:00Z'))
    await backupBeforeNewVersion(dataDir, '0.10.0', at('2026-04-01T08:00:00Z'))
    // a downgrade is a version change too
    await backupBeforeNewVersion(dataDir, '0.3.0', at('2026-05-01T08:00:00Z'))
    expect(copiesOf(dataDir, jansen)).toEqual(['20260301T080000Z-before-0.3.0.db', '20260401T080000Z-before-0.10.0.db', '20260501T080000Z-before-0.3.0.db'])
    expect(KEPT_VERSION_BACKUPS).toBe(3)
  })

  it('copies the write-ahead log with the database when Debito was not closed cleanly', async () => {
    const { dataDir, jansen } = officeWithTwo()
    const live = join(dataDir, 'administrations', jansen, 'debito.db')
    writeFileSync(`${live}-wal`, 'committed pages not yet in the database')
    await backupBeforeNewVersion(dataDir, '0.2.0', at('2026-02-01T08:00:00Z'))
    const dir = join(dataDir, 'administrations', jansen, 'backups')
    expect(readFileSync(join(dir, '20260201T080000Z-before-0.2.0.db-wal'), 'utf8')).toBe('committed pages not yet in the database')
  })

  it('tries again at the next start when a copy failed, and skips a database that is gone', async () => {
    const { dataDir, jansen, dupont } = officeWithTwo()
    rmSync(join(dataDir, 'administrations', dupont, 'debito.db'))
    // a file where the backups folder should be: the copy cannot be written
    rmSync(join(dataDir, 'administrations', jansen, 'backups'), { recursive: true })
    writeFileSync(join(dataDir, 'administrations', jansen, 'backups'), '')
    const failed = await backupBeforeNewVersion(dataDir, '0.2.0', at('2026-02-01T08:00:00Z'))
    expect(failed).toMatchObject({ copied: [], missing: [dupont], failed: [{ id: jansen, name: 'Jansen' }] })
    rmSync(join(dataDir, 'administrations', jansen, 'backups'))
    const retried = await backupBeforeNewVersion(dataDir, '0.2.0', at('2026-02-01T09:00:00Z'))
    expect(retried).toMatchObject({ previous: '0.1.0', copied: [jansen], failed: [] })
    expect(await backupBeforeNewVersion(dataDir, '0.2.0')).toMatchObject({ previous: '0.2.0', copied: [] })
  })

  it('holds back opening an administration until the copies are made', async () => {
    const { dataDir, jansen } = officeWithTwo()
    let release = () => {}
    const ready = new Promise<void>((resolve) => (release = resolve))
    const session = createSession(createAdministrations(dataDir), ready)
    const order: string[] = []
    const opening = session.open(jansen, device).then(() => order.push('opened'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    order.push('copies made')
    release()
    await opening
    expect(order).toEqual(['copies made', 'opened'])
    session.close()
  })

  it('is what the app services do on start, for the desktop app and browser mode alike', async () => {
    const { dataDir, jansen } = officeWithTwo()
    const services = createAppServices({ dataDir, safeStorage: device.device, platform: { mode: 'browser', version: '0.2.0' } })
    await services.session.open(jansen, device)
    expect(copiesOf(dataDir, jansen)).toHaveLength(2)
    expect(await services.versionBackup).toMatchObject({ previous: '0.1.0', current: '0.2.0', failed: [] })
    services.dispose()
  })
})
