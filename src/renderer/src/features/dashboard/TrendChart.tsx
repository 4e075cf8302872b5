// DSO (countback), best possible DSO and CEI per month; a click on a month opens what was open at its end.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from 'react-i18next'
import type { KpiTrendDto } from '../../../../shared/ipc/reports.contract'
import { useLanguage } from '../../lib/use-language'
import { monthLabel } from './charts'

type Props = { trend: KpiTrendDto; onSelect?: (month: KpiTrendDto[number]) => void; height?: number }

export function TrendChart({ trend, onSelect, height = 240 }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const data = trend.map((m) => ({ name: monthLabel(m.month, language), dso: m.dsoCountback, best: m.bestPossibleDso, cei: m.cei }))
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        style={{ cursor: onSelect ? 'pointer' : undefined }}
        onClick={(state) => {
          const month = trend[Number(state.activeTooltipIndex)]
          if (month && onSelect) onSelect(month)
        }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} />
        <YAxis yAxisId="days" tick={{ fontSize: 12 }} width={40} />
        <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} tick={{ fontSize: 12 }} width={40} unit="%" />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line yAxisId="days" type="monotone" dataKey="dso" name={t('reports.kpi.dsoCountback')} stroke="#1c7ed6" strokeWidth={2} isAnimationActive={false} connectNulls />
        <Line yAxisId="days" type="monotone" dataKey="best" name={t('reports.kpi.bestPossibleDso')} stroke="#12b886" strokeDasharray="4 3" isAnimationActive={false} connectNulls />
        <Line yAxisId="pct" type="monotone" dataKey="cei" name={t('reports.kpi.cei')} stroke="#f76707" isAnimationActive={false} connectNulls />
      </LineChart>
    </ResponsiveContainer>
  )
}
