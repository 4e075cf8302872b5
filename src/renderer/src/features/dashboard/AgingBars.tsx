import { Group, Progress, Stack, Text } from '@mantine/core'
import { bucketLabel, reportTexts } from '../../../../shared/domains/reports/texts'
import type { DashboardDto } from '../../../../shared/ipc/dashboard.contract'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

const COLORS = ['teal', 'yellow', 'orange', 'red', 'grape', 'violet', 'indigo', 'blue', 'cyan'] as const

export function AgingBars({ aging }: { aging: DashboardDto['aging'] }) {
  const language = useLanguage()
  const texts = reportTexts(language)
  const max = Math.max(1, ...aging.map((a) => a.cents))
  return (
    <Stack gap="xs">
      {aging.map((a, i) => (
        <div key={a.label}>
          <Group justify="space-between">
            <Text size="sm">{bucketLabel(texts, a)}</Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {money(a.cents, language)} · {a.count}
            </Text>
          </Group>
          <Progress value={(100 * a.cents) / max} color={COLORS[i % COLORS.length]} size="lg" aria-label={bucketLabel(texts, a)} />
        </div>
      ))}
    </Stack>
  )
}
