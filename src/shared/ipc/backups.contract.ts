// Portable backups in the UI: restoring a .debito-backup file the OS handed to Debito (double-click,
// "Open with", dropped on the Dock icon) or the user picked, and writing one of the open administration.
// The renderer names a waiting file by a token; no path ever crosses the bridge.
import { z } from 'zod'
import { AdministrationSchema, NameSchema, NewUnlockSchema, PassphraseSchema, UnlockSchema } from './administrations.contract'
import { command } from './contract'
import { MAX_STAGED_FILE_BYTES } from './files.contract'

export const PendingBackupSchema = z.object({
  token: z.uuid(),
  fileName: z.string(),
  size: z.number().int().min(0),
  /** the administration name the restore dialog proposes */
  suggestedName: z.string(),
  /** the administration whose missing or damaged file this backup is to replace; null: restore as a new one */
  into: z.object({ id: z.string(), name: z.string() }).nullable()
})
export type PendingBackupDto = z.infer<typeof PendingBackupSchema>

export const VersionBackupFailureSchema = z.object({ name: z.string(), reason: z.string() })

export const backupsContract = {
  /** The backup file waiting to be restored (the oldest, if several), and what the copies before this version could not copy. */
  status: command(
    'backups:get-status',
    z.object({}).strict(),
    z.object({ pending: PendingBackupSchema.nullable(), version: z.string(), versionBackupFailures: z.array(VersionBackupFailureSchema) })
  ),
  /** The desktop's open dialog for a backup file; null when the user cancels. `into`: restore it over that (damaged) administration. */
  pick: command('backups:pick-file', z.object({ into: z.string().min(1).optional() }).strict(), PendingBackupSchema.nullable()),
  /** Browser mode has no open dialog: the chosen backup file's bytes, at most 20 MB. */
  upload: command(
    'backups:upload',
    z
      .object({
        name: z.string().trim().min(1).max(255),
        dataBase64: z.string().max(Math.ceil(MAX_STAGED_FILE_BYTES / 3) * 4, 'the file is larger than 20 MB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
        into: z.string().min(1).optional()
      })
      .strict(),
    PendingBackupSchema
  ),
  /** The user does not want to restore this file (now). */
  dismiss: command('backups:dismiss', z.object({ token: z.uuid() }).strict(), z.null()),
  /** Restores the waiting file as a new administration with a fresh key, locked as chosen. */
  restore: command(
    'backups:restore',
    z.object({ token: z.uuid(), backupPassphrase: z.string().min(1).max(1024), name: NameSchema, unlock: NewUnlockSchema }).strict(),
    AdministrationSchema
  ),
  /** Restores the waiting file over the damaged administration it was chosen for, under that one's own key (its passphrase or device key). */
  restoreInto: command('backups:restore-into', z.object({ token: z.uuid(), backupPassphrase: z.string().min(1).max(1024), unlock: UnlockSchema }).strict(), AdministrationSchema),
  /** Writes a backup of the open administration where the save dialog says; null when the user cancels. */
  create: command('backups:create', z.object({ backupPassphrase: PassphraseSchema }).strict(), z.object({ fileName: z.string() }).nullable())
} as const
