// Backup files waiting to be restored: the ones the operating system handed to Debito (a double-click on
// Windows arrives as a command-line argument, on macOS as an `open-file` event) or the user picked in the
// open dialog. Main keeps the paths; the renderer only ever sees a token, a file name and a size.
import { randomUUID } from 'node:crypto'
import { statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { AppError } from '../../../shared/errors'
import { isBackupFileName, suggestedRestoreName } from '../../../shared/domains/backups/backup-files'
import type { PendingBackupDto } from '../../../shared/ipc/backups.contract'

type Pending = PendingBackupDto & { path: string }

/** The backup files among command-line arguments, made absolute against the folder they were given in. */
export function backupFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && isBackupFileName(arg)).map((arg) => resolve(cwd, arg))
}

const dto = ({ token, fileName, size, suggestedName }: Pending): PendingBackupDto => ({ token, fileName, size, suggestedName })

export function createBackupInbox() {
  const waiting = new Map<string, Pending>()

  return {
    /** Queues a backup file; anything else (a folder, a missing file, another extension) is ignored. The same file twice is queued once. */
    add(path: string): PendingBackupDto | null {
      const absolute = resolve(path)
      const known = [...waiting.values()].find((p) => p.path === absolute)
      if (known) return dto(known)
      if (!isBackupFileName(absolute)) return null
      let size: number
      try {
        const stat = statSync(absolute)
        if (!stat.isFile()) return null
        size = stat.size
      } catch {
        return null
      }
      const pending: Pending = { token: randomUUID(), path: absolute, fileName: basename(absolute), size, suggestedName: suggestedRestoreName(absolute) }
      waiting.set(pending.token, pending)
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

    remove(token: string): void {
      waiting.delete(token)
    }
  }
}

export type BackupInbox = ReturnType<typeof createBackupInbox>
