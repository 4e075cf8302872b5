// The update steps and settings with a stand-in for electron-updater (it needs Electron; the built app's
// test in tests/main/shell/updates-shell.test.ts runs the real one). The stand-in counts every contact.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createUpdates, readUpdateSettings, type UpdateDriver } from '../../../src/main/domains/updates/updates.service'
import { createEventBus } from '../../../src/main/session/event-bus'
import type { JobProgress } from '../../../src/shared/ipc/app-events'
import { tempDir } from '../../helpers/db'
import { kindOf } from '../../helpers/errors'

type Server = { newest: string | null; fail?: Error & { code?: string } }

function setup(server: Server = { newest: '0.2.0' }, withDriver = true) {
  const dataDir = tempDir('debito-updates-')
  const contacts: string[] = []
  const installs: number[] = []
  const driver: UpdateDriver = {
    async check(feedUrl) {
      contacts.push(`check ${feedUrl}`)
      if (server.fail) throw server.fail
      return server.newest ? { version: server.newest } : null
    },
    async download(onProgress) {
      contacts.push('download')
      for (const p of [10, 55.5, 100]) onProgress(p)
    },
    install: () => void installs.push(1)
  }
  const events = createEventBus()
  const progress: JobProgress[] = []
  const changed: string[] = []
  events.subscribe((channel, payload) => {
    if (channel === 'event:job-progress') progress.push(payload as JobProgress)
    else changed.push(...(payload as { scopes: string[] }).scopes)
  })
  const updates = createUpdates({ dataDir, currentVersion: '0.1.0', events, ...(withDriver ? { driver } : {}) })
  return { dataDir, updates, contacts, installs, progress, changed }
}

const allow = (feedUrl = 'https://updates.kantoor.nl/debito/', checkOnStart = false) => ({ enabled: true, feedUrl, checkOnStart })

describe('updates', () => {
  it('contacts nothing until asked: not at start without consent, not when reading or saving settings', async () => {
    const u = setup()
    expect(u.updates.status()).toEqual({ supported: true, currentVersion: '0.1.0', settings: { enabled: true, feedUrl: null, checkOnStart: false }, state: { status: 'idle' } })
    expect(await u.updates.checkAtStart()).toBe(false)
    u.updates.saveSettings(allow())
    expect(await u.updates.checkAtStart()).toBe(false)
    expect(u.contacts).toEqual([])
    u.updates.saveSettings(allow(undefined, true))
    expect(await u.updates.checkAtStart()).toBe(true)
    expect(u.contacts).toEqual(['check https://updates.kantoor.nl/debito/'])
  })

  it('checks, downloads with progress and installs, each step only after the one before', async () => {
    const u = setup()
    expect(await kindOf(u.updates.check())).toBe('validation')
    u.updates.saveSettings(allow())
    expect(await kindOf(u.updates.download())).toBe('conflict')
    expect(() => u.updates.install()).toThrow(/Download the update first/)
    expect((await u.updates.check()).state).toMatchObject({ status: 'available', version: '0.2.0' })
    expect(u.changed).toContain('updates')
    expect((await u.updates.download()).state).toEqual({ status: 'ready', version: '0.2.0' })
    expect(u.progress.map((p) => [p.done, p.finished])).toEqual([[0, false], [10, false], [56, false], [100, false], [100, true]])
    expect(u.progress.every((p) => p.label === 'updates.downloadJob' && p.total === 100)).toBe(true)
    u.updates.install()
    expect(u.installs).toEqual([1])
  })

  it('says when this is the newest version, and explains a failure without throwing', async () => {
    const server: Server = { newest: null }
    const u = setup(server)
    u.updates.saveSettings(allow())
    expect((await u.updates.check()).state).toMatchObject({ status: 'up-to-date', checkedAt: expect.stringMatching(/^\d{4}-/) })
    server.fail = Object.assign(new Error('Cannot find channel "latest.yml" update info: HttpError: 404 Not Found\nmore lines'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' })
    expect((await u.updates.check()).state).toEqual({ status: 'error', problem: 'no-update-info', detail: 'Cannot find channel "latest.yml" update info: HttpError: 404 Not Found' })
    server.fail = Object.assign(new Error('getaddrinfo ENOTFOUND updates.kantoor.nl'), { code: 'ENOTFOUND' })
    expect((await u.updates.check()).state).toMatchObject({ status: 'error', problem: 'unreachable' })
    expect(await u.updates.checkAtStart()).toBe(false) // no consent: still nothing at start
  })

  it('never contacts the server when switched off, and forgets what it found', async () => {
    const u = setup()
    u.updates.saveSettings(allow(undefined, true))
    await u.updates.check()
    expect(u.updates.saveSettings({ ...allow(undefined, true), enabled: false }).state).toEqual({ status: 'idle' })
    expect(await kindOf(u.updates.check())).toBe('forbidden')
    expect(await u.updates.checkAtStart()).toBe(false)
    expect(u.contacts).toHaveLength(1)
  })

  it('keeps the settings in the data folder, readable by this user only, and survives a damaged file', () => {
    const u = setup()
    u.updates.saveSettings(allow('https://updates.kantoor.nl/debito/', true))
    const file = join(u.dataDir, 'update-settings.json')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ enabled: true, feedUrl: 'https://updates.kantoor.nl/debito/', checkOnStart: true })
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    writeFileSync(file, '{ not json')
    expect(readUpdateSettings(u.dataDir)).toEqual({ enabled: true, feedUrl: null, checkOnStart: false })
    // an address edited by hand into something unsafe is not used
    writeFileSync(file, JSON.stringify({ enabled: true, feedUrl: 'http://updates.kantoor.nl/', checkOnStart: true }))
    expect(readUpdateSettings(u.dataDir)).toEqual({ enabled: true, feedUrl: null, checkOnStart: true })
  })

  it('offers nothing in browser mode, where there is no updater', async () => {
    const u = setup(undefined, false)
    u.updates.saveSettings(allow(undefined, true))
    expect(u.updates.status().supported).toBe(false)
    expect(await kindOf(u.updates.check())).toBe('forbidden')
    expect(await u.updates.checkAtStart()).toBe(false)
  })
})
