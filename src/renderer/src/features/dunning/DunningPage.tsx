import { SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { StatCard } from '../../components/StatCard'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { useDashboard } from '../dashboard/use-dashboard'
import { InvoiceGrid } from '../invoices/InvoiceGrid'
import { FreshnessAlert } from '../payments/FreshnessAlert'

export function DunningPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const levels = useDashboard().data?.dunningLevels ?? []
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('dunning.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('dunning.intro')}
      </Text>
      <FreshnessAlert />
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {levels.map((l) => (
          <StatCard key={l.level} label={l.level === 0 ? t('dunning.level0') : t('dunning.level', { level: l.level })} value={money(l.cents, language)} hint={t('dashboard.overdueItems', { count: l.count, n: count(l.count, language) })} />
        ))}
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('dunning.overdueList')}
      </Title>
      <InvoiceGrid view="overdue" initialSort={[{ id: 'daysOverdue', desc: true }]} height="calc(100vh - 380px)" />
    </Stack>
  )
}
