// Existing items whose open amount the file would raise above what the bank payments matched in Debito
// leave: the payments stay applied. Shown in the preview (before anything is written) and the summary.
import { Alert, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportPreviewDto } from '../../../../shared/ipc/imports.contract'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

type Props = { conflicts: ImportPreviewDto['allocationConflicts']; total: number; stage: 'preview' | 'summary' }

export function KeptByAllocations({ conflicts, total, stage }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (total === 0) return null
  return (
    <Alert color="orange" title={t('imports.kept.title')} data-testid="kept-by-allocations">
      <Stack gap="xs">
        <Text size="sm">{t(`imports.kept.${stage}`, { count: total })}</Text>
        <Table withTableBorder striped aria-label={t('imports.kept.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.fields.debtorCode')}</Table.Th>
              <Table.Th>{t('imports.fields.invoiceNumber')}</Table.Th>
              <Table.Th ta="right">{t('imports.kept.file')}</Table.Th>
              <Table.Th ta="right">{t('imports.kept.allocated')}</Table.Th>
              <Table.Th ta="right">{t('imports.kept.kept')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conflicts.map((c) => (
              <Table.Tr key={`${c.customerCode}\u0000${c.number}`}>
                <Table.Td>{c.customerCode}</Table.Td>
                <Table.Td>{c.number}</Table.Td>
                <Table.Td ta="right">{money(c.fileOpenCents, language)}</Table.Td>
                <Table.Td ta="right">{money(c.allocatedCents, language)}</Table.Td>
                <Table.Td ta="right">{money(c.keptOpenCents, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {total > conflicts.length && <Text size="sm">{t('imports.kept.more', { count: total - conflicts.length })}</Text>}
        <Text size="sm">{t('imports.kept.undoHint')}</Text>
      </Stack>
    </Alert>
  )
}
