// Each canonical field next to the file column it reads; changing one re-runs the preview in main.
import { Select, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from '../../../../shared/domains/imports/fields'
import type { ImportPreviewDto } from '../../../../shared/ipc/imports.contract'

type Props = { preview: ImportPreviewDto; onChange: (mapping: ColumnMapping) => void }

export function MappingTable({ preview, onChange }: Props) {
  const { t } = useTranslation()
  const firstRow = preview.sample[0]?.cells ?? []
  const example = (header: string | undefined) => (header === undefined ? '' : (firstRow[preview.headers.indexOf(header)] ?? ''))
  const set = (field: ImportField, header: string | null) => {
    const next: ColumnMapping = { ...preview.mapping }
    if (header === null) delete next[field]
    else next[field] = header
    onChange(next)
  }
  return (
    <Table striped withTableBorder aria-label={t('imports.mapping')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('imports.field')}</Table.Th>
          <Table.Th>{t('imports.column')}</Table.Th>
          <Table.Th>{t('imports.example')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {IMPORT_FIELDS.map((field) => (
          <Table.Tr key={field}>
            <Table.Td>{t(`imports.fields.${field}`)}</Table.Td>
            <Table.Td>
              <Select
                size="xs"
                aria-label={t(`imports.fields.${field}`)}
                placeholder={t('imports.notMapped')}
                data={preview.headers}
                value={preview.mapping[field] ?? null}
                onChange={(v) => set(field, v)}
                clearable
                searchable
              />
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" truncate maw={220}>
                {example(preview.mapping[field])}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
