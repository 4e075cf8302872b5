// The cash-in forecast of the next 13 weeks (the risk domain's prediction per open invoice, summed per
// week) as bars with the likely range in the tooltip; what is expected later is shown under the chart.
// A click on a week opens the invoices predicted to be paid in it.
import { Text } from '@mantine/core'
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from 'react-i18next'
import type { ForecastDto } from '../../../../shared/ipc/risk.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { axisEuros } from './charts'

type Week = ForecastDto['weeks'][number]

export function CashInChart({ forecast, onSelect, height = 220 }: { forecast: ForecastDto; onSelect: (week: Week) => void; height?: number }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const data = forecast.weeks.map((w) => ({
    name: date(w.weekStart, language).slice(0, 5),
    euros: w.expectedCents / 100,
    range: [(w.expectedCents - w.lowCents) / 100, (w.highCents - w.expectedCents) / 100],
    week: w
  }))
  return (
    <>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={(v: number) => axisEuros(v, language)} width={72} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(_v, _n, item) => {
              const w = (item.payload as (typeof data)[number]).week
              return [`${money(w.expectedCents, language)} (${money(w.lowCents, language)} – ${money(w.highCents, language)})`, t('dashboard.cashInExpected')]
            }}
          />
          <Bar dataKey="euros" fill="#228be6" isAnimationActive={false} cursor="pointer" onClick={(_entry, index) => onSelect(forecast.weeks[index] as Week)}>
            <ErrorBar dataKey="range" width={4} stroke="#495057" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Text size="xs" c="dimmed">
        {t('dashboard.cashInLater', { amount: money(forecast.laterCents, language) })}
      </Text>
    </>
  )
}
