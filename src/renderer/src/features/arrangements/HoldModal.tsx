// Holding or snoozing reminders for the whole customer or chosen invoices, with a reason and an end date.
import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, localToday } from '../../../../shared/dates'
import type { HoldKind } from '../../../../shared/domains/arrangements/vocabulary'
import { useApi } from '../../api/ApiProvider'
import { DateField } from '../../components/DateField'
import { InvoicePicker } from './InvoicePicker'
import { useOpenInvoices, useRecord } from './use-arrangements'

export function HoldModal({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const open = useOpenInvoices(customerId)
  const [kind, setKind] = useState<HoldKind>('snooze')
  const [scope, setScope] = useState<'customer' | 'invoices'>('customer')
  const [invoiceIds, setInvoiceIds] = useState<number[]>([])
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState<string | null>(addDays(localToday(), 14))
  const record = useRecord(() => api.arrangements.placeHold({ customerId, kind, reason, until, ...(scope === 'invoices' ? { invoiceIds } : {}) }), {
    kind,
    undo: (placed) => Promise.all(placed.map((h) => api.arrangements.releaseHold({ holdId: h.id }))),
    onDone: onClose
  })
  const e = record.fieldErrors
  return (
    <Modal opened onClose={onClose} title={t('arrangements.hold.title')} size="lg">
      <Stack gap="sm">
        <Group>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('arrangements.hold.kind')}
            </Text>
            <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as HoldKind)} data={[{ value: 'snooze', label: t('arrangements.hold.snooze') }, { value: 'hold', label: t('arrangements.hold.hold') }]} />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('arrangements.hold.scope')}
            </Text>
            <SegmentedControl size="xs" value={scope} onChange={(v) => setScope(v as 'customer' | 'invoices')} data={[{ value: 'customer', label: t('arrangements.hold.customer') }, { value: 'invoices', label: t('arrangements.hold.invoices') }]} />
          </div>
        </Group>
        {scope === 'invoices' && <InvoicePicker invoices={open.data ?? []} value={invoiceIds} onChange={setInvoiceIds} error={e.invoiceIds} />}
        <Textarea label={t('arrangements.hold.reason')} required value={reason} onChange={(ev) => setReason(ev.currentTarget.value)} error={e.reason} autosize minRows={2} data-autofocus />
        <DateField label={t('arrangements.hold.until')} description={kind === 'hold' ? t('arrangements.hold.untilHint') : undefined} required={kind === 'snooze'} value={until} onChange={setUntil} onClear={() => setUntil(null)} error={e.until} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button onClick={() => record.mutate(undefined)} loading={record.isPending} disabled={reason.trim() === '' || (kind === 'snooze' && until === null) || (scope === 'invoices' && invoiceIds.length === 0)}>
            {t('arrangements.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
