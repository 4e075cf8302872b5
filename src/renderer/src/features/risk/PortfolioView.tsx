// The portfolio: customers per class with their exposure and insured share, the forecast chart, and every
// customer with score and class (paged, sorted in main); a row opens its risk card.
import { Button, Drawer, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import type { SortingState } from '@tanstack/react-table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RISK_CLASSES, type RiskClass } from '../../../../shared/domains/risk/vocabulary'
import type { PORTFOLIO_SORT, PortfolioDto } from '../../../../shared/ipc/risk.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { StatCard } from '../../components/StatCard'
import { VirtualTable } from '../../components/VirtualTable'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ForecastChart } from './ForecastChart'
import { PORTFOLIO_COLUMNS } from './portfolio-columns'
import { ClassBadge } from './risk-format'
import { RiskPanel } from './RiskPanel'

const PAGE_SIZE = 200

function Totals({ p }: { p: PortfolioDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const share = p.totals.exposureCents > 0 ? Math.round((100 * p.totals.insuredCents) / p.totals.exposureCents) : 0
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }}>
      <StatCard label={t('risk.portfolio.customers')} value={count(p.totals.customers, language)} />
      <StatCard label={t('risk.portfolio.exposure')} value={money(p.totals.exposureCents, language)} />
      <StatCard label={t('risk.portfolio.insuredShare')} value={`${share}\u00a0%`} hint={money(p.totals.insuredCents, language)} />
      <StatCard label={t('risk.portfolio.uninsured')} value={money(p.totals.uninsuredCents, language)} />
      <StatCard label={t('risk.portfolio.overLimit')} value={count(p.totals.overLimit, language)} color={p.totals.overLimit > 0 ? 'red.7' : undefined} hint={`${t('risk.portfolio.nearLimit')}: ${count(p.totals.nearLimit, language)}`} />
    </SimpleGrid>
  )
}

function Classes({ p }: { p: PortfolioDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('risk.portfolio.byClass')}>
      <Title order={2} size="h5" mb="xs">
        {t('risk.portfolio.byClass')}
      </Title>
      <SimpleGrid cols={5} data-testid="risk-classes">
        {RISK_CLASSES.map((c) => {
          const row = p.classes.find((x) => x.riskClass === c)
          return (
            <Stack key={c} gap={2} align="flex-start">
              <ClassBadge riskClass={c} />
              <Text fw={700}>{count(row?.customers ?? 0, language)}</Text>
              <Text size="xs" c="dimmed">
                {money(row?.exposureCents ?? 0, language)}
              </Text>
            </Stack>
          )
        })}
      </SimpleGrid>
    </Paper>
  )
}

export function PortfolioView() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [riskClass, setRiskClass] = useState<RiskClass | 'all'>('all')
  const [sorting, setSorting] = useState<SortingState>([{ id: 'score', desc: false }])
  const [opened, setOpened] = useState<{ id: number; name: string } | null>(null)
  const p = useQuery({ queryKey: ['risk', 'portfolio'], queryFn: () => api.risk.portfolio({}) })
  const forecast = useQuery({ queryKey: ['risk', 'forecast', 13], queryFn: () => api.risk.forecast({ weeks: 13 }) })
  const recompute = useMutation({
    mutationFn: () => api.risk.recompute({}),
    onSuccess: (r) => notifications.show({ color: 'teal', message: t('risk.portfolio.recomputed', { count: r.customers }) })
  })
  const sort = sorting[0] ?? { id: 'score', desc: false }
  const params = { sort: sort.id as (typeof PORTFOLIO_SORT)[number], direction: sort.desc ? ('desc' as const) : ('asc' as const), riskClass: riskClass === 'all' ? undefined : riskClass }
  const list = usePagedList(['risk', 'list', params], (offset, limit) => api.risk.list({ ...params, offset, limit }), PAGE_SIZE)
  const total = list.first?.total
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {p.data?.asOf ? t('risk.portfolio.asOf', { date: date(p.data.asOf, language) }) : t('risk.portfolio.notComputed')}
        </Text>
        <Button size="xs" variant="light" loading={recompute.isPending} onClick={() => recompute.mutate()}>
          {t('risk.portfolio.recompute')}
        </Button>
      </Group>
      {p.data && <Totals p={p.data} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {p.data && <Classes p={p.data} />}
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h5" mb="xs">
            {t('risk.forecast.chart')}
          </Title>
          {forecast.data && <ForecastChart weeks={forecast.data.weeks} height={150} />}
        </Paper>
      </SimpleGrid>
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={riskClass}
          onChange={(v) => setRiskClass(v as RiskClass | 'all')}
          data={[{ value: 'all', label: t('risk.portfolio.allClasses') }, ...RISK_CLASSES.map((c) => ({ value: c, label: c }))]}
        />
        <Text size="sm" c="dimmed">
          {total === undefined ? t('app.loading') : t('risk.portfolio.summary', { count: total, n: count(total, language) })}
        </Text>
      </Group>
      <VirtualTable
        data={list.rows}
        columns={PORTFOLIO_COLUMNS}
        sorting={sorting}
        onSortingChange={setSorting}
        hasMore={list.hasMore}
        onLoadMore={list.loadMore}
        getRowId={(r) => String(r.customerId)}
        onRowClick={(r) => setOpened({ id: r.customerId, name: r.name })}
        selectedId={opened === null ? null : String(opened.id)}
        label={t('risk.tabs.portfolio')}
        height="calc(100vh - 520px)"
      />
      <Drawer opened={opened !== null} onClose={() => setOpened(null)} position="right" size="xl" title={opened?.name}>
        {opened && <RiskPanel customerId={opened.id} />}
      </Drawer>
    </Stack>
  )
}
