// One bank entry: what the rules propose (accept), what is applied (undo), and a manual allocation.
// It reads the entry's current state itself, so it stays on the entry after an allocation or undo moves
// the entry out of the list's view; each change is confirmed with what it did.
import { Badge, Button, Divider, Drawer, Group, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AllocationRowDto, BankEntryRowDto, ProposalDto } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { STATUS_COLORS } from './EntriesTable'
import { ManualAllocation } from './ManualAllocation'

type Props = { entryId: number | null; initial: BankEntryRowDto | null; onClose: () => void }

export function EntryDrawer({ entryId, initial, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const id = entryId ?? 0
  const current = useQuery({
    queryKey: ['payments', 'entries', 'one', id],
    queryFn: () => api.payments.entries({ status: 'all', entryId: id, offset: 0, limit: 1 }),
    enabled: entryId !== null
  })
  const entry = entryId === null ? null : (current.data?.rows[0] ?? (initial?.id === entryId ? initial : null))
  const open = entry !== null && entry.unappliedCents > 0
  const proposals = useQuery({ queryKey: ['payments', 'proposals', id], queryFn: () => api.payments.proposals({ entryId: id }), enabled: open })
  const allocations = useQuery({ queryKey: ['payments', 'allocations', id], queryFn: () => api.payments.allocations({ entryId: id }), enabled: entry !== null })
  const confirm = (message: string) => notifications.show({ color: 'teal', message })
  const accept = useMutation({
    mutationFn: (p: ProposalDto) => api.payments.accept({ entryId: id, rule: p.rule }),
    onSuccess: (_, p) => confirm(t('bank.done.accepted', { invoices: p.allocations.map((a) => a.number).join(', ') }))
  })
  const undo = useMutation({
    mutationFn: (a: AllocationRowDto) => api.payments.undo({ allocationId: a.id }),
    onSuccess: (_, a) => confirm(t('bank.done.undone', { amount: money(a.amountCents, language), invoice: a.number }))
  })
  const active = (allocations.data ?? []).filter((a) => a.undoneAt === null)

  return (
    <Drawer opened={entryId !== null} onClose={onClose} position="right" size="xl" title={t('bank.entryTitle')}>
      {entry && (
        <Stack gap="md">
          <Group justify="space-between">
            <Stack gap={0}>
              <Text fw={600}>{entry.counterpartyName ?? '—'}</Text>
              <Text size="sm" c="dimmed">
                {`${date(entry.bookingDate, language)} · ${entry.counterpartyAccount ?? ''}`}
              </Text>
              <Text size="sm">{entry.structuredReference ?? entry.remittance ?? ''}</Text>
            </Stack>
            <Stack gap={0} align="end">
              <Text fw={700}>{money(entry.amountCents, language)}</Text>
              <Badge color={STATUS_COLORS[entry.status]} variant="light" data-testid="entry-status">
                {t(`bank.statuses.${entry.status}`)}
              </Badge>
              {entry.unappliedCents > 0 && <Text size="sm">{t('bank.unappliedAmount', { amount: money(entry.unappliedCents, language) })}</Text>}
            </Stack>
          </Group>
          {open && (
            <>
              <Divider label={t('bank.proposals')} labelPosition="left" />
              {proposals.data?.length === 0 && <Text c="dimmed">{t('bank.noProposals')}</Text>}
              {proposals.data?.map((p) => (
                <Group key={p.rule} justify="space-between" wrap="nowrap" data-testid={`proposal-${p.rule}`}>
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Badge variant="light">{t(`bank.rules.${p.rule}`)}</Badge>
                      <Text size="sm">{t('bank.confidence', { pct: Math.round(p.confidence * 100) })}</Text>
                    </Group>
                    <Text size="sm">{p.allocations.map((a) => `${a.number} (${a.customerName}) ${money(a.amountCents, language)}`).join(' + ')}</Text>
                    {p.unappliedCents > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('bank.unappliedAmount', { amount: money(p.unappliedCents, language) })}
                      </Text>
                    )}
                  </Stack>
                  <Button size="xs" onClick={() => accept.mutate(p)} loading={accept.isPending}>
                    {t('bank.accept')}
                  </Button>
                </Group>
              ))}
              <Divider label={t('bank.manual.title')} labelPosition="left" />
              <ManualAllocation key={`${id}-${entry.unappliedCents}`} entryId={id} unappliedCents={entry.unappliedCents} onDone={confirm} />
            </>
          )}
          <Divider label={t('bank.allocations')} labelPosition="left" />
          {active.length === 0 ? (
            <Text c="dimmed">{t('bank.noAllocations')}</Text>
          ) : (
            <Table withTableBorder aria-label={t('bank.allocations')}>
              <Table.Tbody>
                {active.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.number}</Table.Td>
                    <Table.Td>{a.customerName}</Table.Td>
                    <Table.Td ta="right">{money(a.amountCents, language)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {a.confidence === null ? t(`bank.kinds.${a.kind}`) : `${t(`bank.kinds.${a.kind}`)} · ${t('bank.confidence', { pct: Math.round(a.confidence * 100) })}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => undo.mutate(a)} loading={undo.isPending}>
                        {t('bank.undo')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Drawer>
  )
}
