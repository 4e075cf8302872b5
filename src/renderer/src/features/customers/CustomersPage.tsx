import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { SortingState } from '@tanstack/react-table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CUSTOMER_SORT_COLUMNS } from '../../../../shared/ipc/customers.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { VirtualTable } from '../../components/VirtualTable'
import { CUSTOMER_COLUMNS } from './customer-columns'
import { CustomerDrawer } from './CustomerDrawer'
import { CustomerForm } from './CustomerForm'

const PAGE_SIZE = 200

export function CustomersPage() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  const [sorting, setSorting] = useState<SortingState>([{ id: 'overdueCents', desc: true }])
  // the customer whose drawer is open; everything about a customer lives in that drawer, so nothing
  // on the page can keep showing a customer the list no longer shows
  const [opened, setOpened] = useState<number | null>(null)
  // null: closed; 'new' or the id of the customer being edited
  const [form, setForm] = useState<number | 'new' | null>(null)
  const sort = sorting[0] ?? { id: 'overdueCents', desc: true }
  const params = { search: debounced || undefined, sort: sort.id as (typeof CUSTOMER_SORT_COLUMNS)[number], direction: sort.desc ? ('desc' as const) : ('asc' as const) }

  const { rows, first, hasMore, loadMore } = usePagedList(['customers', 'list', params], (offset, limit) => api.customers.list({ ...params, offset, limit }), PAGE_SIZE)
  const total = first?.total

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('customers.title')}
        </Title>
        <Button onClick={() => setForm('new')}>{t('entry.newCustomer')}</Button>
      </Group>
      {form !== null && <CustomerForm customerId={form === 'new' ? null : form} onClose={() => setForm(null)} onSaved={(c) => setOpened(c.id)} />}
      <CustomerDrawer customerId={form === null ? opened : null} onClose={() => setOpened(null)} onEdit={(id) => setForm(id)} />
      <Group justify="space-between">
        <TextInput size="xs" w={320} placeholder={t('customers.searchPlaceholder')} aria-label={t('app.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <Text size="sm" c="dimmed">
          {total === undefined ? t('app.loading') : t('customers.summary', { count: total, n: count(total, language) })}
        </Text>
      </Group>
      <VirtualTable
        data={rows}
        columns={CUSTOMER_COLUMNS}
        sorting={sorting}
        onSortingChange={setSorting}
        hasMore={hasMore}
        onLoadMore={loadMore}
        getRowId={(r) => String(r.id)}
        onRowClick={(r) => setOpened(r.id)}
        selectedId={opened === null ? null : String(opened)}
        label={t('customers.title')}
        height="calc(100vh - 200px)"
      />
    </Stack>
  )
}
