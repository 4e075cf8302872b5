// Wraps each administration's random 256-bit database key, either with a passphrase (scrypt +
// AES-256-GCM, works in plain Node) or with the OS keychain through Electron's safeStorage (device mode).
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto'
import { AppError } from '../../shared/errors'

export type KeyMode = 'passphrase' | 'device'

/** What a key file holds: never the key itself, only its wrapped form. */
export type WrappedKey =
  | {
      mode: 'passphrase'
      kdf: 'scrypt'
      N: number
      r: number
      p: number
      salt: string
      iv: string
      tag: string
      wrapped: string
    }
  | { mode: 'device'; backend: string; wrapped: string }

/** The subset of Electron's safeStorage (async API) that device mode needs; injected by the shell. */
export type SafeStorageLike = {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plain: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  getSelectedStorageBackend?(): string
}

export const SCRYPT_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const

export function newDatabaseKey(): string {
  return randomBytes(32).toString('hex')
}

function scrypt(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // N=2^17, r=8 needs 128 MiB: above Node's 32 MiB default maxmem, which would otherwise throw
  const options: ScryptOptions = { ...params, maxmem: 256 * 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scryptCb(passphrase.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key)))
  )
}

export async function wrapWithPassphrase(
  keyHex: string,
  passphrase: string,
  params: { N: number; r: number; p: number } = SCRYPT_DEFAULTS
): Promise<WrappedKey> {
  if (passphrase.length === 0) throw new AppError('validation', 'The passphrase may not be empty.', 'passphrase')
  const salt = randomBytes(16)
  const iv = randomBytes(12)
  const kek = await scrypt(passphrase, salt, params)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  const wrapped = Buffer.concat([cipher.update(Buffer.from(keyHex, 'hex')), cipher.final()])
  return {
    mode: 'passphrase',
    kdf: 'scrypt',
    ...params,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64')
  }
}

export async function unwrapWithPassphrase(file: WrappedKey, passphrase: string): Promise<string> {
  if (file.mode !== 'passphrase') throw new AppError('key-unavailable', 'This administration is locked with the device key, not a passphrase.')
  const kek = await scrypt(passphrase, Buffer.from(file.salt, 'base64'), file)
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.iv, 'base64'))
  decipher.setAuthTag(Buffer.from(file.tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(Buffer.from(file.wrapped, 'base64')), decipher.final()]).toString('hex')
  } catch {
    // GCM authentication failure: the passphrase derived another key-encryption key
    throw new AppError('wrong-passphrase', 'Wrong passphrase, or not a Debito database.')
  }
}

async function assertDeviceKeyUsable(safe: SafeStorageLike): Promise<string> {
  if (!(await safe.isAsyncEncryptionAvailable()))
    throw new AppError('key-unavailable', 'The device key store is not available on this computer; use a passphrase.')
  const backend = safe.getSelectedStorageBackend?.() ?? 'os'
  // on Linux without a keyring Chromium falls back to a hard-coded key: that is obfuscation, not encryption
  if (backend === 'basic_text')
    throw new AppError('key-unavailable', 'No system keyring is available (basic_text); use a passphrase.')
  return backend
}

/** Whether device mode can be offered here: a keychain exists and it is not the plaintext fallback. */
export async function isDeviceKeyUsable(safe: SafeStorageLike | undefined): Promise<boolean> {
  if (!safe) return false
  try {
    await assertDeviceKeyUsable(safe)
    return true
  } catch {
    return false
  }
}

export async function wrapWithDevice(keyHex: string, safe: SafeStorageLike): Promise<WrappedKey> {
  const backend = await assertDeviceKeyUsable(safe)
  const wrapped = await safe.encryptStringAsync(keyHex)
  // prove the round trip before the only copy of the key depends on it
  if ((await safe.decryptStringAsync(wrapped)).result !== keyHex)
    throw new AppError('key-unavailable', 'The device key store did not return the key it was given.')
  return { mode: 'device', backend, wrapped: wrapped.toString('base64') }
}

export async function unwrapWithDevice(file: WrappedKey, safe: SafeStorageLike): Promise<string> {
  if (file.mode !== 'device') throw new AppError('key-unavailable', 'This administration is locked with a passphrase.')
  const backend = await assertDeviceKeyUsable(safe)
  if (backend !== file.backend)
    throw new AppError('key-unavailable', `The key store changed (${file.backend} → ${backend}); restore from a backup.`)
  try {
    return (await safe.decryptStringAsync(Buffer.from(file.wrapped, 'base64'))).result
  } catch {
    throw new AppError('key-unavailable', 'The device key store could not unlock this administration.')
  }
}

/** How a caller proves it may open an administration. */
export type Unlock = { passphrase: string } | { device: SafeStorageLike }

export function unwrapKey(file: WrappedKey, unlock: Unlock): Promise<string> {
  return 'passphrase' in unlock ? unwrapWithPassphrase(file, unlock.passphrase) : unwrapWithDevice(file, unlock.device)
}

export function wrapKey(keyHex: string, unlock: Unlock): Promise<WrappedKey> {
  return 'passphrase' in unlock ? wrapWithPassphrase(keyHex, unlock.passphrase) : wrapWithDevice(keyHex, unlock.device)
}
