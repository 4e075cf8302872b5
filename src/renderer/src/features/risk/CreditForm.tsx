// Changes a customer's credit limit, work not yet invoiced and the insurer's cover, in one save.
import { Modal, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreditInput } from '../../../../shared/domains/risk/inputs'
import type { RiskCardDto } from '../../../../shared/ipc/risk.contract'
import { useApi } from '../../api/ApiProvider'
import { AmountField } from '../arrangements/fields'
import { DateField } from '../../components/DateField'
import { FormActions } from '../../components/FormActions'

type Draft = Omit<CreditInput, 'customerId' | 'notInvoicedCents'> & { notInvoicedCents: number | null }

export function CreditForm({ card, onClose }: { card: RiskCardDto; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const policies = useQuery({ queryKey: ['risk', 'policies'], queryFn: () => api.risk.policies({}) })
  const c = card.credit
  const [draft, setDraft] = useState<Draft>({
    creditLimitCents: c.creditLimitCents,
    notInvoicedCents: c.notInvoicedCents,
    policyId: c.policyId,
    insuredLimitCents: c.insuredLimitCents,
    coverDecisionOn: c.coverDecisionOn,
    coverPct: c.coverPct
  })
  const save = useMutation({
    mutationFn: () => api.risk.saveCredit({ ...draft, customerId: card.customerId, notInvoicedCents: draft.notInvoicedCents ?? 0 }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('risk.creditForm.saved') })
      onClose()
    }
  })
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const insured = draft.policyId !== null
  const choices = (policies.data ?? []).filter((p) => !p.archived || p.id === draft.policyId).map((p) => ({ value: String(p.id), label: `${p.insurer} ${p.policyNumber}` }))
  return (
    <Modal opened onClose={onClose} title={t('risk.creditForm.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate()
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <AmountField label={t('risk.creditForm.limit')} value={draft.creditLimitCents} onChange={(v) => set({ creditLimitCents: v })} />
            <AmountField label={t('risk.creditForm.notInvoiced')} value={draft.notInvoicedCents} onChange={(v) => set({ notInvoicedCents: v })} />
          </SimpleGrid>
          <Select
            label={t('risk.creditForm.policy')}
            placeholder={t('risk.creditForm.noPolicy')}
            data={choices}
            value={draft.policyId === null ? null : String(draft.policyId)}
            onChange={(v) => (v === null ? set({ policyId: null, insuredLimitCents: null, coverDecisionOn: null, coverPct: null }) : set({ policyId: Number(v) }))}
            clearable
          />
          <SimpleGrid cols={3}>
            <AmountField label={t('risk.creditForm.insuredLimit')} value={draft.insuredLimitCents} onChange={(v) => set({ insuredLimitCents: v })} disabled={!insured} />
            <DateField label={t('risk.creditForm.decision')} value={draft.coverDecisionOn} onChange={(v) => set({ coverDecisionOn: v })} onClear={() => set({ coverDecisionOn: null })} disabled={!insured} />
            <NumberInput
              label={t('risk.creditForm.coverPct')}
              value={draft.coverPct ?? ''}
              onChange={(v) => set({ coverPct: typeof v === 'number' ? v : null })}
              min={0}
              max={100}
              allowDecimal={false}
              disabled={!insured}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}
