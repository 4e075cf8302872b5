import { Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { StatCard } from '../../components/StatCard'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AgingBars } from './AgingBars'
import { useDashboard } from './use-dashboard'

export function DashboardPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const { data } = useDashboard()
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('dashboard.title')}
        </Title>
        {data && (
          <Text size="sm" c="dimmed">
            {t('app.asOf', { date: date(data.asOf, language) })}
          </Text>
        )}
      </div>
      {!data ? (
        <Loader size="sm" />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <StatCard label={t('dashboard.open')} value={money(data.position.openCents, language)} hint={t('dashboard.openItems', { count: data.position.openCount, n: count(data.position.openCount, language) })} />
            <StatCard label={t('dashboard.overdue')} value={money(data.position.overdueCents, language)} hint={t('dashboard.overdueItems', { count: data.position.overdueCount, n: count(data.position.overdueCount, language) })} color="red.7" />
            <StatCard label={t('dashboard.customersOverdue')} value={count(data.position.customersOverdue, language)} />
            <StatCard label={t('dashboard.disputed')} value={count(data.position.disputedCount, language)} />
            <StatCard label={t('dashboard.promises')} value={count(data.openPromises, language)} />
            <StatCard label={t('dashboard.plans')} value={count(data.activePlans, language)} />
          </SimpleGrid>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="sm">
              {t('dashboard.aging')}
            </Title>
            <AgingBars aging={data.aging} />
          </Paper>
        </>
      )}
    </Stack>
  )
}
