// Bank entries, newest first, with their status and the invoices they pay: a virtualised grid paged by
// main (thousands of entries stay a fixed-height list); a click opens the entry.
import { Badge, Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { BankEntryRowDto } from '../../../../shared/ipc/payments.contract'
import { DateCell, Label, MoneyCell } from '../../components/cells'
import { type ColumnMeta, VirtualTable } from '../../components/VirtualTable'
import { useTranslation } from 'react-i18next'

export const STATUS_COLORS: Record<BankEntryRowDto['status'], string> = { unmatched: 'red', partial: 'yellow', matched: 'teal', ignored: 'gray' }

const col = createColumnHelper<BankEntryRowDto>()
const right: ColumnMeta = { align: 'right' }
const plain = { enableSorting: false } as const

function StatusBadge({ status }: { status: BankEntryRowDto['status'] }) {
  const { t } = useTranslation()
  const text = t(`bank.statuses.${status}`)
  // in its own case: capitals would not fit "Partiellement lettré" in the column
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" maw="100%" title={text}>
      {text}
    </Badge>
  )
}

// Sized so all seven columns fit beside the navigation from a 1024-pixel-wide window on, in French too (its
// labels are the longest): the fixed columns hold a date, an amount up to € 999.999,99 and a status; the
// names and descriptions share what is left and are cut with an ellipsis (the entry's drawer shows them whole).
/** The header of a column that shares the left-over width: cut with an ellipsis in a narrow window, whole on hover. */
function FlexHeader({ k }: { k: string }) {
  const { t } = useTranslation()
  return (
    <Text span fz="sm" fw={700} truncate="end" display="block" title={t(k)}>
      {t(k)}
    </Text>
  )
}

const COLUMNS = [
  col.accessor('bookingDate', { ...plain, header: () => <Label k="bank.date" />, cell: (c) => <DateCell iso={c.getValue()} />, size: 112 }),
  col.accessor('counterpartyName', {
    ...plain,
    header: () => <FlexHeader k="bank.counterparty" />,
    cell: (c) => (
      <Text span fz="sm">
        {c.getValue() ?? '—'}
        <Text span fz="xs" c="dimmed" ff="monospace" ml={6}>
          {c.row.original.counterpartyAccount ?? ''}
        </Text>
      </Text>
    ),
    meta: { flex: true },
    size: 110
  }),
  col.accessor((r) => r.structuredReference ?? r.remittance ?? '', { ...plain, id: 'description', header: () => <FlexHeader k="bank.description" />, meta: { flex: true }, size: 70 }),
  col.accessor('amountCents', { ...plain, header: () => <Label k="bank.amount" />, cell: (c) => <MoneyCell cents={c.getValue()} />, meta: right, size: 112 }),
  col.accessor('unappliedCents', { ...plain, header: () => <Label k="bank.unapplied" />, cell: (c) => (c.getValue() > 0 ? <MoneyCell cents={c.getValue()} /> : ''), meta: right, size: 112 }),
  col.accessor('status', { ...plain, header: () => <Label k="bank.status" />, cell: (c) => <StatusBadge status={c.getValue()} />, size: 140 }),
  col.accessor((r) => r.invoiceNumbers.join(', '), { ...plain, id: 'invoices', header: () => <Label k="bank.invoices" />, size: 110 })
]

type Props = { rows: BankEntryRowDto[]; hasMore: boolean; onLoadMore: () => void; selectedId: number | null; onOpen: (row: BankEntryRowDto) => void; label: string }

export function EntriesTable({ rows, hasMore, onLoadMore, selectedId, onOpen, label }: Props) {
  return (
    <VirtualTable
      data={rows}
      columns={COLUMNS}
      sorting={[]}
      onSortingChange={() => undefined}
      hasMore={hasMore}
      onLoadMore={onLoadMore}
      getRowId={(r) => String(r.id)}
      onRowClick={onOpen}
      selectedId={selectedId === null ? null : String(selectedId)}
      label={label}
      height="calc(100vh - 260px)"
    />
  )
}
