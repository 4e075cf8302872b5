// The cash-in forecast of the administration: the weekly chart with its band, the backtest, and every
// open invoice's predicted date with its reason (paged).
import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ForecastChart } from './ForecastChart'
import { ForecastSummary } from './ForecastSummary'
import { PredictionTable } from './PredictionTable'

const PAGE_SIZE = 100
const WEEKS = 13

export function ForecastView() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const forecast = useQuery({ queryKey: ['risk', 'forecast', WEEKS], queryFn: () => api.risk.forecast({ weeks: WEEKS }) })
  const list = usePagedList(
    ['risk', 'forecast', 'invoices'],
    async (offset, limit) => {
      const f = await api.risk.forecast({ weeks: WEEKS, offset, limit })
      return { rows: f.invoices.rows, total: f.invoices.total }
    },
    PAGE_SIZE
  )
  if (!forecast.data)
    return (
      <Center p="xl">
        <Loader />
      </Center>
    )
  const total = list.first?.total ?? 0
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('risk.forecast.chart')}
        </Title>
        <ForecastChart weeks={forecast.data.weeks} />
        <ForecastSummary forecast={forecast.data} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('risk.forecast.invoices')}
        </Title>
        <PredictionTable rows={list.rows.map((r) => ({ ...r, customer: r.customerName }))} label={t('risk.forecast.invoices')} />
        <Text size="sm" c="dimmed" mt="xs">
          {t('risk.forecast.shown', { shown: count(list.rows.length, language), total: count(total, language) })}
        </Text>
        {list.hasMore && (
          <Button variant="light" size="xs" mt="xs" onClick={list.loadMore}>
            {t('risk.forecast.more')}
          </Button>
        )}
      </Paper>
    </Stack>
  )
}
