import { Alert, Button, PasswordInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JURISDICTIONS, type Jurisdiction } from '../../../../shared/domains/parties'
import { isAppError } from '../../../../shared/errors'
import { useApi } from '../../api/ApiProvider'
import { CURRENT_KEY, forgetAdministrationData, useAppInfo } from '../../api/session'

const MIN_PASSPHRASE = 8

export function CreateAdminForm() {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const deviceKey = useAppInfo().data?.deviceKey ?? false
  const [name, setName] = useState('')
  const [country, setCountry] = useState<Jurisdiction>('NL')
  // the device key is the default where the desktop app can use one; a passphrase everywhere else
  const [chosenMode, setMode] = useState<'passphrase' | 'device' | null>(null)
  const mode = chosenMode ?? (deviceKey ? 'device' : 'passphrase')
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [touched, setTouched] = useState(false)

  const create = useMutation({
    mutationFn: async () => {
      const unlock = mode === 'device' ? ({ mode: 'device' } as const) : ({ mode: 'passphrase', passphrase } as const)
      const created = await api.administrations.create({ name, country, unlock })
      return api.administrations.open({ id: created.id, unlock })
    },
    meta: { inlineErrors: true },
    onSuccess: (current) => {
      forgetAdministrationData(queryClient)
      void queryClient.invalidateQueries({ queryKey: ['administrations'] })
      queryClient.setQueryData(CURRENT_KEY, current)
    }
  })

  const tooShort = mode === 'passphrase' && passphrase.length < MIN_PASSPHRASE
  const mismatch = mode === 'passphrase' && passphrase !== confirm
  const fieldError = (field: string) => {
    const err = create.error
    return isAppError(err) && err.field === field ? t(`errors.${err.kind}`) : null
  }
  const otherError = create.error && !fieldError('name') ? (isAppError(create.error) ? t(`errors.${create.error.kind}`) : t('errors.internal')) : null

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setTouched(true)
    if (name.trim().length > 0 && !tooShort && !mismatch) create.mutate()
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label={t('admin.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={120} error={fieldError('name')} />
        <Select
          label={t('admin.country')}
          data={JURISDICTIONS.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
          value={country}
          onChange={(v) => v && setCountry(v as Jurisdiction)}
          allowDeselect={false}
        />
        <SegmentedControl
          aria-label={t('admin.keyMode')}
          value={mode}
          onChange={(v) => setMode(v as 'passphrase' | 'device')}
          data={[
            { value: 'passphrase', label: t('admin.keyPassphrase') },
            { value: 'device', label: t('admin.keyDevice'), disabled: !deviceKey }
          ]}
        />
        {mode === 'passphrase' && (
          <>
            <PasswordInput
              label={t('admin.newPassphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={touched && tooShort ? t('admin.tooShort') : null}
              autoComplete="new-password"
            />
            <PasswordInput
              label={t('admin.confirmPassphrase')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={touched && !tooShort && mismatch ? t('admin.mismatch') : null}
              autoComplete="new-password"
            />
            <Alert color="yellow" variant="light" p="xs">
              {t('admin.passphraseWarning')}
            </Alert>
          </>
        )}
        {otherError && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {otherError}
          </Alert>
        )}
        <Button type="submit" loading={create.isPending}>
          {t('admin.create')}
        </Button>
      </Stack>
    </form>
  )
}
