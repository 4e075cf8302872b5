// New or edit invoice (open item), in a modal: the customer is chosen once, amounts are typed in euros.
import { Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoiceInputSchema } from '../../../../shared/domains/invoices/invoice.schema'
import type { InvoiceRecordDto } from '../../../../shared/ipc/entry.contract'
import { decimalToCents } from '../../../../shared/money'
import { useApi } from '../../api/ApiProvider'
import { FormActions } from '../../components/FormActions'
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../../lib/form-errors'
import { useLanguage } from '../../lib/use-language'

type Draft = {
  customerId: number | null
  number: string
  invoiceDate: string
  dueDate: string
  amount: number | string
  open: number | string
  paymentReference: string
  description: string
}

const EMPTY: Draft = { customerId: null, number: '', invoiceDate: '', dueDate: '', amount: '', open: '', paymentReference: '', description: '' }

const toDraft = (i: InvoiceRecordDto): Draft => ({
  customerId: i.customerId,
  number: i.number,
  invoiceDate: i.invoiceDate,
  dueDate: i.dueDate,
  amount: i.amountCents / 100,
  open: i.openCents / 100,
  paymentReference: i.paymentReference ?? '',
  description: i.description ?? ''
})

const cents = (v: number | string) => (typeof v === 'number' ? decimalToCents(v.toFixed(2)) : null)

/** What the schema and main receive; empty optional fields are left out so main fills its defaults. */
function toInput(d: Draft) {
  const open = cents(d.open)
  return {
    customerId: d.customerId ?? 0,
    number: d.number,
    invoiceDate: d.invoiceDate,
    ...(d.dueDate ? { dueDate: d.dueDate } : {}),
    amountCents: cents(d.amount) ?? 0,
    ...(open === null ? {} : { openCents: open }),
    paymentReference: d.paymentReference,
    description: d.description
  }
}

type Props = { invoiceId: number | null; onClose: () => void }

/** `invoiceId` null: a new invoice. */
export function InvoiceForm({ invoiceId, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
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
  const decimalSeparator = language === 'en' ? '.' : ','

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
            <TextInput type="date" label={t('entry.invoice.invoiceDate')} required value={draft.invoiceDate} onChange={(e) => set('invoiceDate', e.currentTarget.value)} error={errors.invoiceDate} />
            <TextInput
              type="date"
              label={t('entry.invoice.dueDate')}
              description={t('entry.invoice.dueDateHint')}
              value={draft.dueDate}
              onChange={(e) => set('dueDate', e.currentTarget.value)}
              error={errors.dueDate}
            />
            <NumberInput label={t('entry.invoice.amount')} required decimalScale={2} decimalSeparator={decimalSeparator} value={draft.amount} onChange={(v) => set('amount', v)} error={errors.amountCents} />
            <NumberInput
              label={t('entry.invoice.open')}
              description={t('entry.invoice.openHint')}
              decimalScale={2}
              decimalSeparator={decimalSeparator}
              value={draft.open}
              onChange={(v) => set('open', v)}
              error={errors.openCents}
            />
          </SimpleGrid>
          <TextInput label={t('entry.invoice.description')} value={draft.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} />
          <FormActions onCancel={onClose} saving={save.isPending} disabled={invoiceId !== null && !existing.data} />
        </Stack>
      </form>
    </Modal>
  )
}
