// Bulk actions on the invoices selected in the grid: hold, snooze, dispute, promise or another dunning policy.
import { Button, Group, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, localToday } from '../../../../shared/dates'
import { DISPUTE_REASONS, type DisputeReason } from '../../../../shared/domains/arrangements/vocabulary'
import { BULK_ACTIONS } from '../../../../shared/ipc/arrangements.contract'
import { useApi } from '../../api/ApiProvider'
import { DateField } from '../../components/DateField'

type BulkAction = (typeof BULK_ACTIONS)[number]

export function InvoiceBulkBar({ selected, onDone }: { selected: ReadonlySet<number>; onDone: () => void }) {
  const { t } = useTranslation()
  const [action, setAction] = useState<BulkAction | null>(null)
  return (
    <Paper withBorder p={6} radius="sm" bg="blue.0" data-testid="bulk-bar">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('arrangements.bulk.selected', { count: selected.size })}
        </Text>
        <Group gap={6}>
          {BULK_ACTIONS.map((a) => (
            <Button key={a} size="compact-sm" variant="light" onClick={() => setAction(a)}>
              {t(`arrangements.bulk.${a}`)}
            </Button>
          ))}
          <Button size="compact-sm" variant="subtle" onClick={onDone}>
            {t('arrangements.bulk.clear')}
          </Button>
        </Group>
      </Group>
      {action && (
        <BulkModal
          action={action}
          invoiceIds={[...selected]}
          onClose={() => setAction(null)}
          onApplied={() => {
            setAction(null)
            onDone()
          }}
        />
      )}
    </Paper>
  )
}

function BulkModal({ action, invoiceIds, onClose, onApplied }: { action: BulkAction; invoiceIds: number[]; onClose: () => void; onApplied: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [reason, setReason] = useState('')
  const [until, setUntil] = useState<string | null>(action === 'snooze' ? addDays(localToday(), 14) : null)
  const [disputeReason, setDisputeReason] = useState<DisputeReason | null>(null)
  const [promisedDate, setPromisedDate] = useState<string | null>(addDays(localToday(), 7))
  const [policyId, setPolicyId] = useState<string | null>(null)
  const policies = useQuery({ queryKey: ['dunning', 'arrangements-policies'], queryFn: () => api.arrangements.policies({}), enabled: action === 'policy' })
  const apply = useMutation({
    mutationFn: () =>
      api.arrangements.bulk({
        action,
        invoiceIds,
        ...(action === 'hold' || action === 'snooze' ? { reason, until } : {}),
        ...(action === 'dispute' && disputeReason ? { disputeReason } : {}),
        ...(action === 'promise' && promisedDate ? { promisedDate } : {}),
        ...(action === 'policy' ? { policyId: policyId === null || policyId === 'none' ? null : Number(policyId) } : {})
      }),
    onSuccess: (r) => {
      notifications.show({ color: 'teal', message: t('arrangements.bulk.done', { count: r.affected, customers: r.customers }) })
      onApplied()
    }
  })
  const ready =
    action === 'hold' ? reason.trim() !== '' : action === 'snooze' ? reason.trim() !== '' && until !== null : action === 'dispute' ? disputeReason !== null : action === 'promise' ? promisedDate !== null : true
  return (
    <Modal opened onClose={onClose} title={`${t(`arrangements.bulk.${action}`)} · ${t('arrangements.bulk.selected', { count: invoiceIds.length })}`} size="md">
      <Stack gap="sm">
        {(action === 'hold' || action === 'snooze') && (
          <>
            <Textarea label={t('arrangements.hold.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-autofocus />
            <DateField label={t('arrangements.hold.until')} description={action === 'hold' ? t('arrangements.hold.untilHint') : undefined} required={action === 'snooze'} value={until} onChange={setUntil} onClear={() => setUntil(null)} />
          </>
        )}
        {action === 'dispute' && (
          <Select label={t('arrangements.dispute.reason')} required data={DISPUTE_REASONS.map((r) => ({ value: r, label: t(`arrangements.labels.disputeReason.${r}`) }))} value={disputeReason} onChange={(v) => setDisputeReason(v as DisputeReason | null)} />
        )}
        {action === 'promise' && <DateField label={t('arrangements.promise.date')} required value={promisedDate} onChange={setPromisedDate} />}
        {action === 'policy' && (
          <Select
            label={t('arrangements.bulk.policy')}
            data={[{ value: 'none', label: t('arrangements.bulk.policyNone') }, ...(policies.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))]}
            value={policyId ?? 'none'}
            onChange={setPolicyId}
            allowDeselect={false}
          />
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button onClick={() => apply.mutate()} loading={apply.isPending} disabled={!ready}>
            {t('arrangements.bulk.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
