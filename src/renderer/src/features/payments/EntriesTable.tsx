// Bank entries, newest first, with their status and the invoices they pay; a click opens the entry.
import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BankEntryRowDto } from '../../../../shared/ipc/payments.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

export const STATUS_COLORS: Record<BankEntryRowDto['status'], string> = { unmatched: 'red', partial: 'yellow', matched: 'teal', ignored: 'gray' }

export function EntriesTable({ rows, onOpen }: { rows: BankEntryRowDto[]; onOpen: (row: BankEntryRowDto) => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (rows.length === 0) return <Text c="dimmed">{t('bank.noEntries')}</Text>
  return (
    <Table withTableBorder striped highlightOnHover aria-label={t('bank.entriesTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('bank.date')}</Table.Th>
          <Table.Th>{t('bank.counterparty')}</Table.Th>
          <Table.Th>{t('bank.description')}</Table.Th>
          <Table.Th ta="right">{t('bank.amount')}</Table.Th>
          <Table.Th ta="right">{t('bank.unapplied')}</Table.Th>
          <Table.Th>{t('bank.status')}</Table.Th>
          <Table.Th>{t('bank.invoices')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} onClick={() => onOpen(r)} style={{ cursor: 'pointer' }} data-testid={`entry-${r.id}`}>
            <Table.Td>{date(r.bookingDate, language)}</Table.Td>
            <Table.Td>
              <Text size="sm">{r.counterpartyName ?? '—'}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {r.counterpartyAccount ?? ''}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" truncate maw={320}>
                {r.structuredReference ?? r.remittance ?? ''}
              </Text>
            </Table.Td>
            <Table.Td ta="right" c={r.amountCents < 0 ? 'red.8' : undefined}>
              {money(r.amountCents, language)}
            </Table.Td>
            <Table.Td ta="right">{r.unappliedCents > 0 ? money(r.unappliedCents, language) : ''}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLORS[r.status]} variant="light">
                {t(`bank.statuses.${r.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{r.invoiceNumbers.join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
