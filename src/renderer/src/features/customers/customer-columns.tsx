import { Group, Progress, Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { CustomerRowDto } from '../../../../shared/ipc/customers.contract'
import type { ColumnMeta } from '../../components/VirtualTable'
import { Label, MoneyCell } from '../../components/cells'

const col = createColumnHelper<CustomerRowDto>()
const right: ColumnMeta = { align: 'right' }
const flex: ColumnMeta = { flex: true }

export const CUSTOMER_COLUMNS = [
  col.accessor('code', { header: () => <Label k="customers.columns.code" />, size: 100 }),
  col.accessor('name', { header: () => <Label k="customers.columns.name" />, meta: flex, size: 240 }),
  col.accessor('country', { header: () => <Label k="customers.columns.country" />, enableSorting: false, size: 80 }),
  col.accessor('openCents', { header: () => <Label k="customers.columns.openCents" />, cell: (c) => <MoneyCell cents={c.getValue()} />, meta: right, size: 140 }),
  col.accessor('overdueCents', { header: () => <Label k="customers.columns.overdueCents" />, cell: (c) => <MoneyCell cents={c.getValue()} strong />, meta: right, size: 140 }),
  col.accessor('oldestOverdueDays', { header: () => <Label k="customers.columns.oldestOverdueDays" />, cell: (c) => c.getValue() || '', meta: right, size: 150 }),
  col.accessor('creditUsePct', {
    header: () => <Label k="customers.columns.creditUsePct" />,
    cell: (c) => {
      const pct = c.getValue()
      if (pct === null) return ''
      return (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Progress value={Math.min(pct, 100)} color={pct > 100 ? 'red' : pct > 80 ? 'orange' : 'blue'} size="sm" w={40} />
          <Text span fz="sm" c={pct > 100 ? 'red.7' : undefined}>
            {pct}%
          </Text>
        </Group>
      )
    },
    meta: right,
    size: 190
  })
]
