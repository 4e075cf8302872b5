// Settings: write a backup of the open administration (desktop app: the native save dialog picks the file).
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import { useApi } from '../../api/ApiProvider'
import { useAppInfo } from '../../api/session'
import { PassphrasePair, usePassphrasePair } from '../admin/NewUnlockFields'
import { SettingsCard } from '../settings/SettingsCard'

export function BackupCard({ current }: { current: { name: string } }) {
  const { t } = useTranslation()
  const desktop = useAppInfo().data?.mode === 'desktop'
  const [opened, modal] = useDisclosure(false)
  return (
    <SettingsCard title={t('backups.cardTitle')} hint={t('backups.cardHint')}>
      {desktop ? (
        <Button variant="default" onClick={modal.open}>
          {t('backups.make')}
        </Button>
      ) : (
        <Text size="sm">{t('backups.desktopOnly')}</Text>
      )}
      <Modal opened={opened} onClose={modal.close} title={t('backups.makeTitle', { name: current.name })} centered>
        {opened && <MakeBackupForm onDone={modal.close} />}
      </Modal>
    </SettingsCard>
  )
}

function MakeBackupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const pair = usePassphrasePair()
  const [touched, setTouched] = useState(false)
  const save = useMutation({
    mutationFn: () => api.backups.create({ backupPassphrase: pair.passphrase }),
    meta: { inlineErrors: true },
    onSuccess: (saved) => {
      if (!saved) return // the save dialog was cancelled: stay, so another place can be chosen
      notifications.show({ color: 'teal', message: t('backups.saved', { file: saved.fileName }) })
      onDone()
    }
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setTouched(true)
    if (pair.valid) save.mutate()
  }
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{t('backups.makeIntro')}</Text>
        <PassphrasePair pair={pair} touched={touched} label={t('backups.newBackupPassphrase')} confirmLabel={t('backups.confirmBackupPassphrase')} />
        <Alert color="yellow" variant="light" p="xs">
          {t('backups.backupWarning')}
        </Alert>
        {save.error && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {isAppError(save.error) ? t(`errors.${save.error.kind}`) : t('errors.internal')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('backups.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
