// One segment's rules (classes, country, debtor type, open amount) and what it sets (payment term, limit,
// dunning policy); empty rules take any customer.
import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COUNTRY_CODES, countryName } from '../../../../shared/domains/countries'
import { DEBTOR_TYPES, type DebtorType } from '../../../../shared/domains/parties'
import type { SegmentInput } from '../../../../shared/domains/risk/inputs'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'
import { AmountField } from '../arrangements/fields'
import { FormActions } from '../../components/FormActions'

export const EMPTY_SEGMENT: SegmentInput = { name: '', classes: null, country: null, debtorType: null, minOpenCents: null, maxOpenCents: null, paymentTermDays: null, creditLimitCents: null, dunningPolicyId: null }

type Props = { initial: SegmentInput; policies: { id: number; name: string }[]; onClose: () => void }

export function SegmentForm({ initial, policies, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [s, setS] = useState(initial)
  const save = useMutation({ mutationFn: () => api.risk.saveSegment(s), onSuccess: onClose })
  const set = (patch: Partial<SegmentInput>) => setS({ ...s, ...patch })
  const countries = useMemo(() => COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c, language) })).sort((a, b) => a.label.localeCompare(b.label, language)), [language])
  return (
    <Modal opened onClose={onClose} title={initial.id ? initial.name : t('risk.settings.addSegment')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate()
        }}
      >
        <Stack gap="sm">
          <TextInput label={t('risk.settings.segment.name')} value={s.name} onChange={(e) => set({ name: e.currentTarget.value })} required />
          <SimpleGrid cols={3}>
            <TextInput
              label={t('risk.settings.segment.classes')}
              placeholder={t('risk.settings.any')}
              value={s.classes ?? ''}
              onChange={(e) => set({ classes: e.currentTarget.value.toUpperCase().replace(/[^A-E]/g, '') || null })}
            />
            <Select label={t('risk.settings.segment.country')} placeholder={t('risk.settings.any')} data={countries} value={s.country} onChange={(v) => set({ country: v as SegmentInput['country'] })} searchable clearable />
            <Select
              label={t('risk.settings.segment.debtorType')}
              placeholder={t('risk.settings.any')}
              data={DEBTOR_TYPES.map((d) => ({ value: d, label: t(`customers.debtorTypes.${d}`) }))}
              value={s.debtorType}
              onChange={(v) => set({ debtorType: v as DebtorType | null })}
              clearable
            />
            <AmountField label={t('risk.settings.segment.minOpen')} value={s.minOpenCents} onChange={(v) => set({ minOpenCents: v })} />
            <AmountField label={t('risk.settings.segment.maxOpen')} value={s.maxOpenCents} onChange={(v) => set({ maxOpenCents: v })} />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <NumberInput
              label={t('risk.settings.segment.paymentTerm')}
              value={s.paymentTermDays ?? ''}
              onChange={(v) => set({ paymentTermDays: typeof v === 'number' ? v : null })}
              min={0}
              max={366}
              allowDecimal={false}
            />
            <AmountField label={t('risk.settings.segment.creditLimit')} value={s.creditLimitCents} onChange={(v) => set({ creditLimitCents: v })} />
            <Select
              label={t('risk.settings.segment.dunningPolicy')}
              data={policies.map((p) => ({ value: String(p.id), label: p.name }))}
              value={s.dunningPolicyId === null ? null : String(s.dunningPolicyId)}
              onChange={(v) => set({ dunningPolicyId: v === null ? null : Number(v) })}
              clearable
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
