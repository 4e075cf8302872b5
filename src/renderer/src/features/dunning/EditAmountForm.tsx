// Change the fee, collection costs or interest of one customer in a draft run: the amount is typed in the
// user's language, may not exceed what the law allows, and needs a reason.
import { Button, Group, Select, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EDITABLE_AMOUNTS, type EditableAmount } from '../../../../shared/domains/dunning/vocabulary'
import type { ActionDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { typedCents } from './action-format'

const CURRENT = { fee: 'feeCents', costs: 'costsCents', interest: 'interestCents' } as const
const CEILING = { fee: 'maxFeeCents', costs: 'allowedCostsCents', interest: 'allowedInterestCents' } as const

export function EditAmountForm({ action }: { action: ActionDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [field, setField] = useState<EditableAmount>('costs')
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({})
  const ceiling = action[CEILING[field]]
  const save = useMutation({
    mutationFn: (cents: number) => api.dunning.editAmount({ actionId: action.id ?? 0, field, cents, reason }),
    onSuccess: () => {
      setAmount('')
      setReason('')
      notifications.show({ color: 'teal', message: t('dunning.edit.saved') })
    }
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const cents = typedCents(amount, language)
    const next = {
      amount: cents === null ? t('dunning.edit.invalid') : cents > ceiling ? t('dunning.edit.tooHigh', { amount: money(ceiling, language) }) : undefined,
      reason: reason.trim() === '' ? t('dunning.edit.reasonRequired') : undefined
    }
    setErrors(next)
    if (cents !== null && !next.amount && !next.reason) save.mutate(cents)
  }
  return (
    <form onSubmit={submit} aria-label={t('dunning.edit.title')}>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <Select
          label={t('dunning.edit.field')}
          data={EDITABLE_AMOUNTS.map((f) => ({ value: f, label: `${t(`dunning.edit.fields.${f}`)} (${money(action[CURRENT[f]], language)})` }))}
          value={field}
          onChange={(v) => v && setField(v as EditableAmount)}
          allowDeselect={false}
          w={240}
          data-testid="edit-field"
        />
        <TextInput label={t('dunning.edit.amount')} description={t('dunning.edit.max', { amount: money(ceiling, language) })} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.amount} w={160} data-testid="edit-amount" />
        <TextInput label={t('dunning.edit.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} style={{ flex: 1 }} miw={220} data-testid="edit-reason" />
        <Button type="submit" mt={24} loading={save.isPending} data-testid="edit-save">
          {t('dunning.edit.save')}
        </Button>
      </Group>
    </form>
  )
}
