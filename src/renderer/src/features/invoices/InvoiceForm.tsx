// New or edit invoice (open item), in a modal: the customer is chosen once, amounts are typed in euros.
import { Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoiceInputSchema } from '../../../../shared/domains/invoices/invoice.schema'
import type { InvoiceRecordDto } from '../../../../shared/ipc/entry.contract'
import { useApi } from '../../api/ApiProvider'
import { FormActions } from '../../components/FormActions'
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../../lib/form-errors'
import { AmountField } from '../arrangements/fields'
import { DateField } from '../../components/DateField'

type Draft = {
  customerId: number | null
  number: string
  invoiceDate: string | null
  dueDate: string | null
  amountCents: number | null
  openCents: number | null
  paymentReference: string
  description: string
}

const EMPTY: Draft = { customerId: null, number: '', invoiceDate: null, dueDate: null, amountCents: null, openCents: null, paymentReference: '', description: '' }

const toDraft = (i: InvoiceRecordDto): Draft => ({
  customerId: i.customerId,
  number: i.number,
  invoiceDate: i.invoiceDate,
  dueDate: i.dueDate,
  amountCents: i.amountCents,
  openCents: i.openCents,
  paymentReference: i.paymentReference ?? '',
  description: i.description ?? ''
})

/** What the schema and main receive; empty optional fields are left out so main fills its defaults. */
function toInput(d: Draft) {
  return {
    customerId: d.customerId ?? 0,
    number: d.number,
    invoiceDate: d.invoiceDate ?? '',
    ...(d.dueDate ? { dueDate: d.dueDate } : {}),
    amountCents: d.amountCents ?? 0,
    ...(d.openCents === null ? {} : { openCents: d.openCents }),
    paymentReference: d.paymentReference,
    description: d.description
  }
}

type Props = { invoiceId: number | null; onClose: () => void }

/** `invoiceId` null: a new invoice. */
export function InvoiceForm({ invoiceId, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const existing = useQuery({ queryKey: ['invoices', 'record', invoiceId], queryFn: () => api.entry.getInvoice({ invoiceId: invoiceId ?? 0 }), enabled: invoiceId !== null })
  const [edits, setEdits] = useState<Partial<Draft>>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  const customers = useQuery({ queryKey: ['customers', 'pick', debounced], queryFn: () => api.customers.list({ search: debounced || undefined, sort: 'name', direction: 'asc', limit: 50 }), enabled: invoiceId === null })
  const draft: Draft = { ...(existing.data ? toDraft(existing.data) : EMPTY), ...edits }
  const save = useMutation({
    mutationFn: () => {
      const { customerId, ...patch } = toInput(draft)
      return invoiceId === null ? api.entry.createInvoice({ customerId, ...patch }) : api.entry.updateInvoice({ invoiceId, patch })
    },
    meta: { inlineErrors: true },
    onError: (err) => setErrors(serverFieldErrors(err, t)),
    onSuccess: onClose
  })
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setEdits((e) => ({ ...e, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const checked = invoiceInputSchema.safeParse(toInput(draft))
    if (!checked.success) return setErrors(zodFieldErrors(checked.error, t))
    setErrors({})
    save.mutate()
  }
  const title = invoiceId === null ? t('entry.newInvoice') : t('entry.editInvoice')

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} aria-label={title} noValidate>
        <Stack gap="sm">
          {invoiceId === null && (
            <Group align="end" grow>
              <TextInput label={t('entry.invoice.findCustomer')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
              <Select
                label={t('entry.invoice.customer')}
                required
                data={(customers.data?.rows ?? []).map((c) => ({ value: String(c.id), label: `${c.code} · ${c.name}` }))}
                value={draft.customerId === null ? null : String(draft.customerId)}
                onChange={(v) => set('customerId', v === null ? null : Number(v))}
                error={errors.customerId}
              />
            </Group>
          )}
          <SimpleGrid cols={2}>
            <TextInput label={t('entry.invoice.number')} required value={draft.number} onChange={(e) => set('number', e.currentTarget.value)} error={errors.number} />
            <TextInput label={t('entry.invoice.paymentReference')} value={draft.paymentReference} onChange={(e) => set('paymentReference', e.currentTarget.value)} error={errors.paymentReference} />
            <DateField label={t('entry.invoice.invoiceDate')} required value={draft.invoiceDate} onChange={(v) => set('invoiceDate', v)} error={errors.invoiceDate} />
            <DateField label={t('entry.invoice.dueDate')} description={t('entry.invoice.dueDateHint')} value={draft.dueDate} onChange={(v) => set('dueDate', v)} onClear={() => set('dueDate', null)} error={errors.dueDate} />
            <AmountField signed label={t('entry.invoice.amount')} required value={draft.amountCents} onChange={(v) => set('amountCents', v)} error={errors.amountCents} />
            <AmountField signed label={t('entry.invoice.open')} description={t('entry.invoice.openHint')} value={draft.openCents} onChange={(v) => set('openCents', v)} error={errors.openCents} />
          </SimpleGrid>
          <TextInput label={t('entry.invoice.description')} value={draft.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} />
          <FormActions onCancel={onClose} saving={save.isPending} disabled={invoiceId !== null && !existing.data} />
        </Stack>
      </form>
    </Modal>
  )
}
