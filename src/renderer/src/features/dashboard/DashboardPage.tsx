// The dashboard: the open position as tiles and charts over the one definition of open items. Every
// tile, bar and month opens the invoices behind it (or the report list, for bank money and arrangements).
import { Grid, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { addDays } from '../../../../shared/dates'
import { StatCard } from '../../components/StatCard'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { useDrill } from '../reports/use-drill'
import { AgingChart } from './AgingChart'
import { CashInChart } from './CashInChart'
import { LevelsChart } from './LevelsChart'
import { DASHBOARD_PANELS } from './panels'
import { TrendChart } from './TrendChart'
import { useCashIn, useDashboard, useKpiTrend } from './use-dashboard'

function ChartPanel({ title, hint, children }: { title: string; hint: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" h="100%" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {hint}
      </Text>
      {children}
    </Paper>
  )
}

export function DashboardPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const drill = useDrill()
  const { data } = useDashboard()
  const trend = useKpiTrend().data
  const cashIn = useCashIn().data
  const p = data?.position
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
      {!data || !p ? (
        <Loader size="sm" />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <StatCard label={t('dashboard.open')} value={money(p.openCents, language)} hint={t('dashboard.openItems', { count: p.openCount, n: count(p.openCount, language) })} onClick={() => drill.invoices({ view: 'open' })} />
            <StatCard label={t('dashboard.overdue')} value={money(p.overdueCents, language)} hint={t('dashboard.overdueItems', { count: p.overdueCount, n: count(p.overdueCount, language) })} color="red.7" onClick={() => drill.invoices({ view: 'overdue' })} />
            <StatCard label={t('dashboard.customersOverdue')} value={count(p.customersOverdue, language)} onClick={() => drill.list('worklist')} />
            <StatCard label={t('dashboard.disputed')} value={money(p.disputedCents, language)} hint={t('dashboard.disputedItems', { count: p.disputedCount, n: count(p.disputedCount, language) })} onClick={() => drill.invoices({ view: 'disputed' })} />
            <StatCard label={t('dashboard.creditNotes')} value={money(p.creditNotesCents, language)} hint={t('dashboard.creditNotesHint', { count: p.creditNotesCount, n: count(p.creditNotesCount, language) })} onClick={() => drill.invoices({ view: 'open', creditNotes: true })} />
            <StatCard label={t('dashboard.unapplied')} value={money(p.unappliedCents, language)} hint={t('dashboard.unappliedHint', { count: p.unappliedCount, n: count(p.unappliedCount, language) })} onClick={() => drill.list('unapplied')} />
            <StatCard label={t('dashboard.promises')} value={count(data.openPromises, language)} onClick={() => drill.list('promises')} />
            <StatCard label={t('dashboard.plans')} value={count(data.activePlans, language)} onClick={() => drill.list('plans')} />
          </SimpleGrid>
          <Grid>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <ChartPanel title={t('dashboard.aging')} hint={t('dashboard.agingHint')}>
                <AgingChart buckets={data.aging} onSelect={(b) => drill.invoices({ view: 'open', bucket: { basis: data.agingBasis, fromDays: b.fromDays, toDays: b.toDays } })} />
              </ChartPanel>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <ChartPanel title={t('dashboard.levels')} hint={t('dashboard.agingHint')}>
                <LevelsChart levels={data.dunningLevels} onSelect={(level) => drill.invoices({ view: 'overdue', dunningLevel: level })} />
              </ChartPanel>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <ChartPanel title={t('dashboard.trend')} hint={t('dashboard.trendHint')}>
                {trend ? <TrendChart trend={trend} onSelect={(m) => drill.invoices({ view: 'open', asOf: m.to })} /> : <Loader size="sm" />}
              </ChartPanel>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <ChartPanel title={t('dashboard.cashIn')} hint={t('dashboard.cashInHint')}>
                {cashIn ? (
                  <CashInChart forecast={cashIn} onSelect={(w) => drill.invoices({ view: 'open', expected: { from: w.weekStart, to: addDays(w.weekStart, 6) } })} />
                ) : (
                  <Loader size="sm" />
                )}
              </ChartPanel>
            </Grid.Col>
          </Grid>
          {DASHBOARD_PANELS.map(({ id, Panel }) => (
            <Panel key={id} />
          ))}
        </>
      )}
    </Stack>
  )
}
