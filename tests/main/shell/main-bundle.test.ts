// The built desktop main process (out/main/index.js) boots under Node with a stubbed `electron`
// module: it opens the real encrypted store, registers the typed IPC and hardens the window.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { customers } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import { boot, BUILT, ROOT, scratch } from './boot'

describe.skipIf(!BUILT)('built main bundle under a stubbed electron', () => {
  let r: ReturnType<typeof boot>
  beforeAll(() => {
    r = boot({ STUB_LOCALE: 'nl-BE' })
  })

  it('boots, answers IPC from the app page and refuses untrusted senders', () => {
    expect(r.handlers).toEqual([...INVOKE_CHANNELS].sort())
    expect(r.dataDir).toBe(join(r.home, 'Debito', 'chromium'))
    expect(r.created).toBe(true)
    expect(r.opened).toMatchObject({ ok: true, value: { name: 'Smoke B.V.' } })
    expect(r.dashboard).toMatchObject({ ok: true, value: { position: { openCents: 0, openCount: 0 } } })
    expect(r.untrusted).toEqual({ ok: false, error: { kind: 'forbidden', message: 'untrusted sender' } })
    expect(r.iframe).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(r.invalid).toMatchObject({ ok: false, error: { kind: 'validation', field: 'name' } })
    expect(r.deviceKey).toEqual({ ok: true, value: { mode: 'desktop', version: '0.0.0-stub', deviceKey: false } })
    // created, then opened (opening may push more: the dunning and risk refreshes that follow)
    expect((r.pushed as string[]).slice(0, 2)).toEqual(['event:data-changed', 'event:data-changed'])
  })

  it('hardens the window and the session', () => {
    expect(r.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(r.preloadExists).toBe(true)
    // the renderer comes from the privileged app:// scheme, only from inside out/renderer
    expect(r.loaded).toBe('app://debito/index.html')
    expect(r.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(r.served).toEqual({ status: 200, html: true })
    expect(r.servedOutside).toMatchObject({ status: 404 })
    expect(r.servedOtherHost).toMatchObject({ status: 404 })
    expect(r.blocksFile).toBe(true)
    expect(r.navigationPrevented).toBe(true)
    expect(r.windowOpen).toEqual({ action: 'deny' })
    expect(r.blocksRemote).toBe(true)
    expect(r.allowsBundle).toBe(true)
    expect(r.permission).toBe(false)
  })

  it('imports a large file through the built import worker, with progress', () => {
    expect(r.largeImport).toMatchObject({ ok: true, value: { customers: { created: 100 }, invoices: { created: 15_000 } } })
    const progress = r.importProgress as number[]
    // rows done: from 0 up in slices to all 15,000, then once more as the job ends
    expect(progress.length).toBeGreaterThan(4)
    expect(progress.slice(0, 1).concat(progress.slice(-2))).toEqual([0, 15_000, 15_000])
    expect(progress.slice(0, -1).every((done, i) => i === 0 || done > (progress[i - 1] ?? 0))).toBe(true)
  })

  it('builds the native menu in the UI language', () => {
    expect(r.menuLabels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help'])
    expect(r.menuLabelsFr).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'])
  })

  it('restores a double-clicked backup, and copies every administration before a new version starts', async () => {
    // a backup made on another computer, handed over three times: command line, macOS open-file, second start
    const office = scratch('debito-office-')
    const admins = createAdministrations(office)
    await admins.create({ name: 'Kantoor', unlock: { passphrase: 'kantoor' } })
    const live = await admins.open('Kantoor', { passphrase: 'kantoor' })
    withWrite(live.db, (tx) => tx.insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run())
    live.close()
    const files = ['kantoor.debito-backup', 'tweede.debito-backup', 'derde.debito-backup'].map((f) => join(office, f))
    await admins.backup('Kantoor', { passphrase: 'kantoor' }, files[0] ?? '', 'back-up geheim')
    for (const copy of files.slice(1)) copyFileSync(files[0] ?? '', copy)

    const o = boot({ STUB_APP_VERSION: '0.0.1', BOOT_BACKUPS: JSON.stringify({ files, backupPassphrase: 'back-up geheim' }) }, 'boot-open-files.mjs', r.home)
    expect(o.atStart).toMatchObject({ pending: { fileName: 'kantoor.debito-backup', suggestedName: 'kantoor' }, version: '0.0.1', versionBackupFailures: [] })
    expect(o.prevented).toBe(true)
    expect(o.pushed).toEqual(['backups', 'backups', 'backups'])
    expect(o.focused).toBeGreaterThanOrEqual(3) // each file brings the window to the front
    expect(o.wrong).toMatchObject({ ok: false, error: { kind: 'wrong-passphrase' } })
    expect(o.restored).toMatchObject({ ok: true, value: { name: 'Hersteld', keyMode: 'passphrase' } })
    expect(o.opened).toMatchObject({ ok: true, value: { name: 'Hersteld' } })
    expect(o.customers).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: 'Vandersteen' }] } })
    expect(o.later).toEqual(['tweede.debito-backup', 'derde.debito-backup'])
    // the first boot's administration (version 0.0.0-stub) was copied before 0.0.1 could open it
    const administrations = join(r.home, 'Debito', 'administrations')
    const copies = readdirSync(administrations).flatMap((id) => (existsSync(join(administrations, id, 'backups')) ? readdirSync(join(administrations, id, 'backups')) : []))
    expect(copies.filter((f) => f.endsWith('-before-0.0.1.db'))).toHaveLength(1)
  })

  it('every built main-process file parses, also the chunks loaded only later', () => {
    // the bundler's CommonJS shim declares `require` in any chunk that mentions require( or require.resolve(,
    // which collides with a module's own `const require = createRequire(…)`: an early error at load time
    const out = join(ROOT, 'out/main')
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
    expect(files).toContain('index.js')
    for (const file of files) expect(() => execFileSync(process.execPath, ['--check', join(out, file)], { stdio: 'pipe' }), file).not.toThrow()
  })

  it('a second instance quits instead of opening the same files', () => {
    expect(boot({ STUB_SINGLE_INSTANCE_LOCK: '0' })).toMatchObject({ quit: 1, windows: 0, handlers: [] })
  })

  it('prints a run from memory: a print window in an in-memory session, nothing written to the data folder', () => {
    const p = boot({}, 'boot-letters.mjs')
    expect(p.printed).toMatchObject({ status: 'printed', letters: 1, pages: 1, copies: false })
    expect(p.again).toMatchObject({ kind: 'conflict', field: 'resend' })
    expect(p.pdfWindow).toMatchObject({ show: false, closed: true, loaded: expect.stringMatching(/^app:\/\/pdf\/[0-9a-f-]{36}\.pdf$/) })
    expect(p.pdfWindow).toMatchObject({ fetched: { status: 200, type: 'application/pdf', head: '%PDF-', size: expect.any(Number) } })
    expect(p.pdfWindow).toMatchObject({ webPreferences: { plugins: true, contextIsolation: true, sandbox: true, nodeIntegration: false } })
    expect(p.printCalls).toEqual([{ url: (p.pdfWindow as { loaded: string }).loaded, options: { silent: false, printBackground: true } }])
    expect(p.afterClose).toBe(404)
    expect(p.deniesPermissions).toBe(true)
    expect(p.plaintext).toEqual([])
  })
})
