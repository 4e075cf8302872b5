// What a Debito backup file is called: the extension the installers associate with Debito, the name the
// save dialog suggests, and the administration name a restore suggests.

export const BACKUP_EXTENSION = 'debito-backup'

const SUFFIX = `.${BACKUP_EXTENSION}`

export function isBackupFileName(path: string): boolean {
  return path.toLowerCase().endsWith(SUFFIX) && path.length > SUFFIX.length
}

/** The file's own name, without folders (either separator) and without the backup extension. */
export function backupBaseName(path: string): string {
  const name = path.split(/[\\/]/).at(-1) ?? path
  return isBackupFileName(name) ? name.slice(0, -SUFFIX.length) : name
}

const UNSAFE = new Set('\\/:*?"<>|')

/** "Bakkerij Jansen B.V. 2026-06-30.debito-backup": characters no file system accepts become "-". */
export function backupFileName(administration: string, isoDate: string): string {
  const safe = [...administration].map((c) => (UNSAFE.has(c) || c.charCodeAt(0) < 32 ? '-' : c)).join('').trim()
  return `${safe} ${isoDate}${SUFFIX}`
}

/** The name a restored administration gets unless the user types another (at most 120 characters). */
export function suggestedRestoreName(path: string): string {
  const base = backupBaseName(path)
    .replace(/\s\d{4}-\d{2}-\d{2}$/, '')
    .trim()
  return (base === '' ? 'Debito' : base).slice(0, 120)
}
