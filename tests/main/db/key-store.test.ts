import { describe, expect, it } from 'vitest'
import { kindOf } from '../../helpers/errors'
import { fakeSafeStorage } from '../../helpers/safe-storage'
import { isDeviceKeyUsable, newDatabaseKey, unwrapKey, wrapKey, wrapWithPassphrase } from '../../../src/main/db/key-store'

describe('key store', () => {
  const fast = { N: 2 ** 12, r: 8, p: 1 }

  it('wraps the key with a passphrase and never stores it in the clear', async () => {
    const key = newDatabaseKey()
    const wrapped = await wrapWithPassphrase(key, 'correct horse', fast)
    expect(JSON.stringify(wrapped)).not.toContain(key)
    expect(await unwrapKey(wrapped, { passphrase: 'correct horse' })).toBe(key)
    expect(await kindOf(unwrapKey(wrapped, { passphrase: 'Correct horse' }))).toBe('wrong-passphrase')
  })

  it('uses scrypt N=2^17 by default (needs maxmem above the Node default)', async () => {
    const wrapped = await wrapKey(newDatabaseKey(), { passphrase: 'p' })
    expect(wrapped).toMatchObject({ mode: 'passphrase', kdf: 'scrypt', N: 131072, r: 8, p: 1 })
  })

  it('wraps with the device key store and refuses basic_text or a changed backend', async () => {
    const key = newDatabaseKey()
    const wrapped = await wrapKey(key, { device: fakeSafeStorage('gnome_libsecret') })
    expect(await unwrapKey(wrapped, { device: fakeSafeStorage('gnome_libsecret') })).toBe(key)
    expect(await kindOf(wrapKey(key, { device: fakeSafeStorage('basic_text') }))).toBe('key-unavailable')
    expect(await kindOf(wrapKey(key, { device: fakeSafeStorage('kwallet', false) }))).toBe('key-unavailable')
    expect(await kindOf(unwrapKey(wrapped, { device: fakeSafeStorage('kwallet5') }))).toBe('key-unavailable')
    expect(await kindOf(unwrapKey(wrapped, { passphrase: 'x' }))).toBe('key-unavailable')
  })

  it('offers device mode only with a real keychain', async () => {
    expect(await isDeviceKeyUsable(fakeSafeStorage('gnome_libsecret'))).toBe(true)
    expect(await isDeviceKeyUsable(fakeSafeStorage('basic_text'))).toBe(false)
    expect(await isDeviceKeyUsable(fakeSafeStorage('kwallet', false))).toBe(false)
    expect(await isDeviceKeyUsable(undefined)).toBe(false)
  })
})
