// Credit insurance policies in Settings: insurer, number, cover and the insurer's deadlines (notify overdue
// debt, maximum extension), each counted from the original due date; retired policies are archived.
import { Badge, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PolicyInput } from '../../../../shared/domains/risk/inputs'
import { useApi } from '../../api/ApiProvider'
import { FormActions } from '../../components/FormActions'

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

export function PoliciesEditor() {
  const { t } = useTranslation()
  const api = useApi()
  const policies = useQuery({ queryKey: ['risk', 'policies'], queryFn: () => api.risk.policies({}) })
  const [editing, setEditing] = useState<PolicyInput | null>(null)
  const archive = useMutation({ mutationFn: (v: { id: number; archived: boolean }) => api.risk.archivePolicy(v) })
  const rows = policies.data ?? []
  return (
    <Stack gap="xs">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('risk.settings.noPolicies')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid="risk-policies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('risk.settings.policy.insurer')}</Table.Th>
              <Table.Th>{t('risk.settings.policy.policyNumber')}</Table.Th>
              <Table.Th ta="right">{t('risk.settings.policy.coverPct')}</Table.Th>
              <Table.Th ta="right">{t('risk.settings.policy.notifyAfterDays')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ archived, ...p }) => (
              <Table.Tr key={p.id} c={archived ? 'dimmed' : undefined}>
                <Table.Td>
                  {p.insurer} {archived && <Badge size="xs" color="gray">{t('risk.settings.archived')}</Badge>}
                </Table.Td>
                <Table.Td>{p.policyNumber}</Table.Td>
                <Table.Td ta="right">{p.coverPct}&nbsp;%</Table.Td>
                <Table.Td ta="right">{p.notifyAfterDays}</Table.Td>
                <Table.Td ta="right">
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(p)}>
                      {t('risk.settings.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => archive.mutate({ id: p.id, archived: !archived })}>
                      {archived ? t('risk.settings.unarchive') : t('risk.settings.archive')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button size="xs" variant="light" onClick={() => setEditing(EMPTY)}>
          {t('risk.settings.addPolicy')}
        </Button>
      </Group>
      {editing && <PolicyForm initial={editing} onClose={() => setEditing(null)} />}
    </Stack>
  )
}
