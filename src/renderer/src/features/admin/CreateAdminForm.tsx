import { Alert, Button, Select, Stack, TextInput } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JURISDICTIONS, type Jurisdiction } from '../../../../shared/domains/parties'
import { isAppError } from '../../../../shared/errors'
import { useApi } from '../../api/ApiProvider'
import { showOpenedAdministration } from '../../api/session'
import { NewUnlockFields, useNewUnlock } from './NewUnlockFields'

export function CreateAdminForm() {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const [name, setName] = useState('')
  const [country, setCountry] = useState<Jurisdiction>('NL')
  const lock = useNewUnlock()
  const [touched, setTouched] = useState(false)

  const create = useMutation({
    mutationFn: async () => {
      const created = await api.administrations.create({ name, country, unlock: lock.unlock })
      return api.administrations.open({ id: created.id, unlock: lock.unlock })
    },
    meta: { inlineErrors: true },
    onSuccess: (current) => showOpenedAdministration(queryClient, current)
  })

  const fieldError = (field: string) => {
    const err = create.error
    return isAppError(err) && err.field === field ? t(`errors.${err.kind}`) : null
  }
  const otherError = create.error && !fieldError('name') ? (isAppError(create.error) ? t(`errors.${create.error.kind}`) : t('errors.internal')) : null

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setTouched(true)
    if (name.trim().length > 0 && lock.valid) create.mutate()
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
        <NewUnlockFields state={lock} touched={touched} />
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
