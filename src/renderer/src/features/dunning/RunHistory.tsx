// Every run, newest first, a page at a time; a run opens read-only with what was sent to whom.
import { Badge, Button, Loader, Modal, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RunSummaryDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ActionList } from './ActionList'
import { useRunActions } from './use-run-actions'
import { RunLetters } from '../letters/RunLetters'

const STATUS_COLORS = { draft: 'blue', executed: 'teal', cancelled: 'gray' } as const

function RunDetail({ run }: { run: RunSummaryDto }) {
  const actions = useRunActions(run.id)
  if (actions.isPending) return <Loader size="sm" />
  return (
    <>
      {run.status === 'executed' && <RunLetters runId={run.id} heading />}
      <ActionList actions={actions.rows} total={actions.total} onMore={actions.more} mode="history" />
    </>
  )
}

export function RunHistory() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [open, setOpen] = useState<RunSummaryDto | null>(null)
  const runs = usePagedList(['dunning', 'runs'], (offset, limit) => api.dunning.runs({ offset, limit }), 50)
  if (!runs.first) return <Loader size="sm" />
  if (runs.rows.length === 0) return <Text c="dimmed">{t('dunning.history.empty')}</Text>
  return (
    <>
      <Table highlightOnHover striped fz="sm" data-testid="run-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dunning.history.date')}</Table.Th>
            <Table.Th>{t('dunning.history.status')}</Table.Th>
            <Table.Th>{t('dunning.history.kind')}</Table.Th>
            <Table.Th ta="right">{t('dunning.history.actions')}</Table.Th>
            <Table.Th ta="right">{t('dunning.history.sent')}</Table.Th>
            <Table.Th ta="right">{t('dunning.history.skipped')}</Table.Th>
            <Table.Th ta="right">{t('dunning.history.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.rows.map((r) => (
            <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => setOpen(r)} data-testid={`run-${r.id}`}>
              <Table.Td>{date(r.runDate, language)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[r.status]}>
                  {t(`dunning.runStatus.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`dunning.runKind.${r.kind}`)}</Table.Td>
              <Table.Td ta="right">{count(r.actions, language)}</Table.Td>
              <Table.Td ta="right">{count(r.sent, language)}</Table.Td>
              <Table.Td ta="right">{count(r.skipped, language)}</Table.Td>
              <Table.Td ta="right">{money(r.totalCents, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {runs.hasMore && (
        <Button variant="subtle" onClick={runs.loadMore}>
          {t('dunning.showMore', { shown: count(runs.rows.length, language), total: count(runs.first.total, language) })}
        </Button>
      )}
      <Modal opened={open !== null} onClose={() => setOpen(null)} size="90%" title={open ? t('dunning.history.detail', { date: date(open.runDate, language) }) : ''}>
        {open && <RunDetail run={open} />}
      </Modal>
    </>
  )
}
