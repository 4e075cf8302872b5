import { Alert, Button, PasswordInput, Select, Stack, Text } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { AdministrationDto } from '../../../../shared/ipc/administrations.contract'
import { useApi } from '../../api/ApiProvider'
import { CURRENT_KEY, forgetAdministrationData } from '../../api/session'
import { ChooseBackupButton } from '../backups/ChooseBackupButton'
import { clearSessionLocked } from '../session/locked'
import { takePreselected } from './picker-state'

export function UnlockForm({ administrations }: { administrations: AdministrationDto[] }) {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const [selected, setSelected] = useState<string | null>(() => takePreselected() ?? administrations[0]?.id ?? null)
  const [passphrase, setPassphrase] = useState('')
  const admin = administrations.find((a) => a.id === selected)

  const open = useMutation({
    mutationFn: (id: string) =>
      api.administrations.open({ id, unlock: admin?.keyMode === 'device' ? { mode: 'device' } : { mode: 'passphrase', passphrase } }),
    meta: { inlineErrors: true },
    onSuccess: (current) => {
      setPassphrase('')
      forgetAdministrationData(queryClient)
      clearSessionLocked(queryClient)
      queryClient.setQueryData(CURRENT_KEY, current)
    }
  })
  const error = open.error
  // a missing or damaged file is no typing mistake: it gets its own explanation and a way out
  const damaged = isAppError(error) && error.kind === 'damaged'
  const errorText = error && !damaged ? (isAppError(error) ? t(`errors.${error.kind}`) : t('errors.internal')) : null

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (selected) open.mutate(selected)
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Select
          label={t('admin.choose')}
          data={administrations.map((a) => ({ value: a.id, label: a.name }))}
          value={selected}
          onChange={(v) => {
            setSelected(v)
            open.reset()
          }}
          allowDeselect={false}
          searchable
        />
        {admin?.keyMode === 'device' ? (
          <Text size="sm" c="dimmed">
            {t('admin.deviceLocked')}
          </Text>
        ) : (
          <PasswordInput
            label={t('admin.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={errorText}
            autoComplete="current-password"
            data-autofocus
          />
        )}
        {admin?.keyMode === 'device' && errorText && (
          <Text size="sm" c="red" role="alert">
            {errorText}
          </Text>
        )}
        {damaged && selected && (
          <Alert color="red" variant="light" title={t('backups.damagedTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('backups.damagedText')}</Text>
              <ChooseBackupButton into={selected} label={t('backups.restoreFromBackup')} variant="light" />
            </Stack>
          </Alert>
        )}
        <Button type="submit" loading={open.isPending} disabled={!selected || (admin?.keyMode === 'passphrase' && passphrase.length === 0)}>
          {admin?.keyMode === 'device' ? t('admin.unlockDevice') : t('admin.unlock')}
        </Button>
      </Stack>
    </form>
  )
}
