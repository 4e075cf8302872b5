// Settings → Letters: the letterhead's logo (the rest of the letterhead is the administration's details
// above), the letter texts, and the check of every archived letter against its fingerprint.
import { Alert, Button, Group, Image, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { readBase64 } from '../../lib/read-file'
import { SettingsCard } from '../settings/SettingsCard'
import { LetterheadAlert } from './LetterheadAlert'
import { TemplateEditor } from './TemplateEditor'
import { letterErrorText } from './letter-output'

function LogoField() {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const logo = useQuery({ queryKey: ['settings', 'logo'], queryFn: () => api.letters.logo({}) })
  const done = (message: string) => (next: { dataUrl: string | null }) => {
    queryClient.setQueryData(['settings', 'logo'], next)
    notifications.show({ color: 'teal', message })
  }
  const set = useMutation({
    mutationFn: async (file: File) => api.letters.setLogo({ fileId: (await api.files.stage({ name: file.name, dataBase64: await readBase64(file) })).fileId }),
    meta: { inlineErrors: true },
    onSuccess: done(t('letters.settings.logoSaved'))
  })
  const remove = useMutation({ mutationFn: () => api.letters.removeLogo({}), onSuccess: done(t('letters.settings.logoRemoved')) })
  const url = logo.data?.dataUrl ?? null
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('letters.settings.logo')}
      </Text>
      <Group align="center">
        {url ? <Image src={url} alt={t('letters.settings.logo')} h={48} w="auto" fit="contain" data-testid="logo-image" /> : <Text size="sm" c="dimmed">{t('letters.settings.logoNone')}</Text>}
        <Button size="xs" variant="default" onClick={() => input.current?.click()} loading={set.isPending} data-testid="logo-choose">
          {t('letters.settings.logoChoose')}
        </Button>
        {url && (
          <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
            {t('letters.settings.logoRemove')}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          hidden
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          aria-label={t('letters.settings.logo')}
          data-testid="logo-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (file) set.mutate(file)
          }}
        />
      </Group>
      {set.error && (
        <Text size="sm" c="red" data-testid="logo-error">
          {letterErrorText(set.error, t) ?? set.error.message}
        </Text>
      )}
    </Stack>
  )
}

function VerifyArchive() {
  const { t } = useTranslation()
  const api = useApi()
  const verify = useMutation({ mutationFn: () => api.letters.verify({}) })
  const r = verify.data
  return (
    <Stack gap={4}>
      <Group>
        <Button size="xs" variant="default" onClick={() => verify.mutate()} loading={verify.isPending} data-testid="verify-archive">
          {t('letters.settings.verify')}
        </Button>
      </Group>
      {r && (
        <Alert color={r.failures.length === 0 ? 'teal' : 'red'} data-testid="verify-result">
          {r.failures.length === 0
            ? t('letters.settings.verifyOk', { letters: r.letters, batches: r.batches })
            : t('letters.settings.verifyFailed', { n: r.failures.length, which: r.failures.map((f) => [f.customerCode, f.letterDate].filter(Boolean).join(' ') || `#${f.id}`).join(', ') })}
        </Alert>
      )}
    </Stack>
  )
}

export function LettersSettings() {
  const { t } = useTranslation()
  return (
    <SettingsCard title={t('letters.settings.title')} hint={t('letters.settings.hint')}>
      <Stack gap="md" data-testid="letters-settings">
        <LetterheadAlert withLink={false} />
        <LogoField />
        <TemplateEditor />
        <VerifyArchive />
      </Stack>
    </SettingsCard>
  )
}
