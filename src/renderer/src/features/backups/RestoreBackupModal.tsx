// Opens by itself when a backup file waits (a double-click on a .debito-backup, or "Restore a backup…"):
// backup passphrase, a name, how to lock it here; then the restored administration opens.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { PendingBackupDto } from '../../../../shared/ipc/backups.contract'
import { useApi } from '../../api/ApiProvider'
import { showOpenedAdministration } from '../../api/session'
import { fileSize } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { NewUnlockFields, useNewUnlock } from '../admin/NewUnlockFields'
import { RestoreIntoForm } from './RestoreIntoForm'
import { useBackupStatus } from './use-backups'

export function RestoreBackupModal() {
  const pending = useBackupStatus().data?.pending ?? null
  const { t } = useTranslation()
  // a fresh form for every file
  return (
    <Modal opened={pending !== null} onClose={() => undefined} withCloseButton={false} title={t('backups.restoreTitle')} centered size="lg">
      {pending && (pending.into ? <RestoreIntoForm key={pending.token} pending={pending} into={pending.into} /> : <RestoreForm key={pending.token} pending={pending} />)}
    </Modal>
  )
}

function RestoreForm({ pending }: { pending: PendingBackupDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const api = useApi()
  const queryClient = useQueryClient()
  const [backupPassphrase, setBackupPassphrase] = useState('')
  const [name, setName] = useState(pending.suggestedName)
  const lock = useNewUnlock()
  const [touched, setTouched] = useState(false)

  const restore = useMutation({
    mutationFn: async () => {
      const restored = await api.backups.restore({ token: pending.token, backupPassphrase, name, unlock: lock.unlock })
      return api.administrations.open({ id: restored.id, unlock: lock.unlock })
    },
    meta: { inlineErrors: true },
    onSuccess: (current) => {
      showOpenedAdministration(queryClient, current)
      void queryClient.invalidateQueries({ queryKey: ['backups'] })
      notifications.show({ color: 'teal', message: t('backups.restored', { name: current.name }) })
    }
  })
  const dismiss = useMutation({
    mutationFn: () => api.backups.dismiss({ token: pending.token }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['backups'] })
  })

  const err = restore.error
  const kind = isAppError(err) ? err.kind : err ? 'internal' : null
  const passphraseError = kind === 'wrong-passphrase' ? t('errors.wrong-passphrase') : null
  const nameError = kind === 'conflict' ? t('backups.nameTaken') : isAppError(err) && err.field === 'name' ? t('errors.validation') : null
  const otherError = kind && !passphraseError && !nameError ? t(`errors.${kind}`) : null

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setTouched(true)
    if (backupPassphrase.length > 0 && name.trim().length > 0 && lock.valid) restore.mutate()
  }

  return (
    <form onSubmit={submit} aria-label={t('backups.restoreTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('backups.restoreIntro', { file: pending.fileName, size: fileSize(pending.size, language) })}</Text>
        <PasswordInput
          label={t('backups.backupPassphrase')}
          description={t('backups.backupPassphraseHint')}
          value={backupPassphrase}
          onChange={(e) => setBackupPassphrase(e.currentTarget.value)}
          error={passphraseError ?? (touched && backupPassphrase.length === 0 ? t('errors.validation') : null)}
          autoComplete="off"
          data-autofocus
        />
        <TextInput label={t('backups.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} required error={nameError} />
        <Text size="sm" fw={500}>
          {t('backups.lockTitle')}
        </Text>
        <NewUnlockFields state={lock} touched={touched} />
        {otherError && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {otherError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => dismiss.mutate()} loading={dismiss.isPending} disabled={restore.isPending}>
            {t('backups.notNow')}
          </Button>
          <Button type="submit" loading={restore.isPending}>
            {t('backups.restore')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
