// The report lists, paged from main as the grid scrolls: open items, the collector's worklist, the
// dunning history, promises, plans, disputes, unapplied payments and all bank entries. A row opens its
// invoice or customer in the invoice grid; each list exports to Excel or CSV.
import { Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import { REPORT_LISTS, type ReportList } from '../../../../shared/domains/reports/tables'
import { LIST_COLUMNS } from '../../../../shared/domains/reports/tables'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { VirtualTable } from '../../components/VirtualTable'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { DateField } from '../../components/DateField'
import { ExportMenu } from './ExportMenu'
import { reportColumns } from './report-columns'
import { useDrill } from './use-drill'

const PAGE = 200

export function ReportLists({ list, onList }: { list: ReportList; onList: (list: ReportList) => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const drill = useDrill()
  const [asOf, setAsOf] = useState(localToday())
  const [search, setSearch] = useState('')
  const [needle] = useDebouncedValue(search.trim(), 250)
  const columns = useMemo(() => reportColumns(LIST_COLUMNS[list]), [list])
  const params = { list, asOf, search: needle || undefined }
  const { rows, first, hasMore, loadMore } = usePagedList(['reports', 'list', params], (offset, limit) => api.reports.list({ ...params, offset, limit }), PAGE)
  return (
    <Stack gap="sm">
      <Group align="end" justify="space-between">
        <Group align="end" gap="sm">
          <Select
            size="xs"
            w={260}
            label={t('reports.listLabel')}
            value={list}
            allowDeselect={false}
            onChange={(v) => v && onList(v as ReportList)}
            data={REPORT_LISTS.map((l) => ({ value: l, label: t(`reports.titles.${l}`) }))}
          />
          <DateField size="xs" w={140} label={t('reports.asOfLabel')} value={asOf} onChange={setAsOf} />
          <TextInput size="xs" w={240} label={t('reports.searchList')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        </Group>
        <ExportMenu ask={{ report: list, asOf, search: needle || undefined }} />
      </Group>
      <Text size="xs" c="dimmed" data-testid="list-summary">
        {first ? t('reports.rowsShown', { shown: count(rows.length, language), total: count(first.total, language) }) : t('app.loading')}
      </Text>
      <VirtualTable
        data={rows}
        columns={columns}
        sorting={[]}
        onSortingChange={() => undefined}
        hasMore={hasMore ?? false}
        onLoadMore={loadMore}
        getRowId={(r) => `${r.invoiceId ?? ''}-${r.customerId ?? ''}-${r.entryId ?? ''}-${r.cells.join('|')}`}
        height="calc(100vh - 300px)"
        label={t(`reports.titles.${list}`)}
        onRowClick={(r) => {
          if (r.invoiceId) drill.invoices({ view: 'all', customerId: r.customerId ?? undefined })
          else if (r.customerId) drill.invoices({ view: 'open', asOf, customerId: r.customerId })
        }}
      />
    </Stack>
  )
}
