// One customer opened from the list: address and contact, the risk card and their invoices. Further
// sections (a timeline, arrangements) are tabs of their own.
import { Button, Drawer, Group, SegmentedControl, Stack, Tabs, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { postalAddressLines } from '../../../../shared/domains/customers/address'
import type { CustomerRecordDto } from '../../../../shared/ipc/entry.contract'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'
import { ArrangementsPanel } from '../arrangements/ArrangementsPanel'
import { InvoiceForm } from '../invoices/InvoiceForm'
import { InvoiceGrid } from '../invoices/InvoiceGrid'
import { RiskPanel } from '../risk/RiskPanel'
import { RiskCard } from './RiskCard'
import { CustomerLetters } from '../letters/CustomerLetters'

const INVOICE_VIEWS = ['open', 'all'] as const

function AddressBlock({ customer }: { customer: CustomerRecordDto }) {
  const api = useApi()
  const language = useLanguage()
  const profile = useQuery({ queryKey: ['settings', 'profile'], queryFn: () => api.settings.getProfile({}) })
  const lines = postalAddressLines(customer, { country: profile.data?.country ?? 'NL', language })
  return (
    <Stack gap={0} data-testid="customer-address">
      {lines.map((line, i) => (
        <Text key={i} size="sm" fw={i === 0 ? 600 : undefined}>
          {line}
        </Text>
      ))}
      {[customer.email, customer.phone].filter(Boolean).map((c) => (
        <Text key={c} size="sm" c="dimmed">
          {c}
        </Text>
      ))}
    </Stack>
  )
}

function CustomerInvoices({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const [view, setView] = useState<(typeof INVOICE_VIEWS)[number]>('open')
  const [editing, setEditing] = useState<number | null>(null)
  return (
    <Stack gap="xs">
      <SegmentedControl size="xs" value={view} onChange={(v) => setView(v as typeof view)} data={INVOICE_VIEWS.map((v) => ({ value: v, label: t(`invoices.views.${v}`) }))} />
      <InvoiceGrid view={view} customerId={customerId} height="calc(100vh - 330px)" onRowClick={(row) => setEditing(row.id)} />
      {editing !== null && <InvoiceForm invoiceId={editing} onClose={() => setEditing(null)} />}
    </Stack>
  )
}

type Props = { customerId: number | null; onClose: () => void; onEdit: (customerId: number) => void }

export function CustomerDrawer({ customerId, onClose, onEdit }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const record = useQuery({ queryKey: ['customers', 'record', customerId], queryFn: () => api.entry.getCustomer({ customerId: customerId ?? 0 }), enabled: customerId !== null })
  const customer = record.data?.id === customerId ? record.data : undefined
  return (
    <Drawer opened={customerId !== null} onClose={onClose} position="right" size="xl" title={customer?.name ?? t('app.loading')}>
      {customerId !== null && customer && (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <AddressBlock customer={customer} />
            <Button variant="light" onClick={() => onEdit(customerId)}>
              {t('entry.editCustomer')}
            </Button>
          </Group>
          <Tabs defaultValue="overview" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="overview">{t('customers.tabs.overview')}</Tabs.Tab>
              <Tabs.Tab value="invoices">{t('customers.tabs.invoices')}</Tabs.Tab>
              <Tabs.Tab value="letters">{t('letters.archive.title')}</Tabs.Tab>
              <Tabs.Tab value="risk">{t('risk.tab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="overview" pt="sm">
              <Stack gap="sm">
                <RiskCard customerId={customerId} />
                <ArrangementsPanel customerId={customerId} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="invoices" pt="sm">
              <CustomerInvoices customerId={customerId} />
            </Tabs.Panel>
            <Tabs.Panel value="letters" pt="sm">
              <CustomerLetters customerId={customerId} email={customer.email} />
            </Tabs.Panel>
            <Tabs.Panel value="risk" pt="sm">
              <RiskPanel customerId={customerId} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </Drawer>
  )
}
