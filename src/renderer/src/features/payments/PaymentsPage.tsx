// Bank statements: import files, work through the entries that still need a decision, watch freshness.
import { Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BankEntryRowDto } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { BankAccountsPanel } from './BankAccountsPanel'
import { BankFileImport } from './BankFileImport'
import { EntriesTable } from './EntriesTable'
import { EntryDrawer } from './EntryDrawer'
import { FreshnessPanel } from './FreshnessPanel'

const VIEWS = ['open', 'matched', 'all'] as const
type View = (typeof VIEWS)[number]
const PAGE_SIZE = 200

export function PaymentsPage() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [view, setView] = useState<View>('open')
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  // the entry the bookkeeper opened, as it was clicked; the drawer reads its current state itself, so an
  // entry that leaves the view (fully allocated, undone) neither closes the drawer nor reopens it later
  const [opened, setOpened] = useState<BankEntryRowDto | null>(null)
  const params = { status: view, search: debounced || undefined }
  const { rows, first, hasMore, loadMore } = usePagedList(['payments', 'entries', params], (offset, limit) => api.payments.entries({ ...params, offset, limit }), PAGE_SIZE)
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
        <Group justify="space-between">
          <TextInput size="xs" w={360} placeholder={t('bank.searchPlaceholder')} aria-label={t('app.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <Text size="sm" c="dimmed" data-testid="entries-summary">
            {first === undefined ? t('app.loading') : t('bank.entryCount', { count: first.total, n: count(first.total, language) })}
          </Text>
        </Group>
        <EntriesTable rows={rows} hasMore={hasMore} onLoadMore={loadMore} selectedId={opened?.id ?? null} onOpen={setOpened} label={t('bank.entriesTitle')} />
      </Stack>
      <FreshnessPanel />
      <BankAccountsPanel />
      <EntryDrawer entryId={opened?.id ?? null} initial={opened} onClose={() => setOpened(null)} />
    </Stack>
  )
}
