// Bank statements: import files, work through the entries that still need a decision, watch freshness.
import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BankEntryRowDto } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { BankFileImport } from './BankFileImport'
import { EntriesTable } from './EntriesTable'
import { EntryDrawer } from './EntryDrawer'
import { FreshnessPanel } from './FreshnessPanel'

const VIEWS = ['open', 'matched', 'all'] as const
type View = (typeof VIEWS)[number]

export function PaymentsPage() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [view, setView] = useState<View>('open')
  const [openId, setOpenId] = useState<number | null>(null)
  const entries = useQuery({ queryKey: ['payments', 'entries', view], queryFn: () => api.payments.entries({ status: view, limit: 500 }) })
  // the drawer follows the refreshed row, so an accept or undo shows its new status at once
  const selected: BankEntryRowDto | null = entries.data?.rows.find((r) => r.id === openId) ?? null
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('payments.title')}
      </Title>
      <BankFileImport />
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('bank.entriesTitle')}
          </Title>
          <SegmentedControl size="xs" value={view} onChange={(v) => setView(v as View)} data={VIEWS.map((v) => ({ value: v, label: t(`bank.views.${v}`) }))} />
        </Group>
        {entries.data && entries.data.total > entries.data.rows.length && (
          <Text size="sm" c="dimmed">
            {t('bank.showing', { shown: count(entries.data.rows.length, language), total: count(entries.data.total, language) })}
          </Text>
        )}
        {entries.data && <EntriesTable rows={entries.data.rows} onOpen={(r) => setOpenId(r.id)} />}
      </Stack>
      <FreshnessPanel />
      <EntryDrawer entry={selected} onClose={() => setOpenId(null)} />
    </Stack>
  )
}
