import { Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { useCurrentAdministration } from '../../api/session'
import { AdministrationCard } from './AdministrationCard'
import { ProfileForm } from './ProfileForm'

export function SettingsPage() {
  const { t } = useTranslation()
  const api = useApi()
  const current = useCurrentAdministration().data
  const profile = useQuery({ queryKey: ['settings', 'profile'], queryFn: () => api.settings.getProfile({}) })
  return (
    <Stack gap="md" maw={860}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4">
          {t('settings.profile')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('settings.profileHint')}
        </Text>
        {profile.data ? <ProfileForm key={profile.dataUpdatedAt} profile={profile.data} /> : <Loader size="sm" />}
      </Paper>
      {current && <AdministrationCard key={current.id} current={current} />}
    </Stack>
  )
}
