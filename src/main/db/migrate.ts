// Applies drizzle-kit's generated migrations defensively (ARCHITECTURE C7): refuse a file written by a
// newer Debito, back up before changing an existing file, and verify the result against the journal.
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { AppError } from '../../shared/errors'
import { type AppDb, type CipherKey, openEncryptedDatabase, type OpenOptions } from './connection'
import { migrationsFolder } from './paths'

type Applied = { hash: string; createdAt: number }

function appliedMigrations(db: AppDb): Applied[] {
  const table = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get()
  if (!table) return []
  return db.$client
    .prepare('SELECT hash, created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at, id')
    .all() as Applied[]
}

/**
 * drizzle-kit changes a table by rebuilding it (create new, copy, drop old, rename). Its own
 * `PRAGMA foreign_keys=OFF` is a no-op inside the migrator's transaction, so dropping a table that other
 * rows point at would fail. SQLite's documented procedure: keys off outside the transaction, then prove
 * with `foreign_key_check` that the rebuilt tables still satisfy every reference before going on.
 */
function applyWithForeignKeysOff(db: AppDb, folder: string): void {
  const c = db.$client
  c.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder: folder })
    const broken = c.pragma('foreign_key_check') as { table: string; parent: string }[]
    if (broken.length > 0)
      throw new AppError('internal', `The schema update left ${broken.length} broken reference(s), first ${broken[0]?.table} → ${broken[0]?.parent}.`)
  } finally {
    c.pragma('foreign_keys = ON')
  }
}

export type MigrationOutcome = { applied: number; pending: number; backedUp: boolean }

/**
 * Brings the schema up to date. `backup` is called (and must finish) before anything is applied to a
 * file that already holds data.
 */
export function migrateDatabase(db: AppDb, backup: () => void, folder = migrationsFolder()): MigrationOutcome {
  const known = readMigrationFiles({ migrationsFolder: folder })
  const before = appliedMigrations(db)
  const newest = known.at(-1)?.folderMillis ?? 0
  if (before.length > known.length || before.some((m) => Number(m.createdAt) > newest))
    throw new AppError('schema-too-new', 'This administration was saved by a newer version of Debito. Update Debito to open it.')
  const pending = known.length - before.length
  const backedUp = pending > 0 && before.length > 0
  if (backedUp) backup()
  if (pending > 0) applyWithForeignKeysOff(db, folder)
  const after = appliedMigrations(db)
  // drizzle only compares the newest timestamp, so prove that every known migration really is applied
  if (after.length !== known.length || after.some((m, i) => m.hash !== known[i]?.hash))
    throw new AppError('internal', 'The database schema does not match this version of Debito (migration journal mismatch).')
  return { applied: after.length, pending, backedUp }
}

/**
 * Opens a file and brings its schema up to date. A connection that just applied migrations is closed and
 * opened again: after an `ALTER TABLE … RENAME` (every drizzle table rebuild ends with one) SQLite leaves
 * that connection unable to checkpoint once it has switched to a rollback journal and back to WAL
 * ("database table is locked" — what every bulk import does). A fresh connection has no such state.
 */
export function openMigratedDatabase(file: string, key: CipherKey, backup: (db: AppDb) => void, opts: Pick<OpenOptions, 'create'> = {}, folder = migrationsFolder()): AppDb {
  const db = openEncryptedDatabase(file, key, opts)
  let outcome: MigrationOutcome
  try {
    outcome = migrateDatabase(db, () => backup(db), folder)
  } catch (err) {
    db.$client.close()
    throw err
  }
  if (outcome.pending === 0) return db
  db.$client.close()
  return openEncryptedDatabase(file, key)
}
