// What the administration picker shows about backups: a way to restore one (the open dialog, or the
// browser's file picker), and a warning when the copies before this version could not all be made.
import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ChooseBackupButton } from './ChooseBackupButton'
import { useBackupStatus } from './use-backups'

export function RestoreBackupButton() {
  const { t } = useTranslation()
  // a chosen file lands in the waiting list; the restore dialog opens for it
  return <ChooseBackupButton label={t('backups.pick')} />
}

export function VersionCopyAlert() {
  const { t } = useTranslation()
  const status = useBackupStatus().data
  if (!status || status.versionBackupFailures.length === 0) return null
  return (
    <Alert color="yellow" variant="light" role="alert">
      {t('backups.versionCopyFailed', { version: status.version, names: status.versionBackupFailures.map((f) => f.name).join(', ') })}
    </Alert>
  )
}
