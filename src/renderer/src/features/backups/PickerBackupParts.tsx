// What the administration picker shows about backups: a way to restore one (the desktop's open dialog),
// and a warning when the copies before this version could not all be made.
import { Alert, Button } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { useAppInfo } from '../../api/session'
import { useBackupStatus } from './use-backups'

export function RestoreBackupButton() {
  const { t } = useTranslation()
  const api = useApi()
  const desktop = useAppInfo().data?.mode === 'desktop'
  // a chosen file lands in the waiting list; main tells the restore dialog to open
  const pick = useMutation({ mutationFn: () => api.backups.pick({}) })
  if (!desktop) return null
  return (
    <Button variant="subtle" onClick={() => pick.mutate()} loading={pick.isPending}>
      {t('backups.pick')}
    </Button>
  )
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
