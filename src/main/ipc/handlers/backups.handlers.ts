import { randomUUID } from 'node:crypto'
import { existsSync, renameSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import { backupFileName } from '../../../shared/domains/backups/backup-files'
import type { backupsContract } from '../../../shared/ipc/backups.contract'
import { MAX_STAGED_FILE_BYTES } from '../../../shared/ipc/files.contract'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'
import { toUnlock } from './administrations.handlers'

/** Today in the computer's time zone, as the date in a backup's file name. */
function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function backupsHandlers(services: AppServices): DomainHandlers<typeof backupsContract> {
  const { administrations, backups, events, platform, session } = services
  const dialogs = () => {
    if (!platform.dialogs) throw new AppError('forbidden', 'Backup files are chosen in the desktop app only.')
    return platform.dialogs
  }
  return {
    'backups:get-status': async () => {
      const outcome = await services.versionBackup
      return {
        pending: backups.next(),
        version: platform.version,
        versionBackupFailures: outcome.failed.map(({ name, reason }) => ({ name, reason }))
      }
    },
    'backups:pick-file': async ({ into }) => {
      const target = into === undefined ? null : administrations.target(into)
      const path = await dialogs().openFile('backup')
      if (path === null) return null
      const pending = backups.add(path, target)
      if (!pending) throw new AppError('validation', 'Choose a Debito backup (a .debito-backup file).', 'file')
      events.dataChanged(['backups'])
      return pending
    },
    'backups:upload': ({ name, dataBase64, into }) => {
      const bytes = Buffer.from(dataBase64, 'base64')
      if (bytes.length > MAX_STAGED_FILE_BYTES) throw new AppError('validation', 'The file is larger than 20 MB.', 'file')
      const pending = backups.addUpload(basename(name), new Uint8Array(bytes), into === undefined ? null : administrations.target(into))
      events.dataChanged(['backups'])
      return pending
    },
    'backups:restore-into': async ({ token, backupPassphrase, unlock }) => {
      const into = backups.target(token)
      if (!into) throw new AppError('validation', 'This backup is not meant to replace an administration; restore it as a new one.', 'token')
      const restored = await administrations.restoreInto(into.id, { source: { path: backups.path(token) }, backupPassphrase, unlock: toUnlock(unlock, services) })
      backups.remove(token)
      events.dataChanged(['administrations', 'backups'])
      return restored
    },
    'backups:dismiss': ({ token }) => {
      backups.remove(token)
      events.dataChanged(['backups'])
      return null
    },
    'backups:restore': async ({ token, backupPassphrase, name, unlock }) => {
      const restored = await administrations.restore({ source: { path: backups.path(token) }, backupPassphrase, name, unlock: toUnlock(unlock, services) })
      backups.remove(token)
      events.dataChanged(['administrations', 'backups'])
      return restored
    },
    'backups:create': async ({ backupPassphrase }) => {
      const open = session.current()
      if (!open) throw new AppError('forbidden', 'No administration is open; unlock one first.')
      const target = await dialogs().saveFile('backup', backupFileName(open.name, localDate()))
      if (target === null) return null
      await session.idle()
      // the save dialog already asked whether to replace an existing file: write beside it, then swap
      const fresh = existsSync(target) ? `${target}.${randomUUID()}.partial-backup` : target
      session.backupTo(fresh, backupPassphrase)
      if (fresh !== target) renameSync(fresh, target)
      return { fileName: basename(target) }
    }
  }
}
