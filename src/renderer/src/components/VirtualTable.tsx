// The grid of the app: TanStack Table for columns and sort state, TanStack Virtual so only visible rows
// are in the DOM. Sorting and paging happen in main; this component asks for the next page near the end.
import { Box, Table, Text, UnstyledButton } from '@mantine/core'
import { flexRender, getCoreRowModel, type ColumnDef, type SortingState, useReactTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

const ROW_HEIGHT = 34

/** Per-column hints: right-aligned figures; a `flex` column takes the width the others leave. */
export type ColumnMeta = { align?: 'right'; flex?: boolean }
const metaOf = (def: { meta?: unknown }) => (def.meta ?? {}) as ColumnMeta

export type VirtualTableProps<T> = {
  data: T[]
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own column type: accessor value types differ per column
  columns: ColumnDef<T, any>[]
  sorting: SortingState
  onSortingChange: (next: SortingState) => void
  hasMore: boolean
  onLoadMore: () => void
  getRowId: (row: T) => string
  onRowClick?: (row: T) => void
  selectedId?: string | null
  height?: number | string
  label: string
}

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { t } = useTranslation()
  const { data, hasMore, onLoadMore } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns fresh functions by design
  const table = useReactTable({
    data,
    columns: props.columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: props.getRowId,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting: props.sorting },
    onSortingChange: (updater) => props.onSortingChange(typeof updater === 'function' ? updater(props.sorting) : updater)
  })
  const rows = table.getRowModel().rows
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 4 })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (hasMore && lastIndex >= data.length - 20) onLoadMore()
  }, [lastIndex, data.length, hasMore, onLoadMore])

  const padTop = items[0]?.start ?? 0
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const colSpan = props.columns.length
  const minWidth = table.getVisibleLeafColumns().reduce((sum, c) => sum + c.getSize(), 0)

  return (
    <Box ref={scrollRef} h={props.height ?? 'calc(100vh - 220px)'} style={{ overflow: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }}>
      <Table striped highlightOnHover stickyHeader verticalSpacing={6} fz="sm" aria-label={props.label} aria-rowcount={data.length} style={{ tableLayout: 'fixed', minWidth }}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const meta = metaOf(header.column.columnDef)
                return (
                  <Table.Th key={header.id} style={{ width: meta.flex ? undefined : header.getSize(), textAlign: meta.align }} aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {header.column.getCanSort() ? (
                      <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={600} fz="sm">
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </UnstyledButton>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </Table.Th>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={colSpan} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <Table.Tr
                key={row.id}
                data-index={item.index}
                style={{ height: ROW_HEIGHT, cursor: props.onRowClick ? 'pointer' : undefined }}
                bg={props.selectedId === row.id ? 'blue.0' : undefined}
                onClick={props.onRowClick ? () => props.onRowClick?.(row.original) : undefined}
              >
                {row.getVisibleCells().map((cell) => {
                  return (
                    <Table.Td key={cell.id} style={{ textAlign: metaOf(cell.column.columnDef).align, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontVariantNumeric: 'tabular-nums' }}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Table.Td>
                  )
                })}
              </Table.Tr>
            )
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={colSpan} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      {data.length === 0 && (
        <Text ta="center" c="dimmed" p="lg">
          {t('app.noResults')}
        </Text>
      )}
    </Box>
  )
}
