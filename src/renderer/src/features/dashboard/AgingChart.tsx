// The aging as bars, one per bucket; a click on a bar (or its line in the list) opens the invoices behind it.
import { Group, Stack, Text, UnstyledButton } from '@mantine/core'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { bucketLabel, reportTexts } from '../../../../shared/domains/reports/texts'
import type { AgingCellDto } from '../../../../shared/ipc/reports.contract'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { axisEuros, BUCKET_COLORS } from './charts'

type Props = { buckets: AgingCellDto[]; onSelect: (bucket: AgingCellDto) => void; height?: number }

export function AgingChart({ buckets, onSelect, height = 230 }: Props) {
  const language = useLanguage()
  const texts = reportTexts(language)
  const data = buckets.map((b) => ({ name: bucketLabel(texts, b), euros: b.cents / 100, bucket: b }))
  return (
    <Stack gap="xs">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tickFormatter={(v: number) => axisEuros(v, language)} width={72} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => money(Math.round(Number(v) * 100), language)} />
          <Bar dataKey="euros" isAnimationActive={false} cursor="pointer" onClick={(_entry, index) => onSelect(buckets[index] as AgingCellDto)}>
            {data.map((d, i) => (
              <Cell key={d.name} fill={BUCKET_COLORS[i % BUCKET_COLORS.length]} aria-label={d.name} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Group gap="xs" wrap="wrap">
        {data.map((d, i) => (
          <UnstyledButton key={d.name} onClick={() => onSelect(d.bucket)} aria-label={`${d.name}: ${money(d.bucket.cents, language)}`} px={6} py={2} style={{ borderRadius: 4 }}>
            <Group gap={6} wrap="nowrap">
              <span style={{ width: 10, height: 10, borderRadius: 2, background: BUCKET_COLORS[i % BUCKET_COLORS.length] }} />
              <Text size="xs">
                {d.name}: <b>{money(d.bucket.cents, language)}</b> · {count(d.bucket.count, language)}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Group>
    </Stack>
  )
}
