import { Stack, Text } from '@mantine/core'
import { useInfiniteQuery } from '@tanstack/react-query'
import type { SortingState } from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { INVOICE_VIEWS, InvoiceRowDto, InvoiceSortColumn } from '../../../../shared/ipc/invoices.contract'
import { useApi } from '../../api/ApiProvider'
import { VirtualTable } from '../../components/VirtualTable'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { INVOICE_COLUMNS } from './invoice-columns'

const PAGE_SIZE = 200

type Props = {
  view: (typeof INVOICE_VIEWS)[number]
  search?: string
  initialSort?: SortingState
  height?: number | string
  onRowClick?: (row: InvoiceRowDto) => void
}

/** Invoices from main, a page at a time, in whatever order the user clicked. */
export function InvoiceGrid({ view, search, initialSort = [{ id: 'dueDate', desc: false }], height, onRowClick }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [sorting, setSorting] = useState<SortingState>(initialSort)
  const sort = sorting[0] ?? { id: 'dueDate', desc: false }
  const params = { view, search: search || undefined, sort: sort.id as InvoiceSortColumn, direction: sort.desc ? ('desc' as const) : ('asc' as const) }

  const query = useInfiniteQuery({
    queryKey: ['invoices', 'list', params],
    queryFn: ({ pageParam }) => api.invoices.list({ ...params, offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((n, p) => n + p.rows.length, 0)
      return loaded < last.total ? loaded : undefined
    }
  })
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.rows) ?? [], [query.data])
  const first = query.data?.pages[0]
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  const loadMore = useMemo(
    () => () => {
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
    },
    [hasNextPage, isFetchingNextPage, fetchNextPage]
  )

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="invoice-summary">
        {first ? t('invoices.summary', { count: first.total, n: count(first.total, language), amount: money(first.openCents, language) }) : t('app.loading')}
      </Text>
      <VirtualTable
        data={rows}
        columns={INVOICE_COLUMNS}
        sorting={sorting}
        onSortingChange={setSorting}
        hasMore={hasNextPage}
        onLoadMore={loadMore}
        getRowId={(r) => String(r.id)}
        height={height}
        onRowClick={onRowClick}
        label={t('invoices.title')}
      />
    </Stack>
  )
}
