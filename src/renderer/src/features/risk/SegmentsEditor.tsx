// Segments in Settings, in the order they are tried: the first whose rules all hold is the customer's.
import { Button } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { countryName } from '../../../../shared/domains/countries'
import type { SegmentInput } from '../../../../shared/domains/risk/inputs'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { type EditableColumn, EditableTable } from './EditableTable'
import { EMPTY_SEGMENT, SegmentForm } from './SegmentForm'

type SegmentRow = SegmentInput & { id: number; position: number }

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
  const label = (f: string) => t(`risk.settings.segment.${f}`)
  const columns: EditableColumn<SegmentRow>[] = [
    { header: label('name'), fw: 600, cell: (s) => s.name },
    { header: label('classes'), cell: (s) => s.classes ?? any },
    { header: label('country'), cell: (s) => (s.country ? countryName(s.country, language) : any) },
    { header: label('debtorType'), cell: (s) => (s.debtorType ? t(`customers.debtorTypes.${s.debtorType}`) : any) },
    { header: label('paymentTerm'), cell: (s) => s.paymentTermDays ?? '' },
    { header: label('creditLimit'), cell: (s) => amount(s.creditLimitCents) },
    { header: label('dunningPolicy'), cell: (s) => policies.find((p) => p.id === s.dunningPolicyId)?.name ?? '' }
  ]
  return (
    <EditableTable
      rows={segments}
      rowKey={(s) => s.id}
      columns={columns}
      actions={({ position: _position, ...s }, i) => (
        <>
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
        </>
      )}
      emptyText={t('risk.settings.noSegments')}
      addLabel={t('risk.settings.addSegment')}
      onAdd={() => setEditing(EMPTY_SEGMENT)}
      testId="risk-segments"
    >
      {editing && <SegmentForm initial={editing} policies={policies} onClose={() => setEditing(null)} />}
    </EditableTable>
  )
}
