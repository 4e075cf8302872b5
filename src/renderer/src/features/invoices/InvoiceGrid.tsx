import { Stack, Text } from '@mantine/core'
import type { SortingState } from '@tanstack/react-table'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { INVOICE_VIEWS, InvoiceListInputDto, InvoiceRowDto, InvoiceSortColumn } from '../../../../shared/ipc/invoices.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { VirtualTable } from '../../components/VirtualTable'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { type InvoiceSelection, selectionColumn } from '../arrangements/selection-column'
import { INVOICE_COLUMNS } from './invoice-columns'

const PAGE_SIZE = 200

type Props = {
  view: (typeof INVOICE_VIEWS)[number]
  search?: string
  /** only this customer's invoices */
  customerId?: number
  /** a drill-down: the items as of this day, in this aging bucket, at this reminder level */
  asOf?: string
  bucket?: InvoiceListInputDto['bucket']
  dunningLevel?: number
  creditNotes?: boolean
  expected?: InvoiceListInputDto['expected']
  initialSort?: SortingState
  height?: number | string
  onRowClick?: (row: InvoiceRowDto) => void
  /** a checkbox column for bulk actions */
  selection?: InvoiceSelection
}

/** Invoices from main, a page at a time, in whatever order the user clicked. */
export function InvoiceGrid({ view, search, customerId, asOf, bucket, dunningLevel, creditNotes, expected, initialSort = [{ id: 'dueDate', desc: false }], height, onRowClick, selection }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [sorting, setSorting] = useState<SortingState>(initialSort)
  const sort = sorting[0] ?? { id: 'dueDate', desc: false }
  const params = { view, search: search || undefined, customerId, asOf, bucket, dunningLevel, creditNotes, expected, sort: sort.id as InvoiceSortColumn, direction: sort.desc ? ('desc' as const) : ('asc' as const) }

  const { rows, first, hasMore, loadMore } = usePagedList(['invoices', 'list', params], (offset, limit) => api.invoices.list({ ...params, offset, limit }), PAGE_SIZE)
  const columns = useMemo(() => (selection ? [selectionColumn(selection, rows), ...INVOICE_COLUMNS] : INVOICE_COLUMNS), [selection, rows])

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="invoice-summary">
        {first ? t('invoices.summary', { count: first.total, n: count(first.total, language), amount: money(first.openCents, language) }) : t('app.loading')}
      </Text>
      <VirtualTable
        data={rows}
        columns={columns}
        sorting={sorting}
        onSortingChange={setSorting}
        hasMore={hasMore}
        onLoadMore={loadMore}
        getRowId={(r) => String(r.id)}
        height={height}
        onRowClick={onRowClick}
        label={t('invoices.title')}
      />
    </Stack>
  )
}
