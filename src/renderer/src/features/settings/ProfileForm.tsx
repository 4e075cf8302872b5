import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JURISDICTIONS, type Jurisdiction, LANGUAGES, type Language } from '../../../../shared/domains/parties'
import { isAppError } from '../../../../shared/errors'
import type { ProfileDto } from '../../../../shared/ipc/settings.contract'
import { useApi } from '../../api/ApiProvider'

const TEXT_FIELDS = ['addressLine', 'postalCode', 'city', 'iban', 'bic', 'vatNumber', 'kboNumber', 'kvkNumber', 'email', 'phone'] as const

export function ProfileForm({ profile }: { profile: ProfileDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<ProfileDto>(profile)
  const save = useMutation({
    mutationFn: (value: ProfileDto) => api.settings.updateProfile(value),
    meta: { inlineErrors: true },
    onSuccess: (saved) => {
      setDraft(saved)
      queryClient.setQueryData(['settings', 'profile'], saved)
      notifications.show({ color: 'teal', message: t('settings.saved') })
    }
  })
  // main answers "field: code"; a known code has its own text, anything else the general one
  const errorFor = (field: string) => {
    if (!isAppError(save.error) || save.error.field !== field) return null
    const code = save.error.message.replace(/^[^:]*:\s*/, '')
    return t(`errors.codes.${code}`, { defaultValue: t('errors.validation') })
  }
  const set = (field: keyof ProfileDto) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    save.mutate(draft)
  }

  return (
    <form onSubmit={submit} aria-label={t('settings.profile')}>
      <Stack gap="sm">
        <TextInput label={t('settings.fields.name')} value={draft.name} onChange={set('name')} required error={errorFor('name')} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {TEXT_FIELDS.map((field) => (
            <TextInput key={field} label={t(`settings.fields.${field}`)} value={draft[field] ?? ''} onChange={set(field)} error={errorFor(field)} />
          ))}
          <Select
            label={t('settings.fields.country')}
            data={JURISDICTIONS.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
            value={draft.country}
            onChange={(v) => v && setDraft({ ...draft, country: v as Jurisdiction })}
            allowDeselect={false}
          />
          <Select
            label={t('settings.fields.defaultLanguage')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={draft.defaultLanguage}
            onChange={(v) => v && setDraft({ ...draft, defaultLanguage: v as Language })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
