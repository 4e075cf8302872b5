import { Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DashboardDto } from '../../../../shared/ipc/dashboard.contract'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

const COLORS = { notDue: 'teal', d1to30: 'yellow', d31to60: 'orange', d61to90: 'red', over90: 'grape' } as const

export function AgingBars({ aging }: { aging: DashboardDto['aging'] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const max = Math.max(1, ...aging.map((a) => a.cents))
  return (
    <Stack gap="xs">
      {aging.map((a) => (
        <div key={a.bucket}>
          <Group justify="space-between">
            <Text size="sm">{t(`aging.${a.bucket}`)}</Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {money(a.cents, language)} · {a.count}
            </Text>
          </Group>
          <Progress value={(100 * a.cents) / max} color={COLORS[a.bucket]} size="lg" aria-label={t(`aging.${a.bucket}`)} />
        </div>
      ))}
    </Stack>
  )
}
