// #13 item 18: the idle lock closes the open administration after the set time without activity, on a fake
// clock, through the real services and dispatch on a real encrypted administration.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditLog } from '../../../src/main/db/schema'
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../../src/main/session/idle-lock'
import { call, createTestServices, openNewAdministration, type TestServices } from '../ipc/services'

const MINUTE = 60_000
let now = 0
let t: TestServices
let events: [string, unknown][] = []

beforeEach(() => {
  now = Date.UTC(2026, 10, 30, 9, 0)
  t = createTestServices({ mode: 'browser', version: '0.0.0-test' }, { idleClock: { now: () => now, every: null } })
  events = []
  t.services.events.subscribe((channel, payload) => events.push([channel, payload]))
})
afterEach(() => t.dispose())

const lock = () => t.services.idleLock.check()

describe('idle lock', () => {
  it('locks after the default 15 minutes without activity, and tells the screens why', async () => {
    const id = await openNewAdministration(t, 'Idle B.V.')
    expect(await call(t.dispatch, 'session:get-idle-lock')).toEqual({ minutes: DEFAULT_IDLE_LOCK_MINUTES })
    expect(lock()).toBe('open')
    now += 14 * MINUTE
    expect(lock()).toBe('open')
    // the screens report input: the idle time starts again
    await call(t.dispatch, 'session:report-activity')
    now += 14 * MINUTE
    expect(lock()).toBe('open')
    expect(t.services.session.current()).toMatchObject({ id })
    now += 1 * MINUTE
    events = []
    expect(lock()).toBe('locked')
    expect(t.services.session.current()).toBeNull()
    expect(events).toEqual([
      ['event:session-locked', { reason: 'idle', minutes: 15, id, name: 'Idle B.V.' }],
      ['event:data-changed', { scopes: ['session'] }]
    ])
    // the key is closed in main: nothing of the administration can be read without unlocking again
    expect(await t.dispatch('invoices:list', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    expect(lock()).toBe('none')
  })

  it('follows the administration\'s setting, never locks at 0, and starts afresh for an administration just opened', async () => {
    await openNewAdministration(t, 'Setting B.V.')
    expect(await call(t.dispatch, 'session:set-idle-lock', { minutes: 2 })).toEqual({ minutes: 2 })
    expect(await t.dispatch('session:set-idle-lock', { minutes: 481 })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    const audit = t.services.session.db().select().from(auditLog).all().at(-1)
    expect(audit).toMatchObject({ action: 'settings.update', entityId: 'session.idle_lock_minutes' })
    now += 2 * MINUTE
    expect(lock()).toBe('locked')

    const id = await openNewAdministration(t, 'Never B.V.')
    await call(t.dispatch, 'session:set-idle-lock', { minutes: 0 })
    now += 24 * 60 * MINUTE
    expect(lock()).toBe('open')
    expect(t.services.session.current()).toMatchObject({ id })

    // another administration opened long after the last activity gets its own full idle time
    await call(t.dispatch, 'administrations:close')
    expect(lock()).toBe('none')
    await openNewAdministration(t, 'Fresh B.V.')
    expect(lock()).toBe('open')
    now += 14 * MINUTE
    expect(lock()).toBe('open')
  })

  it('does not lock while a job holds the administration, and counts it as activity', async () => {
    await openNewAdministration(t, 'Busy B.V.')
    let finish = () => undefined as void
    const job = t.services.session.exclusive(() => new Promise<void>((resolve) => (finish = resolve)))
    now += 60 * MINUTE
    expect(lock()).toBe('open')
    finish()
    await job
    now += 14 * MINUTE
    expect(lock()).toBe('open')
    now += MINUTE
    expect(lock()).toBe('locked')
  })
})
