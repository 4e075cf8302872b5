// The first rows as they will be imported, so the bookkeeper sees the mapping work before committing.
import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportPreviewDto } from '../../../../shared/ipc/imports.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

const SHOWN = 10

export function MappedRows({ preview }: { preview: ImportPreviewDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped aria-label={t('imports.mappedRows')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.line')}</Table.Th>
            <Table.Th>{t('imports.fields.debtorCode')}</Table.Th>
            <Table.Th>{t('imports.fields.debtorName')}</Table.Th>
            <Table.Th>{t('imports.fields.invoiceNumber')}</Table.Th>
            <Table.Th>{t('imports.fields.invoiceDate')}</Table.Th>
            <Table.Th>{t('imports.fields.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('imports.fields.amount')}</Table.Th>
            <Table.Th ta="right">{t('imports.fields.openAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.invoices.slice(0, SHOWN).map((i) => (
            <Table.Tr key={i.line}>
              <Table.Td>{i.line}</Table.Td>
              <Table.Td>{i.customerCode}</Table.Td>
              <Table.Td>{i.customerName}</Table.Td>
              <Table.Td>{i.number}</Table.Td>
              <Table.Td>{date(i.invoiceDate, language)}</Table.Td>
              <Table.Td>{i.dueDate ? date(i.dueDate, language) : t('imports.fromTerm')}</Table.Td>
              <Table.Td ta="right">{money(i.amountCents, language)}</Table.Td>
              <Table.Td ta="right">{money(i.openCents, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
