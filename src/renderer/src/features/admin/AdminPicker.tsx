import { Center, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { LanguagePicker } from '../../components/LanguagePicker'
import { RestoreBackupButton, VersionCopyAlert } from '../backups/PickerBackupParts'
import { LockedNotice } from '../session/LockedNotice'
import { CreateAdminForm } from './CreateAdminForm'
import { UnlockForm } from './UnlockForm'

/** The first screen: pick a client's administration and unlock it, or create one. */
export function AdminPicker() {
  const { t } = useTranslation()
  const api = useApi()
  const list = useQuery({ queryKey: ['administrations', 'list'], queryFn: () => api.administrations.list({}) })

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={440}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="h2">
                {t('admin.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('admin.subtitle')}
              </Text>
            </div>
            <LanguagePicker />
          </Group>
          <VersionCopyAlert />
          <LockedNotice />
          {list.isPending ? (
            <Loader size="sm" />
          ) : list.data && list.data.length > 0 ? (
            <UnlockForm administrations={list.data} />
          ) : (
            <Text size="sm">{t('admin.empty')}</Text>
          )}
          <Divider label={t('admin.createTitle')} labelPosition="left" />
          <CreateAdminForm />
          <RestoreBackupButton />
        </Stack>
      </Paper>
    </Center>
  )
}
