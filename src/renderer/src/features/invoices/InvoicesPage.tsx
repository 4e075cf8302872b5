import { Button, Group, SegmentedControl, Stack, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INVOICE_VIEWS } from '../../../../shared/ipc/invoices.contract'
import { InvoiceForm } from './InvoiceForm'
import { InvoiceGrid } from './InvoiceGrid'

export function InvoicesPage() {
  const { t } = useTranslation()
  const [view, setView] = useState<(typeof INVOICE_VIEWS)[number]>('open')
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  // null: closed; 'new' or the id of the invoice being edited (a click on its row)
  const [form, setForm] = useState<number | 'new' | null>(null)
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
          value={view}
          onChange={(v) => setView(v as (typeof INVOICE_VIEWS)[number])}
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
      <InvoiceGrid view={view} search={debounced} onRowClick={(row) => setForm(row.id)} />
    </Stack>
  )
}
