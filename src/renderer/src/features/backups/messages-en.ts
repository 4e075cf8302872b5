import type { backupsNl } from './messages-nl'

export const backupsEn: typeof backupsNl = {
  restoreTitle: 'Restore a backup',
  restoreIntro: 'Debito restores {{file}} ({{size}}) as a new administration on this computer. The backup itself stays as it is.',
  backupPassphrase: 'Backup passphrase',
  backupPassphraseHint: 'The passphrase chosen when the backup was made.',
  name: 'Name of the restored administration',
  lockTitle: 'Protection on this computer',
  restore: 'Restore and open',
  notNow: 'Not now',
  restored: '{{name}} has been restored and opened.',
  pick: 'Restore a backup…',
  nameTaken: 'An administration with this name already exists. Choose another name.',
  versionCopyFailed:
    'Before Debito {{version}} first started, no safety copy could be made of: {{names}}. Nothing was changed; Debito will try again at the next start. Make sure there is free disk space.',
  cardTitle: 'Backup',
  cardHint:
    'A backup is an encrypted copy of this administration with a passphrase of its own, which opens on another computer too. Double-click the file to restore it.',
  make: 'Make a backup…',
  makeTitle: 'Back up {{name}}',
  makeIntro: 'Choose a passphrase for the backup. Debito then asks where to save the file.',
  newBackupPassphrase: 'Backup passphrase (at least 8 characters)',
  confirmBackupPassphrase: 'Repeat the passphrase',
  backupWarning: 'Without this passphrase the backup cannot be opened. Keep it apart from the file.',
  save: 'Save as…',
  saved: 'The backup has been saved as {{file}}.',
  desktopOnly: 'Backups are made in the desktop app (or on the command line: backup).',
  damagedTitle: "This administration's file is missing or damaged",
  damagedText: 'Debito does not make a new, empty file in its place. Restore a backup; the damaged file is kept beside it.',
  restoreFromBackup: 'Restore from a backup…',
  restoreIntoIntro: 'Debito restores {{file}} ({{size}}) into {{name}}, in place of the missing or damaged file. The backup itself stays as it is.',
  adminPassphrase: 'Passphrase of {{name}}',
  adminDevice: "{{name}} opens with this device's key."
}
