// Backups through the real dispatch: writing one of the open administration where the save dialog says,
// and restoring a waiting .debito-backup file as a new administration. The native dialogs are the one
// part replaced (they need Electron): each returns the path a user would have chosen.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../src/main/db/connection'
import { customers } from '../../../src/main/db/schema'
import { backupFilesIn } from '../../../src/main/domains/backups/inbox'
import { createAppDispatch } from '../../../src/main/ipc/dispatch'
import { type AppServices, createAppServices, type FileDialogs } from '../../../src/main/session/app-services'
import type { Scope } from '../../../src/shared/ipc/app-events'
import { tempDir } from '../../helpers/db'
import { call, createTestServices, openNewAdministration, TEST_UNLOCK } from './services'

type Desktop = { services: AppServices; dispatch: ReturnType<typeof createAppDispatch>; dataDir: string; asked: string[]; scopes: Scope[][] }
let cleanup: (() => void)[] = []
afterEach(() => {
  cleanup.forEach((f) => f())
  cleanup = []
})

/** Desktop services whose dialogs answer with `choose(kind, defaultName)`. */
function desktop(choose: (kind: string, defaultName?: string) => string | null): Desktop {
  const dataDir = tempDir('debito-backups-')
  const asked: string[] = []
  const dialogs: FileDialogs = {
    openFile: async (kind) => choose(kind),
    saveFile: async (kind, defaultName) => (asked.push(defaultName), choose(kind, defaultName))
  }
  const services = createAppServices({ dataDir, platform: { mode: 'desktop', version: '1.2.3', dialogs } })
  const scopes: Scope[][] = []
  services.events.subscribe((channel, payload) => {
    if (channel === 'event:data-changed') scopes.push((payload as { scopes: Scope[] }).scopes)
  })
  cleanup.push(() => {
    services.dispose()
    rmSync(dataDir, { recursive: true, force: true })
  })
  return { services, dispatch: createAppDispatch(services), dataDir, asked, scopes }
}

async function failure(d: { dispatch: Desktop['dispatch'] }, channel: string, input: unknown) {
  const result = await d.dispatch(channel, input)
  return result.ok ? null : result.error
}

