// New or edit customer, in a modal: checked with the shared schema before it is sent, main's typed
// errors shown next to the field they name.
import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { customerInputSchema } from '../../../../shared/domains/customers/customer.schema'
import { DEBTOR_TYPES, LANGUAGES } from '../../../../shared/domains/parties'
import type { CustomerRecordDto } from '../../../../shared/ipc/entry.contract'
import { useApi } from '../../api/ApiProvider'
import { CountrySelect } from '../../components/CountrySelect'
import { FormActions } from '../../components/FormActions'
import { AmountField } from '../arrangements/fields'
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../../lib/form-errors'

const TEXT_FIELDS = ['email', 'phone', 'addressLine', 'postalCode', 'city', 'vatNumber', 'kboNumber', 'kvkNumber', 'iban'] as const
type Draft = Omit<CustomerRecordDto, 'id' | 'onHold'>

const EMPTY: Draft = {
  code: '',
  name: '',
  debtorType: 'b2b',
  country: 'NL',
  language: 'nl',
  ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, null])),
  paymentTermDays: null,
  creditLimitCents: null
} as Draft

function toDraft({ id: _id, onHold: _onHold, ...record }: CustomerRecordDto): Draft {
  return record
}

type Props = { customerId: number | null; onClose: () => void; onSaved?: (customer: CustomerRecordDto) => void }

/** `customerId` null: a new customer. */
export function CustomerForm({ customerId, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const existing = useQuery({ queryKey: ['customers', 'record', customerId], queryFn: () => api.entry.getCustomer({ customerId: customerId ?? 0 }), enabled: customerId !== null })
  const [edits, setEdits] = useState<Partial<Draft>>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const base = existing.data ? toDraft(existing.data) : EMPTY
  const draft: Draft = { ...base, ...edits }
  const save = useMutation({
    mutationFn: (value: Draft) => (customerId === null ? api.entry.createCustomer(value) : api.entry.updateCustomer({ customerId, patch: value })),
    meta: { inlineErrors: true },
    onError: (err) => setErrors(serverFieldErrors(err, t)),
    onSuccess: (saved) => {
      onSaved?.(saved)
      onClose()
    }
  })
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setEdits((e) => ({ ...e, [field]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const checked = customerInputSchema.safeParse(draft)
    if (!checked.success) return setErrors(zodFieldErrors(checked.error, t))
    setErrors({})
    save.mutate(draft)
  }
  const title = customerId === null ? t('entry.newCustomer') : t('entry.editCustomer')

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} aria-label={title} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <TextInput label={t('entry.customer.code')} required value={draft.code} onChange={(e) => set('code', e.currentTarget.value)} error={errors.code} />
            <TextInput label={t('entry.customer.name')} required value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
            <Select
              label={t('entry.customer.debtorType')}
              data={DEBTOR_TYPES.map((d) => ({ value: d, label: t(`entry.debtorTypes.${d}`) }))}
              value={draft.debtorType}
              onChange={(v) => v && set('debtorType', v as Draft['debtorType'])}
              allowDeselect={false}
            />
            <CountrySelect label={t('entry.customer.country')} value={draft.country} onChange={(c) => set('country', c)} error={errors.country} />
            <Select
              label={t('entry.customer.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              value={draft.language}
              onChange={(v) => v && set('language', v as Draft['language'])}
              allowDeselect={false}
            />
            {TEXT_FIELDS.map((f) => (
              <TextInput key={f} label={t(`entry.customer.${f}`)} value={draft[f] ?? ''} onChange={(e) => set(f, e.currentTarget.value)} error={errors[f]} />
            ))}
            <NumberInput
              label={t('entry.customer.paymentTermDays')}
              min={0}
              max={366}
              allowDecimal={false}
              value={draft.paymentTermDays ?? ''}
              onChange={(v) => set('paymentTermDays', typeof v === 'number' ? v : null)}
              error={errors.paymentTermDays}
            />
            <AmountField label={t('entry.customer.creditLimit')} value={draft.creditLimitCents} onChange={(v) => set('creditLimitCents', v)} error={errors.creditLimitCents} />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={save.isPending} disabled={customerId !== null && !existing.data} />
        </Stack>
      </form>
    </Modal>
  )
}
