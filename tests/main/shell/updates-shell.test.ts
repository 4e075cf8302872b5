// Updates in the built desktop main process with the real electron-updater 6.8.10: the stub's net module
// carries its requests to a generic update server on this computer, laid out as the release workflow's
// files are (latest*.yml beside the installer). On Linux electron-updater is the AppImage updater, so the
// "installed app" here is an AppImage; the provider, version comparison, download and sha512 check are the
// same code the Windows and macOS updaters use. Nothing is contacted without the user asking.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { boot, BUILT, scratch } from './boot'

const INSTALLER = 'Debito-0.2.0.AppImage'

/** The update server's folder, the installed app's resources (app-update.yml as electron-builder writes it) and the running AppImage. */
function installedApp() {
  const work = scratch('debito-updates-')
  const serverDir = join(work, 'server')
  mkdirSync(join(serverDir, 'updates'), { recursive: true })
  const installer = randomBytes(300_000)
  writeFileSync(join(serverDir, 'updates', INSTALLER), installer)
  const sha512 = createHash('sha512').update(installer).digest('base64')
  writeFileSync(
    join(serverDir, 'updates', 'latest-linux.yml'),
    `version: 0.2.0\nfiles:\n  - url: ${INSTALLER}\n    sha512: ${sha512}\n    size: ${installer.length}\npath: ${INSTALLER}\nsha512: ${sha512}\nreleaseDate: '2026-07-01T10:00:00.000Z'\n`
  )
  const resources = join(work, 'resources')
  mkdirSync(resources)
  writeFileSync(join(resources, 'app-update.yml'), 'provider: generic\nurl: https://updates.invalid/\nupdaterCacheDirName: debito-updater\n')
  writeFileSync(join(work, 'Debito-0.1.0.AppImage'), 'the running version')
  const env = {
    STUB_PACKAGED: '1',
    STUB_RESOURCES_PATH: resources,
    STUB_APP_VERSION: '0.1.0',
    APPIMAGE: join(work, 'Debito-0.1.0.AppImage'),
    XDG_CACHE_HOME: join(work, 'cache')
  }
  return { work, serverDir, env, cache: join(work, 'cache', 'debito-updater', 'pending') }
}

describe.skipIf(!BUILT)('updates in the built desktop app, with the real electron-updater', () => {
  let app: ReturnType<typeof installedApp>
  let first: Record<string, unknown> & { home: string }
  beforeAll(() => {
    app = installedApp()
    first = boot({ ...app.env, BOOT_UPDATES: JSON.stringify({ serverDir: app.serverDir, phase: 'first' }) }, 'boot-updates.mjs')
  })

  it('contacts nothing at start-up without consent, and needs an https (or this computer) address', () => {
    expect(first.beforeWindow).toBe(0)
    expect(first.afterWindow).toBe(0)
    expect(first.initial).toEqual({
      ok: true,
      value: { supported: true, currentVersion: '0.1.0', settings: { enabled: true, feedUrl: null, checkOnStart: false }, state: { status: 'idle' } }
    })
    expect(first.noAddress).toMatchObject({ ok: false, error: { kind: 'validation', field: 'feedUrl' } })
    expect(first.badAddress).toMatchObject({ ok: false, error: { kind: 'validation', field: 'feedUrl', message: expect.stringContaining('invalid-update-url') } })
    expect(first.downloadTooSoon).toMatchObject({ ok: false, error: { kind: 'conflict' } })
  })

  it('finds the newer version on the server, downloads it with progress and checks its sha512', () => {
    expect(first.saved).toMatchObject({ ok: true, value: { settings: { feedUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/updates\/$/) } } })
    expect(first.checked).toMatchObject({ ok: true, value: { state: { status: 'available', version: '0.2.0' } } })
    expect(first.downloaded).toMatchObject({ ok: true, value: { state: { status: 'ready', version: '0.2.0' } } })
    const progress = first.progress as [number, boolean][]
    expect(progress[0]).toEqual([0, false])
    expect(progress.at(-1)).toEqual([100, true])
    expect(readdirSync(app.cache)).toContain(INSTALLER)
    expect(first.served).toEqual(expect.arrayContaining(['/updates/latest-linux.yml', `/updates/${INSTALLER}`]))
  })

  it('never contacts the server when updates are switched off, and says plainly when it has no update files', () => {
    expect(first.checkWhenOff).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(first.requestsWhenOff).toBe(0)
    expect(first.wrongFolder).toMatchObject({ ok: true, value: { state: { status: 'error', problem: 'no-update-info' } } })
    // every request went to the address the user gave, and nowhere else
    expect(new Set(first.requests as string[])).toEqual(new Set(['/updates/latest-linux.yml', `/updates/${INSTALLER}`, '/elsewhere/latest-linux.yml']))
  })

  it('checks once the window is up when the user allowed a check at every start', () => {
    const restart = boot({ ...app.env, XDG_CACHE_HOME: join(app.work, 'cache-2'), BOOT_UPDATES: JSON.stringify({ serverDir: app.serverDir, phase: 'restart' }) }, 'boot-updates.mjs', first.home)
    expect(restart.beforeWindow).toBe(0)
    expect(restart.atStart).toMatchObject({ ok: true, value: { settings: { checkOnStart: true }, state: { status: 'available', version: '0.2.0' } } })
    expect(restart.requests).toEqual(['/updates/latest-linux.yml'])
    expect(existsSync(join(app.work, 'cache-2'))).toBe(false) // found, not downloaded: that waits for the user
  })
})
