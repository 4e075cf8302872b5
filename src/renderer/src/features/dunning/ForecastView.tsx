// What happens next: the reminders of the coming 30 days if nobody pays, day by day.
import { Loader, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { levelLabel } from './action-format'

export function ForecastView({ asOf }: { asOf: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const forecast = useQuery({ queryKey: ['dunning', 'forecast', asOf], queryFn: () => api.dunning.forecast({ asOf, days: 30 }) })
  if (!forecast.data) return <Loader size="sm" />
  const days = forecast.data.filter((d) => d.actions.length > 0)
  return (
    <Stack gap="md" data-testid="forecast">
      <Text size="sm" c="dimmed">
        {t('dunning.forecast.intro')}
      </Text>
      {days.length === 0 && <Text c="dimmed">{t('dunning.forecast.empty')}</Text>}
      {days.map((d) => (
        <Stack key={d.date} gap={4}>
          <Title order={3} size="h5">
            {t('dunning.forecast.day', { count: d.actions.length, n: count(d.actions.length, language), date: date(d.date, language), amount: money(d.actions.reduce((s, a) => s + a.totalCents, 0), language) })}
          </Title>
          <Table fz="sm" striped>
            <Table.Tbody>
              {d.actions.map((a) => (
                <Table.Tr key={`${a.customerId}-${a.level}`}>
                  <Table.Td w="35%">{a.customerName}</Table.Td>
                  <Table.Td>{levelLabel(t, a, language)}</Table.Td>
                  <Table.Td>{t(`dunning.channels.${a.channel}`)}</Table.Td>
                  <Table.Td ta="right">{money(a.totalCents, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  )
}
