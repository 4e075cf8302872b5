// Segments in Settings, in the order they are tried: the first whose rules all hold is the customer's.
import { Button, Group, Stack, Table, Text } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { countryName } from '../../../../shared/domains/countries'
import type { SegmentInput } from '../../../../shared/domains/risk/inputs'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { EMPTY_SEGMENT, SegmentForm } from './SegmentForm'

export function SegmentsEditor() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const q = useQuery({ queryKey: ['risk', 'segments'], queryFn: () => api.risk.segments({}) })
  const [editing, setEditing] = useState<SegmentInput | null>(null)
  const move = useMutation({ mutationFn: (v: { id: number; direction: 'up' | 'down' }) => api.risk.moveSegment(v) })
  const remove = useMutation({ mutationFn: (id: number) => api.risk.deleteSegment({ id }) })
  const segments = q.data?.segments ?? []
  const policies = q.data?.dunningPolicies ?? []
  const any = t('risk.settings.any')
  const amount = (c: number | null) => (c === null ? '' : money(c, language))
  return (
    <Stack gap="xs">
      {segments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('risk.settings.noSegments')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid="risk-segments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('risk.settings.segment.name')}</Table.Th>
              <Table.Th>{t('risk.settings.segment.classes')}</Table.Th>
              <Table.Th>{t('risk.settings.segment.country')}</Table.Th>
              <Table.Th>{t('risk.settings.segment.debtorType')}</Table.Th>
              <Table.Th>{t('risk.settings.segment.paymentTerm')}</Table.Th>
              <Table.Th>{t('risk.settings.segment.creditLimit')}</Table.Th>
              <Table.Th>{t('risk.settings.segment.dunningPolicy')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {segments.map(({ position: _position, ...s }, i) => (
              <Table.Tr key={s.id}>
                <Table.Td fw={600}>{s.name}</Table.Td>
                <Table.Td>{s.classes ?? any}</Table.Td>
                <Table.Td>{s.country ? countryName(s.country, language) : any}</Table.Td>
                <Table.Td>{s.debtorType ? t(`customers.debtorTypes.${s.debtorType}`) : any}</Table.Td>
                <Table.Td>{s.paymentTermDays ?? ''}</Table.Td>
                <Table.Td>{amount(s.creditLimitCents)}</Table.Td>
                <Table.Td>{policies.find((p) => p.id === s.dunningPolicyId)?.name ?? ''}</Table.Td>
                <Table.Td>
                  <Group gap={2} justify="flex-end" wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" disabled={i === 0} aria-label={t('risk.settings.up')} onClick={() => move.mutate({ id: s.id, direction: 'up' })}>
                      ↑
                    </Button>
                    <Button size="compact-xs" variant="subtle" disabled={i === segments.length - 1} aria-label={t('risk.settings.down')} onClick={() => move.mutate({ id: s.id, direction: 'down' })}>
                      ↓
                    </Button>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(s)}>
                      {t('risk.settings.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(s.id)}>
                      {t('risk.settings.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button size="xs" variant="light" onClick={() => setEditing(EMPTY_SEGMENT)}>
          {t('risk.settings.addSegment')}
        </Button>
      </Group>
      {editing && <SegmentForm initial={editing} policies={policies} onClose={() => setEditing(null)} />}
    </Stack>
  )
}
