import { Loader, Stack, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { useCurrentAdministration } from '../../api/session'
import { BackupCard } from '../backups/BackupCard'
import { UpdatesCard } from '../updates/UpdatesCard'
import { IdleLockCard } from '../session/IdleLockCard'
import { DunningSettings } from '../dunning/DunningSettings'
import { LettersSettings } from '../letters/LettersSettings'
import { RiskSettings } from '../risk/RiskSettings'
import { AdministrationCard } from './AdministrationCard'
import { ProfileForm } from './ProfileForm'
import { SettingsCard } from './SettingsCard'

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
      <SettingsCard title={t('settings.profile')} hint={t('settings.profileHint')}>
        {profile.data ? <ProfileForm key={profile.dataUpdatedAt} profile={profile.data} /> : <Loader size="sm" />}
      </SettingsCard>
      {current && <LettersSettings />}
      {current && <AdministrationCard key={current.id} current={current} />}
      {current && <BackupCard current={current} />}
      {current && <IdleLockCard />}
      <UpdatesCard />
      {current && <DunningSettings />}
      {current && <RiskSettings />}
    </Stack>
  )
}
