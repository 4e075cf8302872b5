// Backups and restores of administrations. Every backup carries the anchor of its audit chain; a
// restore starts the new registry entry from it. A damaged administration is restored in place: the
// damaged file is kept beside it, never deleted.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { backupDatabase, restoreDatabase } from '../../db/backup'
import { type AppDb, createPrivateFile, openEncryptedDatabase, withWrite } from '../../db/connection'
import { type Unlock, unwrapKey } from '../../db/key-store'
import { type BackupAnchor, nextAnchor, readBackupAnchor, stampBackupAnchor, takeBackupAnchor } from '../audit/anchor'
import { appendAudit } from '../audit/audit.repo'
import type { RegistryEntry } from './registry'
import { type AdministrationSummary, type Store, summary } from './store'

/** Where a backup comes from: a file on disk (CLI, desktop dialog) or bytes the browser uploaded. */
export type BackupSource = { path: string } | { bytes: Uint8Array; name: string }

/** A backup of an open administration, stamped with its audit anchor; the registry's anchor follows. */
export function writeBackup(store: Store, entry: RegistryEntry, db: AppDb, keyHex: string, target: string, backupPassphrase: string): BackupAnchor {
  let anchor: BackupAnchor | undefined
  backupDatabase(db, { raw: keyHex }, target, backupPassphrase, (copy) => (anchor = stampBackupAnchor(copy, { administrationId: entry.id, name: entry.name })))
  store.anchorAudit(entry.id, db)
  if (!anchor) throw new AppError('internal', 'the backup was written without its audit anchor')
  return anchor
}

export function createBackups(store: Store) {
  /** Runs `fn` on the backup as a file: uploaded bytes (still encrypted) go to a private file, deleted after. */
  function withSourceFile<T>(source: BackupSource, folder: string, fn: (path: string, label: string) => T): T {
    if ('path' in source) return fn(source.path, basename(source.path))
    const path = join(folder, `upload-${Date.now()}.partial`)
    createPrivateFile(path)
    try {
      writeFileSync(path, source.bytes)
      return fn(path, source.name)
    } finally {
      rmSync(path, { force: true })
    }
  }

  /** Opens the restored file, moves the backup's anchor out of it, audits the restore; returns the next anchor. */
  function finishRestore(entry: RegistryEntry, keyHex: string, from: string, data: Record<string, unknown>): RegistryEntry['audit'] {
    const db = store.openFile(entry, keyHex)
    try {
      const carried = withWrite(db, (tx) => {
        const anchor = takeBackupAnchor(tx)
        appendAudit(tx, { action: 'administration.restore', entity: 'administration', entityId: entry.id, data: { name: entry.name, from, ...data } })
        return anchor
      })
      const start = carried ? { count: carried.count, headHash: carried.headHash, at: carried.at } : undefined
      return nextAnchor(db, start) ?? start
    } finally {
      db.$client.close()
    }
  }

  return {
    async backup(ref: string, unlock: Unlock, target: string, backupPassphrase: string): Promise<BackupAnchor> {
      const entry = store.find(ref)
      const keyHex = await unwrapKey(entry.key, unlock)
      const db = store.openFile(entry, keyHex)
      try {
        return writeBackup(store, entry, db, keyHex, target, backupPassphrase)
      } finally {
        db.$client.close()
      }
    },

    /** Restores a backup as a new administration with a fresh key, locked by `unlock`. */
    async restore(input: { source: BackupSource; backupPassphrase: string; name: string; unlock: Unlock }): Promise<AdministrationSummary> {
      return store.provision(input.name, input.unlock, (entry, keyHex) =>
        withSourceFile(input.source, store.folderOf(entry.id), (path, label) => {
          restoreDatabase(path, input.backupPassphrase, store.fileOf(entry), { raw: keyHex })
          return finishRestore(entry, keyHex, label, {})
        })
      )
    },

    /**
     * Restores a backup into an administration whose file is missing or damaged, under its own key and
     * name. `unlock` must open that administration's key. The damaged file is renamed, not deleted.
     */
    async restoreInto(ref: string, input: { source: BackupSource; backupPassphrase: string; unlock: Unlock }): Promise<AdministrationSummary> {
      const entry = store.find(ref)
      const keyHex = await unwrapKey(entry.key, input.unlock)
      const file = store.fileOf(entry)
      const restored = `${file}.restored`
      rmSync(restored, { force: true })
      withSourceFile(input.source, store.folderOf(entry.id), (path) => restoreDatabase(path, input.backupPassphrase, restored, { raw: keyHex }))
      if (existsSync(file)) renameSync(file, `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`)
      for (const side of [`${file}-wal`, `${file}-shm`]) rmSync(side, { force: true })
      renameSync(restored, file)
      const label = 'path' in input.source ? basename(input.source.path) : input.source.name
      // the anchor starts again from the backup's: the damaged file's history cannot be checked any more
      const audit = finishRestore({ ...entry, audit: undefined }, keyHex, label, { replacedDamagedFile: true })
      return summary(store.update(entry.id, (e) => (audit ? { ...e, audit } : { ...e, audit: undefined })))
    },

    /** The anchor a backup file carries, read with its backup passphrase (the file is only read). */
    backupAnchor(path: string, backupPassphrase: string): BackupAnchor | null {
      if (!existsSync(path)) throw new AppError('not-found', `backup file ${path} does not exist`)
      const db: AppDb = openEncryptedDatabase(path, { passphrase: backupPassphrase }, { readonly: true })
      try {
        return readBackupAnchor(db)
      } finally {
        db.$client.close()
      }
    }
  }
}
