import type { SafeStorageLike } from '../../src/main/db/key-store'

/** Stands in for Electron's safeStorage (the Electron binary cannot run here): XOR "encryption" per backend. */
export function fakeSafeStorage(backend = 'keychain', available = true): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a))
  return {
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (s) => xor(Buffer.from(s, 'utf8')),
    decryptStringAsync: async (b) => ({ result: xor(b).toString('utf8'), shouldReEncrypt: false }),
    getSelectedStorageBackend: () => backend
  }
}
