import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestServices, type TestServices } from './services'

let t: TestServices
beforeEach(() => {
  t = createTestServices()
})
afterEach(() => t.dispose())

describe('dispatch: parse → handler → envelope', () => {
  it('returns a validation error that names the failing field', async () => {
    const result = await t.dispatch('administrations:create', { name: '   ', unlock: { mode: 'passphrase', passphrase: 'long enough pass' } })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', field: 'name' } })
  })

  it('names a nested field by its path', async () => {
    const result = await t.dispatch('administrations:create', { name: 'Bakkerij', unlock: { mode: 'passphrase', passphrase: 'short' } })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', field: 'unlock.passphrase' } })
  })

  it('rejects keys the contract does not know', async () => {
    const result = await t.dispatch('administrations:list', { includeArchived: false, sql: 'DROP TABLE' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('refuses a channel that has no contract', async () => {
    expect(await t.dispatch('administrations:delete-everything', {})).toMatchObject({ ok: false, error: { kind: 'not-found' } })
  })

  it('keeps the kind and field of an AppError thrown by the service', async () => {
    const input = { name: 'Bakkerij Jansen', unlock: { mode: 'passphrase', passphrase: 'correct horse battery' } }
    expect(await t.dispatch('administrations:create', input)).toMatchObject({ ok: true, value: { name: 'Bakkerij Jansen', keyMode: 'passphrase' } })
    expect(await t.dispatch('administrations:create', input)).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'name' } })
  })

  it('reports a wrong passphrase as its own kind', async () => {
    const created = await t.dispatch('administrations:create', { name: 'Slot', unlock: { mode: 'passphrase', passphrase: 'the right passphrase' } })
    if (!created.ok) throw new Error('create failed')
    const { id } = created.value as { id: string }
    const wrong = await t.dispatch('administrations:open', { id, unlock: { mode: 'passphrase', passphrase: 'not the right one' } })
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'wrong-passphrase' } })
    expect(await t.dispatch('administrations:current', {})).toEqual({ ok: true, value: null })
  })

  it('refuses device-key unlock where no OS key store exists (browser mode)', async () => {
    const result = await t.dispatch('administrations:create', { name: 'Apparaat', unlock: { mode: 'device' } })
    expect(result).toMatchObject({ ok: false, error: { kind: 'key-unavailable' } })
  })

  it('answers data queries only while an administration is open', async () => {
    expect(await t.dispatch('dashboard:get-summary', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
  })

  it('hides internal failures behind a generic message', async () => {
    t.services.session.db = () => {
      throw new Error('SQLITE_CORRUPT: secret path /home/x')
    }
    const result = await t.dispatch('settings:get-profile', {})
    expect(result).toEqual({ ok: false, error: { kind: 'internal', message: 'An unexpected error occurred; see the application log.' } })
  })
})
