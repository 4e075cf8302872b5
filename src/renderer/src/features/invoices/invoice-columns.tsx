import { Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { InvoiceRowDto } from '../../../../shared/ipc/invoices.contract'
import type { ColumnMeta } from '../../components/VirtualTable'
import { DateCell, Flags, Label, MoneyCell } from '../../components/cells'

const col = createColumnHelper<InvoiceRowDto>()
const right: ColumnMeta = { align: 'right' }
const flex: ColumnMeta = { flex: true }

/** Module scope: a stable columns array keeps TanStack Table from re-rendering in a loop. */
export const INVOICE_COLUMNS = [
  col.accessor('number', { header: () => <Label k="invoices.columns.number" />, size: 130 }),
  col.accessor('customerName', { header: () => <Label k="invoices.columns.customerName" />, meta: flex, size: 260 }),
  col.accessor('invoiceDate', { header: () => <Label k="invoices.columns.invoiceDate" />, cell: (c) => <DateCell iso={c.getValue()} />, size: 120 }),
  col.accessor('dueDate', { header: () => <Label k="invoices.columns.dueDate" />, cell: (c) => <DateCell iso={c.getValue()} />, size: 120 }),
  col.accessor('amountCents', { header: () => <Label k="invoices.columns.amountCents" />, cell: (c) => <MoneyCell cents={c.getValue()} />, meta: right, size: 130 }),
  col.accessor('openCents', { header: () => <Label k="invoices.columns.openCents" />, cell: (c) => <MoneyCell cents={c.getValue()} strong />, meta: right, size: 130 }),
  col.accessor('daysOverdue', {
    header: () => <Label k="invoices.columns.daysOverdue" />,
    cell: (c) => (c.getValue() > 0 ? <Text span fz="sm" c={c.getValue() > 60 ? 'red.7' : 'orange.7'}>{c.getValue()}</Text> : ''),
    meta: right,
    size: 110
  }),
  col.accessor('dunningLevel', { header: () => <Label k="invoices.columns.dunningLevel" />, cell: (c) => c.getValue() || '', meta: right, size: 80 }),
  col.display({
    id: 'status',
    header: () => <Label k="invoices.columns.status" />,
    cell: (c) => {
      const r = c.row.original
      return (
        <Flags
          items={[
            { show: r.status !== 'open', label: `invoices.status.${r.status}`, color: 'gray' },
            { show: r.disputed, label: 'invoices.disputed', color: 'grape' },
            { show: r.onHold, label: 'invoices.onHold', color: 'yellow' }
          ]}
        />
      )
    },
    size: 170
  })
]
