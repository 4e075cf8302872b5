// Recording a promise to pay: an amount by a date, on the customer or on chosen invoices; undo in the toast.
import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, localToday } from '../../../../shared/dates'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AmountField } from './fields'
import { DateField } from '../../components/DateField'
import { InvoicePicker } from './InvoicePicker'
import { useOpenInvoices, useRecord } from './use-arrangements'

export function PromiseModal({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const open = useOpenInvoices(customerId)
  const [onInvoices, setOnInvoices] = useState(false)
  const [invoiceIds, setInvoiceIds] = useState<number[]>([])
  const total = (open.data ?? []).filter((i) => !onInvoices || invoiceIds.includes(i.id)).reduce((s, i) => s + i.openCents, 0)
  // undefined until typed: the promise defaults to everything open (or chosen)
  const [typed, setAmount] = useState<number | null | undefined>(undefined)
  const amountCents = typed === undefined ? (total > 0 ? total : null) : typed
  const [promisedDate, setDate] = useState<string | null>(addDays(localToday(), 7))
  const [note, setNote] = useState('')
  const record = useRecord((input: Parameters<typeof api.arrangements.recordPromise>[0]) => api.arrangements.recordPromise(input), {
    undo: ({ id }) => api.arrangements.cancelPromise({ promiseId: id }),
    message: () => t('arrangements.promise.line', { amount: money(amountCents ?? 0, language), date: promisedDate ? date(promisedDate, language) : '' }),
    onDone: onClose
  })
  const e = record.fieldErrors
  return (
    <Modal opened onClose={onClose} title={t('arrangements.promise.title')} size="lg">
      <form
        onSubmit={(ev) => {
          ev.preventDefault()
          record.mutate({ customerId, amountCents: amountCents ?? 0, promisedDate: promisedDate ?? '', note, ...(onInvoices ? { invoiceIds } : {}) })
        }}
      >
        <Stack gap="sm">
          <Group grow align="start">
            <AmountField label={t('arrangements.promise.amount')} required value={amountCents} onChange={setAmount} error={e.amountCents} data-autofocus />
            <DateField label={t('arrangements.promise.date')} required value={promisedDate} onChange={setDate} error={e.promisedDate} />
          </Group>
          <Checkbox label={t('arrangements.promise.onInvoices')} checked={onInvoices} onChange={(ev) => setOnInvoices(ev.currentTarget.checked)} />
          {onInvoices && <InvoicePicker invoices={open.data ?? []} value={invoiceIds} onChange={setInvoiceIds} error={e.invoiceIds} />}
          <Textarea label={t('arrangements.promise.note')} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              {t('arrangements.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={amountCents === null || amountCents <= 0 || promisedDate === null || (onInvoices && invoiceIds.length === 0)}>
              {t('arrangements.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
