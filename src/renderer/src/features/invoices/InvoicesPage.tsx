import { Group, SegmentedControl, Stack, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INVOICE_VIEWS } from '../../../../shared/ipc/invoices.contract'
import { InvoiceGrid } from './InvoiceGrid'

export function InvoicesPage() {
  const { t } = useTranslation()
  const [view, setView] = useState<(typeof INVOICE_VIEWS)[number]>('open')
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('invoices.title')}
      </Title>
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
      <InvoiceGrid view={view} search={debounced} />
    </Stack>
  )
}
