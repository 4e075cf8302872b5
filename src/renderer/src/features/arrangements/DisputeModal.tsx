// Opening a dispute on one invoice (or part of it) with a reason code; undo in the toast.
import { Button, Checkbox, Group, Modal, Select, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DISPUTE_REASONS, type DisputeReason } from '../../../../shared/domains/arrangements/vocabulary'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AmountField } from './fields'
import { useOpenInvoices, useRecord } from './use-arrangements'

export function DisputeModal({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const open = useOpenInvoices(customerId)
  const [invoiceId, setInvoice] = useState<string | null>(null)
  const [reason, setReason] = useState<DisputeReason | null>(null)
  const [part, setPart] = useState(false)
  const [amountCents, setAmount] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const record = useRecord(() => api.arrangements.openDispute({ invoiceId: Number(invoiceId), reason: reason ?? 'other', amountCents: part ? amountCents : null, note }), {
    kind: 'dispute',
    undo: ({ id }) => api.arrangements.decideDispute({ disputeId: id, action: 'cancel' }),
    onDone: onClose
  })
  const e = record.fieldErrors
  return (
    <Modal opened onClose={onClose} title={t('arrangements.dispute.title')} size="md">
      <Stack gap="sm">
        <Select
          label={t('arrangements.dispute.invoice')}
          required
          searchable
          data={(open.data ?? []).map((i) => ({ value: String(i.id), label: `${i.number} · ${money(i.openCents, language)}` }))}
          value={invoiceId}
          onChange={setInvoice}
          error={e.invoiceId}
          nothingFoundMessage={t('arrangements.noOpenInvoices')}
          data-autofocus
        />
        <Select
          label={t('arrangements.dispute.reason')}
          required
          data={DISPUTE_REASONS.map((r) => ({ value: r, label: t(`arrangements.labels.disputeReason.${r}`) }))}
          value={reason}
          onChange={(v) => setReason(v as DisputeReason | null)}
          error={e.reason}
        />
        <Checkbox label={t('arrangements.dispute.part')} checked={part} onChange={(ev) => setPart(ev.currentTarget.checked)} />
        {part && <AmountField label={t('arrangements.dispute.amount')} value={amountCents} onChange={setAmount} error={e.amountCents} />}
        <Textarea label={t('arrangements.dispute.note')} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button onClick={() => record.mutate(undefined)} loading={record.isPending} disabled={invoiceId === null || reason === null || (part && (amountCents ?? 0) <= 0)}>
            {t('arrangements.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** Accepting or rejecting a dispute; a rejection says why, and dunning resumes where it stood. */
export function DisputeDecisionModal({ disputeId, action, onClose }: { disputeId: number; action: 'accept' | 'reject'; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [resolution, setResolution] = useState('')
  const decide = useRecord(() => api.arrangements.decideDispute({ disputeId, action, resolution }), { kind: 'dispute', onDone: onClose })
  return (
    <Modal opened onClose={onClose} title={t(`arrangements.dispute.${action}Title`)} size="md">
      <Stack gap="sm">
        <Textarea
          label={t('arrangements.dispute.resolution')}
          description={t(`arrangements.dispute.${action}Hint`)}
          required={action === 'reject'}
          value={resolution}
          onChange={(ev) => setResolution(ev.currentTarget.value)}
          error={decide.fieldErrors.resolution}
          autosize
          minRows={2}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button color={action === 'reject' ? 'red' : 'teal'} onClick={() => decide.mutate(undefined)} loading={decide.isPending} disabled={action === 'reject' && resolution.trim() === ''}>
            {t(`arrangements.dispute.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
