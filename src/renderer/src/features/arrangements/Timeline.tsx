// The customer timeline: everything recorded, the reminders and letters sent and the payments received,
// newest first, loaded a page at a time.
import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { describeEvent } from '../../../../shared/domains/arrangements/describe-event'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { date } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

const PAGE = 30
const COLOR: Record<string, string> = { promise: 'blue', plan: 'teal', dispute: 'grape', hold: 'yellow', snooze: 'yellow', handover: 'orange', note: 'gray', call: 'cyan', reminder: 'red', payment: 'green', letter: 'indigo' }

export function Timeline({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const { rows, first, hasMore, loadMore } = usePagedList(
    ['customers', 'arrangements', 'timeline', customerId],
    async (offset, limit) => {
      const page = await api.arrangements.timeline({ customerId, offset, limit })
      return { rows: page.events, total: page.total }
    },
    PAGE
  )
  if (first && rows.length === 0) return <Text size="sm" c="dimmed">{t('arrangements.emptyTimeline')}</Text>
  return (
    <Stack gap={4} data-testid="timeline">
      {rows.map((e) => (
        <Group key={`${e.kind}-${e.recordId}`} gap="xs" wrap="nowrap" align="start">
          <Text size="xs" c="dimmed" w={78} style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
            {date(e.date, language)}
          </Text>
          <Badge size="xs" variant="light" color={COLOR[e.kind] ?? 'gray'} style={{ flexShrink: 0 }} w={118}>
            {t(`arrangements.labels.kind.${e.kind}`)}
          </Badge>
          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
            {describeEvent(e, language)}
          </Text>
        </Group>
      ))}
      {hasMore && (
        <Button size="compact-xs" variant="subtle" onClick={loadMore}>
          {t('arrangements.loadMore')}
        </Button>
      )}
    </Stack>
  )
}
