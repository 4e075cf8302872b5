// The key figures over a period the bookkeeper picks (three months by default), each with what it
// means, and the monthly trend; a month opens the items open at its end.
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, addMonths, localToday } from '../../../../shared/dates'
import type { KpiDto } from '../../../../shared/ipc/reports.contract'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { monthLabel } from '../dashboard/charts'
import { TrendChart } from '../dashboard/TrendChart'
import { DateField } from '../../components/DateField'
import { ExportMenu } from './ExportMenu'
import { useDrill } from './use-drill'

const DAY_FIGURES = ['dsoCountback', 'dsoSimple', 'bestPossibleDso', 'averageDaysDelinquent'] as const
const PCT_FIGURES = ['cei', 'over90Pct', 'disputedPct'] as const
const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const

function useFigure() {
  const { t } = useTranslation()
  const language = useLanguage()
  const decimals = new Intl.NumberFormat(language === 'fr' ? 'fr-BE' : language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return (k: KpiDto, f: (typeof DAY_FIGURES)[number] | (typeof PCT_FIGURES)[number]) => {
    const v = k[f]
    if (v === null) return t('reports.kpi.none')
    return (DAY_FIGURES as readonly string[]).includes(f) ? t('reports.kpi.days', { value: decimals.format(v) }) : t('reports.kpi.pct', { value: decimals.format(v) })
  }
}

export function KpiReport() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const drill = useDrill()
  const figure = useFigure()
  const [to, setTo] = useState(localToday())
  const [from, setFrom] = useState(addDays(addMonths(localToday(), -3), 1))
  const kpis = useQuery({ queryKey: ['reports', 'kpis', from, to], queryFn: () => api.reports.kpis({ from, to }) }).data
  const trend = useQuery({ queryKey: ['reports', 'kpi-trend', to], queryFn: () => api.reports.kpiTrend({ asOf: to, months: 12 }) }).data
  return (
    <Stack gap="md">
      <Group align="end" justify="space-between">
        <Group align="end" gap="sm">
          <DateField size="xs" w={140} label={t('reports.fromLabel')} value={from} onChange={setFrom} />
          <DateField size="xs" w={140} label={t('reports.toLabel')} value={to} onChange={setTo} />
        </Group>
        <ExportMenu ask={{ report: 'kpis', from, asOf: to }} pdf />
      </Group>
      {kpis && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {[...DAY_FIGURES, ...PCT_FIGURES].map((f) => (
            <Tooltip key={f} label={t(`reports.kpiExplain.${f}`)} multiline w={260} withArrow>
              <Paper withBorder p="md" radius="md" data-testid={`kpi-${f}`}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t(`reports.kpi.${f}`)}
                </Text>
                <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {figure(kpis, f)}
                </Text>
                {f === 'dsoCountback' && kpis.countbackExhausted && (
                  <Text size="xs" c="orange.8">
                    {t('reports.kpi.exhausted')}
                  </Text>
                )}
              </Paper>
            </Tooltip>
          ))}
          <Paper withBorder p="md" radius="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('reports.kpi.receivablesCents')}
            </Text>
            <Text size="xl" fw={700}>
              {money(kpis.receivablesCents, language)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('reports.kpi.creditSalesCents')}: {money(kpis.creditSalesCents, language)}
            </Text>
          </Paper>
        </SimpleGrid>
      )}
      {trend && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('reports.sheets.trend')}
          </Title>
          <TrendChart trend={trend} onSelect={(m) => drill.invoices({ view: 'open', asOf: m.to })} />
          <Table.ScrollContainer minWidth={800}>
            <Table striped mt="sm" aria-label={t('reports.sheets.trend')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.kpi.month')}</Table.Th>
                  {[...DAY_FIGURES, ...PCT_FIGURES].map((f) => (
                    <Table.Th key={f} style={num}>
                      {t(`reports.kpi.${f}`)}
                    </Table.Th>
                  ))}
                  <Table.Th style={num}>{t('reports.kpi.receivablesCents')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trend.map((m) => (
                  <Table.Tr key={m.month} style={{ cursor: 'pointer' }} onClick={() => drill.invoices({ view: 'open', asOf: m.to })}>
                    <Table.Td>{monthLabel(m.month, language)}</Table.Td>
                    {[...DAY_FIGURES, ...PCT_FIGURES].map((f) => (
                      <Table.Td key={f} style={num}>
                        {figure(m, f)}
                      </Table.Td>
                    ))}
                    <Table.Td style={num}>{money(m.receivablesCents, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  )
}
