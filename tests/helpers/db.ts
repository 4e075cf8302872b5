// A real encrypted administration database in a temporary folder, migrated with the real migrations.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { AppDb } from '../../src/main/db/connection'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'

export type TestDb = { db: AppDb; dir: string; file: string; keyHex: string; close(): void }

export function tempDir(prefix = 'debito-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function createTestDb(): TestDb {
  const dir = tempDir()
  const file = join(dir, 'debito.db')
  const keyHex = newDatabaseKey()
  const db = openMigratedDatabase(file, { raw: keyHex }, () => {}, { create: true })
  return {
    db,
    dir,
    file,
    keyHex,
    close() {
      if (db.$client.open) db.$client.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A fresh encrypted database per test, created on first use and closed when the test ends. */
export function useTestDb(): () => AppDb {
  let t: TestDb | undefined
  afterEach(() => {
    t?.close()
    t = undefined
  })
  return () => (t ??= createTestDb()).db
}
