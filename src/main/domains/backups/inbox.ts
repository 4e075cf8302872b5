// Backup files waiting to be restored: the ones the operating system handed to Debito (a double-click on
// Windows arrives as a command-line argument, on macOS as an `open-file` event) or the user picked in the
// open dialog. Main keeps the paths; the renderer only ever sees a token, a file name and a size.
import { randomUUID } from 'node:crypto'
import { rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { AppError } from '../../../shared/errors'
import { isBackupFileName, suggestedRestoreName } from '../../../shared/domains/backups/backup-files'
import type { PendingBackupDto } from '../../../shared/ipc/backups.contract'
import { createPrivateFile } from '../../db/connection'
import { mkdirPrivate } from '../administrations/store'

/** `upload`: a copy browser mode received (still encrypted by the backup passphrase), deleted when done. */
type Pending = PendingBackupDto & { path: string; upload: boolean }
type Target = PendingBackupDto['into']

/** The backup files among command-line arguments, made absolute against the folder they were given in. */
export function backupFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && isBackupFileName(arg)).map((arg) => resolve(cwd, arg))
}

const dto = ({ token, fileName, size, suggestedName, into }: Pending): PendingBackupDto => ({ token, fileName, size, suggestedName, into })

/** `uploadDir`: where browser mode keeps uploaded backups until they are restored or dismissed. */
export function createBackupInbox(uploadDir: string) {
  const waiting = new Map<string, Pending>()

  return {
    /**
     * Queues a backup file; anything else (a folder, a missing file, another extension) is ignored. The same
     * file twice is queued once. `into`: the damaged administration it is meant to replace.
     */
    add(path: string, into: Target = null): PendingBackupDto | null {
      const absolute = resolve(path)
      const known = [...waiting.values()].find((p) => p.path === absolute)
      if (known) {
        known.into = into ?? known.into
        return dto(known)
      }
      if (!isBackupFileName(absolute)) return null
      let size: number
      try {
        const stat = statSync(absolute)
        if (!stat.isFile()) return null
        size = stat.size
      } catch {
        return null
      }
      const pending: Pending = { token: randomUUID(), path: absolute, fileName: basename(absolute), size, suggestedName: suggestedRestoreName(absolute), into, upload: false }
      waiting.set(pending.token, pending)
      return dto(pending)
    },

    /** A backup browser mode received as bytes: kept in a private file until it is restored or dismissed. */
    addUpload(fileName: string, bytes: Uint8Array, into: Target = null): PendingBackupDto {
      if (!isBackupFileName(fileName)) throw new AppError('validation', 'Choose a Debito backup (a .debito-backup file).', 'file')
      mkdirPrivate(uploadDir)
      const token = randomUUID()
      const path = join(uploadDir, `${token}.debito-backup`)
      createPrivateFile(path)
      writeFileSync(path, bytes)
      const pending: Pending = { token, path, fileName: basename(fileName), size: bytes.length, suggestedName: suggestedRestoreName(fileName), into, upload: true }
      waiting.set(token, pending)
      return dto(pending)
    },

    /** The oldest waiting file. */
    next(): PendingBackupDto | null {
      const first = waiting.values().next()
      return first.done ? null : dto(first.value)
    },

    path(token: string): string {
      const pending = waiting.get(token)
      if (!pending) throw new AppError('not-found', 'This backup file is no longer waiting to be restored; open it again.', 'token')
      return pending.path
    },

    target(token: string): Target {
      return waiting.get(token)?.into ?? null
    },

    remove(token: string): void {
      const pending = waiting.get(token)
      waiting.delete(token)
      if (pending?.upload) rmSync(pending.path, { force: true })
    }
  }
}

export type BackupInbox = ReturnType<typeof createBackupInbox>
