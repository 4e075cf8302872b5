// What is past due, by the reminder level it reached; a bar opens those invoices.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useTranslation } from 'react-i18next'
import type { DashboardDto } from '../../../../shared/ipc/dashboard.contract'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { axisEuros } from './charts'

type Props = { levels: DashboardDto['dunningLevels']; onSelect: (level: number) => void; height?: number }

export function LevelsChart({ levels, onSelect, height = 230 }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const data = levels.map((l) => ({ name: l.level === 0 ? t('dashboard.notReminded') : t('dashboard.level', { level: l.level }), euros: l.cents / 100, level: l.level }))
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 400, height }}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={(v: number) => axisEuros(v, language)} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => money(Math.round(Number(v) * 100), language)} />
        <Bar dataKey="euros" fill="#fa5252" isAnimationActive={false} cursor="pointer" onClick={(_entry, index) => onSelect(data[index]?.level ?? 0)} />
      </BarChart>
    </ResponsiveContainer>
  )
}
