// Credit insurance policies in Settings: insurer, number, cover and the insurer's deadlines (notify overdue
// debt, maximum extension), each counted from the original due date; retired policies are archived.
import { Badge, Button, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PolicyInput } from '../../../../shared/domains/risk/inputs'
import { useApi } from '../../api/ApiProvider'
import { FormActions } from '../../components/FormActions'
import { type EditableColumn, EditableTable } from './EditableTable'

const EMPTY: PolicyInput = { insurer: '', policyNumber: '', coverPct: 90, notifyAfterDays: 60, maxExtensionDays: null, warnDaysBefore: 14 }
const DAY_FIELDS = ['notifyAfterDays', 'maxExtensionDays', 'warnDaysBefore'] as const

function PolicyForm({ initial, onClose }: { initial: PolicyInput; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [p, setP] = useState(initial)
  const save = useMutation({ mutationFn: () => api.risk.savePolicy(p), onSuccess: onClose })
  const int = (v: string | number) => (typeof v === 'number' ? v : null)
  return (
    <Modal opened onClose={onClose} title={initial.id ? `${initial.insurer} ${initial.policyNumber}` : t('risk.settings.addPolicy')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          save.mutate()
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <TextInput label={t('risk.settings.policy.insurer')} value={p.insurer} onChange={(e) => setP({ ...p, insurer: e.currentTarget.value })} required />
            <TextInput label={t('risk.settings.policy.policyNumber')} value={p.policyNumber} onChange={(e) => setP({ ...p, policyNumber: e.currentTarget.value })} required />
            <NumberInput label={t('risk.settings.policy.coverPct')} value={p.coverPct} onChange={(v) => setP({ ...p, coverPct: int(v) ?? 0 })} min={0} max={100} allowDecimal={false} required />
          </SimpleGrid>
          {DAY_FIELDS.map((f) => (
            <NumberInput
              key={f}
              label={t(`risk.settings.policy.${f}`)}
              value={p[f] ?? ''}
              onChange={(v) => setP({ ...p, [f]: f === 'maxExtensionDays' ? int(v) : (int(v) ?? 0) })}
              min={0}
              max={3650}
              allowDecimal={false}
              required={f !== 'maxExtensionDays'}
            />
          ))}
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

type PolicyRow = PolicyInput & { id: number; archived: boolean }

export function PoliciesEditor() {
  const { t } = useTranslation()
  const api = useApi()
  const policies = useQuery({ queryKey: ['risk', 'policies'], queryFn: () => api.risk.policies({}) })
  const [editing, setEditing] = useState<PolicyInput | null>(null)
  const archive = useMutation({ mutationFn: (v: { id: number; archived: boolean }) => api.risk.archivePolicy(v) })
  const label = (f: keyof PolicyInput) => t(`risk.settings.policy.${f}`)
  const columns: EditableColumn<PolicyRow>[] = [
    {
      header: label('insurer'),
      cell: (p) => (
        <>
          {p.insurer}{' '}
          {p.archived && (
            <Badge size="xs" color="gray">
              {t('risk.settings.archived')}
            </Badge>
          )}
        </>
      )
    },
    { header: label('policyNumber'), cell: (p) => p.policyNumber },
    { header: label('coverPct'), ta: 'right', cell: (p) => <>{p.coverPct}&nbsp;%</> },
    { header: label('notifyAfterDays'), ta: 'right', cell: (p) => p.notifyAfterDays }
  ]
  return (
    <EditableTable
      rows={policies.data ?? []}
      rowKey={(p) => p.id}
      columns={columns}
      rowColor={(p) => (p.archived ? 'dimmed' : undefined)}
      actions={({ archived, ...p }) => (
        <>
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(p)}>
            {t('risk.settings.edit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => archive.mutate({ id: p.id, archived: !archived })}>
            {archived ? t('risk.settings.unarchive') : t('risk.settings.archive')}
          </Button>
        </>
      )}
      emptyText={t('risk.settings.noPolicies')}
      addLabel={t('risk.settings.addPolicy')}
      onAdd={() => setEditing(EMPTY)}
      testId="risk-policies"
    >
      {editing && <PolicyForm initial={editing} onClose={() => setEditing(null)} />}
    </EditableTable>
  )
}
