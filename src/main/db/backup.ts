// Portable encrypted backups: a consistent copy (VACUUM INTO, the only way that keeps encryption) re-keyed
// to a backup passphrase, so it opens on another laptop, or in any SQLCipher 4 tool, with that passphrase.
import { existsSync, renameSync, rmSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { type AppDb, applyKey, type CipherKey, createPrivateFile, openConnection, openEncryptedDatabase, rekeyDatabase } from './connection'

/** A consistent, still encrypted copy of `db`, readable by its owner only. */
export function vacuumInto(db: AppDb, target: string): void {
  createPrivateFile(target) // VACUUM INTO fills an empty file and keeps its mode
  db.$client.prepare('VACUUM INTO ?').run(target)
}

/**
 * Re-keys a closed file in place (it is not in WAL mode: VACUUM INTO output uses a rollback journal);
 * `stamp` may first write to the copy under its old key.
 */
function rekeyFile(file: string, from: CipherKey, to: CipherKey, stamp?: (copy: Database.Database) => void): void {
  const sqlite = openConnection(file, { fileMustExist: true })
  try {
    applyKey(sqlite, from)
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    sqlite.pragma('journal_mode = DELETE')
    stamp?.(sqlite)
    applyKey(sqlite, to, 'rekey')
  } finally {
    sqlite.close()
  }
}

/**
 * Writes an encrypted copy of `db` to `target`, keyed by `backupPassphrase`; `stamp` writes to the copy
 * first (the audit anchor). Never leaves a partial file.
 */
export function backupDatabase(db: AppDb, currentKey: CipherKey, target: string, backupPassphrase: string, stamp?: (copy: Database.Database) => void): void {
  if (backupPassphrase.length === 0) throw new AppError('validation', 'The backup passphrase may not be empty.', 'backupPassphrase')
  if (existsSync(target)) throw new AppError('conflict', `${target} already exists; choose another file name.`)
  const tmp = `${target}.partial`
  rmSync(tmp, { force: true })
  try {
    vacuumInto(db, tmp)
    rekeyFile(tmp, currentKey, { passphrase: backupPassphrase }, stamp)
    renameSync(tmp, target)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err instanceof AppError ? err : new AppError('io', `backup to ${target} failed: ${(err as Error).message}`)
  }
}

/**
 * Copies a backup to `targetFile` and re-keys the copy to a fresh raw key. The backup itself is only read,
 * so a wrong passphrase or a damaged file leaves everything as it was.
 */
export function restoreDatabase(source: string, backupPassphrase: string, targetFile: string, newKey: CipherKey): void {
  if (!existsSync(source)) throw new AppError('not-found', `backup file ${source} does not exist`)
  const backup = openEncryptedDatabase(source, { passphrase: backupPassphrase }, { readonly: true })
  const tmp = `${targetFile}.partial`
  rmSync(tmp, { force: true })
  try {
    const isDebito = backup.$client.prepare("SELECT 1 FROM sqlite_master WHERE name = 'administration_profile'").get()
    if (!isDebito) throw new AppError('wrong-passphrase', `${source} is not a Debito backup.`)
    vacuumInto(backup, tmp)
    backup.$client.close()
    rekeyFile(tmp, { passphrase: backupPassphrase }, newKey)
    renameSync(tmp, targetFile)
  } catch (err) {
    if (backup.$client.open) backup.$client.close()
    rmSync(tmp, { force: true })
    throw err
  }
}

export { rekeyDatabase }
