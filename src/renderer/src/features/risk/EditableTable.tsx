// The list-with-editor of the risk settings (insurance policies, segments): a line when there is nothing yet,
// else a table whose last column holds each row's actions, and the button that adds one.
import { Button, Group, Stack, Table, type TableTdProps, Text } from '@mantine/core'
import type { ReactNode } from 'react'

export type EditableColumn<R> = { header: string; cell: (row: R) => ReactNode } & Pick<TableTdProps, 'ta' | 'fw'>

type Props<R> = {
  rows: readonly R[]
  rowKey: (row: R) => number
  columns: readonly EditableColumn<R>[]
  /** the buttons at the end of a row (edit, archive, move…) */
  actions: (row: R, index: number) => ReactNode
  rowColor?: (row: R) => string | undefined
  emptyText: string
  addLabel: string
  onAdd: () => void
  testId: string
  /** the editor, when one is open */
  children?: ReactNode
}

export function EditableTable<R>({ rows, rowKey, columns, actions, rowColor, emptyText, addLabel, onAdd, testId, children }: Props<R>) {
  return (
    <Stack gap="xs">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.header} ta={c.ta}>
                  {c.header}
                </Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={rowKey(row)} c={rowColor?.(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.header} ta={c.ta} fw={c.fw}>
                    {c.cell(row)}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Group gap={2} justify="flex-end">
                    {actions(row, i)}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button size="xs" variant="light" onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
      {children}
    </Stack>
  )
}
