// The built desktop main process (out/main/index.js) boots under Node with a stubbed `electron`
// module: it opens the real encrypted store, registers the typed IPC and hardens the window.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'

const root = join(import.meta.dirname, '../../..')
const built = existsSync(join(root, 'out/main/index.js')) && existsSync(join(root, 'out/preload/index.cjs'))
if (!built && process.env.CI) throw new Error('out/ is missing: CI must run `npm run build` before the tests')

const homes: string[] = []
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })))

/** Each boot gets a fresh data folder, as on a new computer. */
function boot(env: Record<string, string> = {}): Record<string, unknown> & { home: string } {
  const home = mkdtempSync(join(tmpdir(), 'debito-shell-'))
  homes.push(home)
  const out = execFileSync(process.execPath, ['--import', './tests/electron-stub/register.mjs', 'tests/main/shell/boot-main.mjs'], {
    cwd: root,
    env: { ...process.env, XDG_CONFIG_HOME: home, ...env },
    timeout: 60_000
  }).toString()
  return { ...(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>), home }
}

describe.skipIf(!built)('built main bundle under a stubbed electron', () => {
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
    expect(r.pushed).toEqual(['event:data-changed', 'event:data-changed'])
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

  it('a second instance quits instead of opening the same files', () => {
    expect(boot({ STUB_SINGLE_INSTANCE_LOCK: '0' })).toMatchObject({ quit: 1, windows: 0, handlers: [] })
  })
})
