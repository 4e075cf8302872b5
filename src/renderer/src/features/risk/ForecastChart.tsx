// Expected cash-in per week for the coming weeks as bars, with the 80 % band around them.
import { Box } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Area, Bar, CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { ForecastDto } from '../../../../shared/ipc/risk.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

export function ForecastChart({ weeks, height = 260 }: { weeks: ForecastDto['weeks']; height?: number }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { ref, width } = useElementSize()
  const data = weeks.map((w) => ({ label: date(w.weekStart, language).slice(0, 5), weekStart: w.weekStart, expected: w.expectedCents / 100, band: [w.lowCents / 100, w.highCents / 100] }))
  const euros = (v: number) => money(Math.round(v * 100), language).replace(/[,.]00(?=\D*$)/, '')
  return (
    <Box ref={ref} h={height} aria-label={t('risk.forecast.chart')} data-testid="forecast-chart">
      {/* drawn once the box has a width: a chart of width 0 only warns */}
      {width > 0 && (
        <ComposedChart width={width} height={height} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={euros} width={90} tick={{ fontSize: 11 }} />
          <Tooltip
            labelFormatter={(_, payload) => t('risk.forecast.weekOf', { date: date(String(payload[0]?.payload?.weekStart ?? ''), language) })}
            formatter={(v, name) => [Array.isArray(v) ? v.map((x) => euros(Number(x))).join(' – ') : euros(Number(v)), name === 'band' ? t('risk.forecast.band') : t('risk.forecast.expected')]}
          />
          <Area dataKey="band" type="monotone" fill="#a5d8ff" stroke="none" fillOpacity={0.6} isAnimationActive={false} name="band" />
          <Bar dataKey="expected" fill="#1971c2" barSize={22} isAnimationActive={false} name="expected" />
        </ComposedChart>
      )}
    </Box>
  )
}
