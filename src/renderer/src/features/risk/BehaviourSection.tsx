// How the customer really pays: the behaviour figures and two mini-charts of the last 12 months.
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, Cell, Tooltip, XAxis } from 'recharts'
import type { Language } from '../../../../shared/domains/parties'
import type { RiskCardDto } from '../../../../shared/ipc/risk.contract'
import { useLanguage } from '../../lib/use-language'
import { Figure } from './risk-format'

const LOCALES: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

function monthLabel(month: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
}

function MiniChart({ title, data, color }: { title: string; data: { label: string; value: number }[]; color: (v: number) => string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {title}
      </Text>
      {/* fixed size: a mini-chart in a drawer, no resize observer needed */}
      <BarChart width={300} height={90} data={data} margin={{ top: 4, right: 4, bottom: 0, left: 4 }} aria-label={title}>
        <XAxis dataKey="label" tick={{ fontSize: 10 }} interval={1} tickLine={false} />
        <Tooltip formatter={(v) => [String(v), title]} />
        <Bar dataKey="value" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.label} fill={color(d.value)} />
          ))}
        </Bar>
      </BarChart>
    </div>
  )
}

export function BehaviourSection({ card }: { card: RiskCardDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const b = card.behaviour
  const days = (n: number | null) => (n === null ? t('risk.card.none') : t('risk.card.days', { days: new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(n) }))
  const late = card.monthly.map((m) => ({ label: monthLabel(m.month, language), value: m.avgDaysLate ?? 0 }))
  const paid = card.monthly.map((m) => ({ label: monthLabel(m.month, language), value: m.paid }))
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('risk.card.behaviour')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('risk.card.behaviour')}
        </Title>
        <SimpleGrid cols={3} spacing="sm">
          <Figure label={t('risk.card.avgDaysToPay')} value={days(b.avgDaysToPay)} />
          <Figure label={t('risk.card.weightedDaysToPay')} value={days(b.weightedDaysToPay)} />
          <Figure label={t('risk.card.avgDaysLate')} value={days(b.avgDaysLate)} color={(b.avgDaysLate ?? 0) > 0 ? 'red.7' : undefined} />
          <Figure label={t('risk.card.lateShare')} value={b.lateSharePct === null ? t('risk.card.none') : `${b.lateSharePct}\u00a0%`} />
          <Figure label={t('risk.card.trend')} value={b.trendDays === null ? t('risk.card.none') : `${b.trendDays > 0 ? '+' : ''}${days(b.trendDays)}`} color={(b.trendDays ?? 0) > 0 ? 'red.7' : undefined} />
          <Figure label={t('risk.card.paidCount')} value={String(b.paidCount)} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <MiniChart title={t('risk.card.chartLate')} data={late} color={(v) => (v > 0 ? '#e8590c' : '#0ca678')} />
          <MiniChart title={t('risk.card.chartPaid')} data={paid} color={() => '#1c7ed6'} />
        </SimpleGrid>
      </Stack>
    </Paper>
  )
}
