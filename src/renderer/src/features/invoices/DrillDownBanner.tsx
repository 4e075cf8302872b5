// Says which drill-down the grid shows (day, aging bucket, reminder level, customer, expected payment
// week) and clears it.
import { Alert, Button, Group, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { bucketLabel, reportTexts } from '../../../../shared/domains/reports/texts'
import { useApi } from '../../api/ApiProvider'
import { date } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import type { InvoiceFilter } from './drill-down'

export function DrillDownBanner({ filter, onClear }: { filter: InvoiceFilter; onClear: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const texts = reportTexts(language)
  const customerId = filter.customerId
  const customer = useQuery({
    queryKey: ['customers', 'risk', customerId],
    queryFn: () => api.customers.risk({ customerId: customerId ?? 0 }),
    enabled: customerId !== undefined
  }).data
  const parts = [
    filter.bucket ? `${bucketLabel(texts, filter.bucket)} (${texts.basis[filter.bucket.basis]})` : null,
    filter.creditNotes ? t('dashboard.creditNotes') : null,
    filter.expected ? t('reports.drillDown.expected', { from: date(filter.expected.from, language), to: date(filter.expected.to, language) }) : null,
    filter.dunningLevel !== undefined ? t('reports.drillDown.level', { level: filter.dunningLevel }) : null,
    customerId !== undefined ? t('reports.drillDown.customer', { name: customer?.name ?? `#${customerId}` }) : null,
    filter.asOf ? t('reports.drillDown.asOf', { date: date(filter.asOf, language) }) : null
  ].filter((p): p is string => p !== null)
  return (
    <Alert variant="light" color="blue" p="xs" data-testid="drill-down">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          <b>{t('reports.drillDown.title')}:</b> {parts.join(' · ')}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onClear}>
          {t('reports.drillDown.clear')}
        </Button>
      </Group>
    </Alert>
  )
}