describe('backups over IPC', () => {
  it('writes a backup of the open administration, named after it, to where the save dialog points', async () => {
    const folder = tempDir('debito-saved-')
    const d = desktop((_kind, name) => join(folder, name ?? 'x'))
    await openNewAdministration({ ...d, dispose: () => undefined }, 'Bakkerij Jansen B.V.')
    d.services.session.db().insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run()

    expect(await failure(d, 'backups:create', { backupPassphrase: 'kort' })).toMatchObject({ kind: 'validation', field: 'backupPassphrase' })
    const saved = (await call(d.dispatch, 'backups:create', { backupPassphrase: 'back-up geheim' })) as { fileName: string }
    expect(saved.fileName).toMatch(/^Bakkerij Jansen B\.V\. \d{4}-\d{2}-\d{2}\.debito-backup$/)
    expect(d.asked).toEqual([saved.fileName])
    const file = join(folder, saved.fileName)
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    const copy = openEncryptedDatabase(file, { passphrase: 'back-up geheim' }, { readonly: true })
    expect(copy.select().from(customers).all().map((c) => c.name)).toEqual(['Vandersteen'])
    copy.$client.close()
    // the save dialog already asked whether to replace the file
    await call(d.dispatch, 'backups:create', { backupPassphrase: 'tweede geheim' })
    openEncryptedDatabase(file, { passphrase: 'tweede geheim' }, { readonly: true }).$client.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('writes nothing when the save dialog is cancelled, and refuses without an open administration', async () => {
    const d = desktop(() => null)
    expect(await failure(d, 'backups:create', { backupPassphrase: 'back-up geheim' })).toMatchObject({ kind: 'forbidden' })
    await openNewAdministration({ ...d, dispose: () => undefined }, 'Leeg')
    expect(await call(d.dispatch, 'backups:create', { backupPassphrase: 'back-up geheim' })).toBeNull()
  })

  it('restores a waiting backup as a new administration, and keeps it waiting after a mistake', async () => {
    const source = desktop(() => null)
    const id = await openNewAdministration({ ...source, dispose: () => undefined }, 'Kantoor')
    source.services.session.db().insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run()
    const made = join(source.dataDir, 'kantoor 2026-06-30.debito-backup')
    source.services.session.backupTo(made, 'back-up geheim')

    const d = desktop(() => made)
    const picked = await call(d.dispatch, 'backups:pick-file', {})
    expect(picked).toMatchObject({ fileName: 'kantoor 2026-06-30.debito-backup', suggestedName: 'kantoor' })
    const { token } = picked as { token: string }
    expect(await call(d.dispatch, 'backups:get-status', {})).toMatchObject({ pending: { token }, version: '1.2.3', versionBackupFailures: [] })
    const unlock = { mode: 'passphrase', passphrase: 'nieuwe wachtwoordzin' }
    expect(await failure(d, 'backups:restore', { token, backupPassphrase: 'fout', name: 'Kantoor', unlock })).toMatchObject({ kind: 'wrong-passphrase' })
    expect(await failure(d, 'backups:restore', { token, backupPassphrase: 'back-up geheim', name: 'Kantoor', unlock: { mode: 'passphrase', passphrase: 'kort' } })).toMatchObject({ kind: 'validation' })
    await call(d.dispatch, 'administrations:create', { name: 'Kantoor', unlock })
    expect(await failure(d, 'backups:restore', { token, backupPassphrase: 'back-up geheim', name: 'Kantoor', unlock })).toMatchObject({ kind: 'conflict', field: 'name' })
    expect((await call(d.dispatch, 'backups:get-status', {})) as object).toMatchObject({ pending: { token } })

    const restored = (await call(d.dispatch, 'backups:restore', { token, backupPassphrase: 'back-up geheim', name: 'Kantoor (laptop)', unlock })) as { id: string }
    expect(restored.id).not.toBe(id)
    expect(await call(d.dispatch, 'backups:get-status', {})).toMatchObject({ pending: null })
    await call(d.dispatch, 'administrations:open', { id: restored.id, unlock })
    expect(d.services.session.db().select().from(customers).all().map((c) => c.name)).toEqual(['Vandersteen'])
    expect(d.scopes).toContainEqual(['administrations', 'backups'])
    expect(existsSync(made)).toBe(true) // a backup is only read
    expect(await failure(d, 'backups:restore', { token, backupPassphrase: 'back-up geheim', name: 'Nog een', unlock })).toMatchObject({ kind: 'not-found' })
  })

  it('can be put aside, ignores files that are no backups, and chooses files in the desktop app only', async () => {
    const folder = tempDir('debito-files-')
    const notes = join(folder, 'notities.txt')
    const backup = join(folder, 'oud.debito-backup')
    writeFileSync(notes, 'geen back-up')
    writeFileSync(backup, 'not even a database')
    const d = desktop(() => notes)
    expect(await failure(d, 'backups:pick-file', {})).toMatchObject({ kind: 'validation', field: 'file' })
    expect(d.services.backups.add(join(folder, 'bestaat-niet.debito-backup'))).toBeNull()
    expect(d.services.backups.add(folder)).toBeNull()
    const pending = d.services.backups.add(backup)
    expect(d.services.backups.add(join(folder, '.', 'oud.debito-backup'))).toEqual(pending) // queued once
    expect(await failure(d, 'backups:restore', { token: pending?.token, backupPassphrase: 'x', name: 'Oud', unlock: TEST_UNLOCK })).toMatchObject({ kind: 'wrong-passphrase' })
    await call(d.dispatch, 'backups:dismiss', { token: pending?.token })
    expect(await call(d.dispatch, 'backups:get-status', {})).toMatchObject({ pending: null })

    const browser = createTestServices()
    cleanup.push(() => browser.dispose())
    expect(await failure(browser, 'backups:pick-file', {})).toMatchObject({ kind: 'forbidden' })
    rmSync(folder, { recursive: true, force: true })
  })

  it('takes backup files from a command line, relative to where it was typed, and nothing else', () => {
    expect(backupFilesIn(['Debito.exe', 'C.debito-backup', '--flag.debito-backup', 'notes.txt', 'sub/B.DEBITO-BACKUP'], '/home/an')).toEqual([
      '/home/an/C.debito-backup',
      '/home/an/sub/B.DEBITO-BACKUP'
    ])
    expect(backupFilesIn(['/Applications/Debito.app/Contents/MacOS/Debito', '-psn_0_12345'], '/')).toEqual([])
  })
})
