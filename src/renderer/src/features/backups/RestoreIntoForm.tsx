// Restoring a backup over an administration whose file is missing or damaged: it keeps its name and its
// lock, so the form asks for the backup's passphrase and that administration's own one.
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { PendingBackupDto } from '../../../../shared/ipc/backups.contract'
import { useApi } from '../../api/ApiProvider'
import { showOpenedAdministration } from '../../api/session'
import { fileSize } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

type Props = { pending: PendingBackupDto; into: { id: string; name: string } }

export function RestoreIntoForm({ pending, into }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const api = useApi()
  const queryClient = useQueryClient()
  const list = useQuery({ queryKey: ['administrations', 'list'], queryFn: () => api.administrations.list({}) })
  const device = list.data?.find((a) => a.id === into.id)?.keyMode === 'device'
  const [backupPassphrase, setBackupPassphrase] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const unlock = device ? ({ mode: 'device' } as const) : ({ mode: 'passphrase', passphrase } as const)

  const restore = useMutation({
    mutationFn: async () => {
      const restored = await api.backups.restoreInto({ token: pending.token, backupPassphrase, unlock })
      return api.administrations.open({ id: restored.id, unlock })
    },
    meta: { inlineErrors: true },
    onSuccess: (current) => {
      showOpenedAdministration(queryClient, current)
      void queryClient.invalidateQueries({ queryKey: ['backups'] })
      notifications.show({ color: 'teal', message: t('backups.restored', { name: current.name }) })
    }
  })
  const dismiss = useMutation({ mutationFn: () => api.backups.dismiss({ token: pending.token }), onSuccess: () => queryClient.invalidateQueries({ queryKey: ['backups'] }) })
  const kind = isAppError(restore.error) ? restore.error.kind : restore.error ? 'internal' : null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (backupPassphrase.length > 0 && (device || passphrase.length > 0)) restore.mutate()
  }

  return (
    <form onSubmit={submit} aria-label={t('backups.restoreTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('backups.restoreIntoIntro', { file: pending.fileName, size: fileSize(pending.size, language), name: into.name })}</Text>
        <PasswordInput
          label={t('backups.backupPassphrase')}
          description={t('backups.backupPassphraseHint')}
          value={backupPassphrase}
          onChange={(e) => setBackupPassphrase(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {device ? (
          <Text size="sm" c="dimmed">
            {t('backups.adminDevice', { name: into.name })}
          </Text>
        ) : (
          <PasswordInput label={t('backups.adminPassphrase', { name: into.name })} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="current-password" />
        )}
        {kind && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {t(`errors.${kind}`)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => dismiss.mutate()} loading={dismiss.isPending} disabled={restore.isPending}>
            {t('backups.notNow')}
          </Button>
          <Button type="submit" loading={restore.isPending} disabled={backupPassphrase.length === 0 || (!device && passphrase.length === 0)}>
            {t('backups.restore')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
