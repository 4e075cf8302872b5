// The communications of a proposal or a run, one row per customer; a row opens to its invoices and reasons.
// In a draft each row can be approved or skipped; the list grows a page at a time, never silently cut.
import { Badge, Button, SegmentedControl, Table, Text, UnstyledButton } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ActionDetail } from './ActionDetail'
import { levelLabel } from './action-format'

const STATUS_COLORS = { approved: 'blue', skipped: 'gray', sent: 'teal', cancelled: 'gray' } as const

type Props = {
  actions: ActionDto[]
  /** all actions there are; the list shows `actions` and offers more while fewer are loaded */
  total: number
  onMore?: () => void
  mode: 'proposal' | 'review' | 'history'
}

function Decision({ action }: { action: ActionDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const review = useMutation({ mutationFn: (decision: 'approve' | 'skip') => api.dunning.review({ actionId: action.id ?? 0, decision, reason: null }) })
  return (
    <SegmentedControl
      size="xs"
      value={action.status === 'skipped' ? 'skip' : 'approve'}
      onChange={(v) => review.mutate(v === 'skip' ? 'skip' : 'approve')}
      disabled={review.isPending}
      data={[
        { value: 'approve', label: t('dunning.approve') },
        { value: 'skip', label: <span data-testid={`skip-${action.customerCode}`}>{t('dunning.skip')}</span> }
      ]}
    />
  )
}

export function ActionList({ actions, total, onMore, mode }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [open, setOpen] = useState<string | null>(null)
  const keyOf = (a: ActionDto) => `${a.id ?? 'p'}-${a.customerId}-${a.level}`
  return (
    <>
      <Table highlightOnHover verticalSpacing={6} fz="sm" data-testid="action-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dunning.columns.customer')}</Table.Th>
            <Table.Th>{t('dunning.columns.level')}</Table.Th>
            <Table.Th>{t('dunning.columns.channel')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.items')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.principal')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.fee')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.costs')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.interest')}</Table.Th>
            <Table.Th ta="right">{t('dunning.columns.total')}</Table.Th>
            {mode !== 'proposal' && <Table.Th>{t('dunning.columns.decision')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => {
            const key = keyOf(a)
            return (
              <Fragment key={key}>
                <Table.Tr data-testid={`action-row-${a.customerCode}`} style={{ cursor: 'pointer' }} onClick={() => setOpen(open === key ? null : key)}>
                  <Table.Td>
                    <UnstyledButton fz="sm" fw={600} aria-expanded={open === key}>
                      {a.customerName}
                    </UnstyledButton>
                    <Text size="xs" c="dimmed">
                      {a.customerCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>{levelLabel(t, a, language)}</Table.Td>
                  <Table.Td>{t(`dunning.channels.${a.channel}`)}</Table.Td>
                  <Table.Td ta="right">{a.lines.length}</Table.Td>
                  <Table.Td ta="right">{money(a.principalCents, language)}</Table.Td>
                  <Table.Td ta="right">{money(a.feeCents, language)}</Table.Td>
                  <Table.Td ta="right" data-testid={`costs-${a.customerCode}`}>
                    {money(a.costsCents, language)}
                  </Table.Td>
                  <Table.Td ta="right">{money(a.interestCents, language)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {money(a.totalCents, language)}
                  </Table.Td>
                  {mode !== 'proposal' && (
                    <Table.Td onClick={(e) => e.stopPropagation()}>
                      {mode === 'review' && (a.status === 'approved' || a.status === 'skipped') ? (
                        <Decision action={a} />
                      ) : (
                        a.status && (
                          <Badge variant="light" color={STATUS_COLORS[a.status]}>
                            {t(`dunning.status.${a.status}`)}
                          </Badge>
                        )
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
                {open === key && (
                  <Table.Tr>
                    <Table.Td colSpan={mode === 'proposal' ? 9 : 10} p={0}>
                      <ActionDetail action={a} editable={mode === 'review'} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            )
          })}
        </Table.Tbody>
      </Table>
      {actions.length < total && onMore && (
        <Button variant="subtle" onClick={onMore}>
          {t('dunning.showMore', { shown: count(actions.length, language), total: count(total, language) })}
        </Button>
      )}
    </>
  )
}
