import { Button, Group, SegmentedControl, Stack, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INVOICE_VIEWS } from '../../../../shared/ipc/invoices.contract'
import { useRouteQuery, useSection } from '../../routes'
import { InvoiceBulkBar } from '../arrangements/InvoiceBulkBar'
import { DrillDownBanner } from './DrillDownBanner'
import { filterFromParams, filterToParams, filterToQuery, type InvoiceFilter, type InvoiceView, isDrillDown } from './drill-down'
import { InvoiceForm } from './InvoiceForm'
import { InvoiceGrid } from './InvoiceGrid'

export function InvoicesPage() {
  const { t } = useTranslation()
  // the view and any drill-down live in the address, so a figure elsewhere can open the grid filtered
  const query = useRouteQuery()
  const filter = useMemo(() => filterFromParams(query), [query])
  const [, go] = useSection()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  // null: closed; 'new' or the id of the invoice being edited (a click on its row)
  const [form, setForm] = useState<number | 'new' | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const selection = useMemo(() => ({ selected, onChange: setSelected }), [selected])
  const setFilter = (next: InvoiceFilter) => {
    // a fresh empty set would give the grid new columns and re-render every row for nothing
    setSelected((current) => (current.size === 0 ? current : new Set()))
    go('invoices', filterToParams(next))
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('invoices.title')}
        </Title>
        <Button onClick={() => setForm('new')}>{t('entry.newInvoice')}</Button>
      </Group>
      {form !== null && <InvoiceForm invoiceId={form === 'new' ? null : form} onClose={() => setForm(null)} />}
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          value={filter.view}
          onChange={(v) => setFilter({ ...filter, view: v as InvoiceView })}
          data={INVOICE_VIEWS.map((v) => ({ value: v, label: t(`invoices.views.${v}`) }))}
        />
        <TextInput
          size="xs"
          w={320}
          placeholder={t('invoices.searchPlaceholder')}
          aria-label={t('app.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      {selected.size > 0 && <InvoiceBulkBar selected={selected} onDone={() => setSelected(new Set())} />}
      {isDrillDown(filter) && <DrillDownBanner filter={filter} onClear={() => setFilter({ view: filter.view })} />}
      <InvoiceGrid {...filterToQuery(filter)} search={debounced} onRowClick={(row) => setForm(row.id)} selection={selection} />
    </Stack>
  )
}
