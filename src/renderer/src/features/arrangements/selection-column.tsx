// The checkbox column of the invoice grid's multi-selection (bulk actions); a click on a box does not open the row.
import { Checkbox } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import type { InvoiceRowDto } from '../../../../shared/ipc/invoices.contract'

export type InvoiceSelection = { selected: ReadonlySet<number>; onChange: (next: Set<number>) => void }

function HeaderBox({ selection, rows }: { selection: InvoiceSelection; rows: readonly InvoiceRowDto[] }) {
  const { t } = useTranslation()
  const all = rows.length > 0 && rows.every((r) => selection.selected.has(r.id))
  const some = rows.some((r) => selection.selected.has(r.id))
  return (
    <Checkbox
      size="xs"
      aria-label={t('arrangements.bulk.selectAll')}
      checked={all}
      indeterminate={some && !all}
      onChange={(e) => selection.onChange(new Set(e.currentTarget.checked ? [...selection.selected, ...rows.map((r) => r.id)] : [...selection.selected].filter((id) => !rows.some((r) => r.id === id))))}
    />
  )
}

function RowBox({ selection, row }: { selection: InvoiceSelection; row: InvoiceRowDto }) {
  const { t } = useTranslation()
  const on = selection.selected.has(row.id)
  return (
    <Checkbox
      size="xs"
      aria-label={t('arrangements.bulk.selectRow', { number: row.number })}
      checked={on}
      onClick={(e) => e.stopPropagation()}
      onChange={() => {
        const next = new Set(selection.selected)
        if (on) next.delete(row.id)
        else next.add(row.id)
        selection.onChange(next)
      }}
    />
  )
}

/** A column built per selection state; the grid memoises it so the table does not re-render in a loop. */
export function selectionColumn(selection: InvoiceSelection, rows: readonly InvoiceRowDto[]): ColumnDef<InvoiceRowDto> {
  return {
    id: 'select',
    size: 36,
    enableSorting: false,
    header: () => <HeaderBox selection={selection} rows={rows} />,
    cell: (c) => <RowBox selection={selection} row={c.row.original} />
  }
}
