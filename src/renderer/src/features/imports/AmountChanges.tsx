// Existing items whose amounts the new file changed: worth a look before the next reminder run.
import { Stack, Table, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportSummaryDto } from '../../../../shared/ipc/imports.contract'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

export function AmountChanges({ changes }: { changes: ImportSummaryDto['amountChanges'] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const pair = ([before, after]: [number, number]) => (before === after ? money(after, language) : `${money(before, language)} → ${money(after, language)}`)
  if (changes.length === 0) return null
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('imports.summary.amountChanges')}
      </Title>
      <Table withTableBorder striped aria-label={t('imports.summary.amountChanges')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.fields.debtorCode')}</Table.Th>
            <Table.Th>{t('imports.fields.invoiceNumber')}</Table.Th>
            <Table.Th>{t('imports.fields.amount')}</Table.Th>
            <Table.Th>{t('imports.fields.openAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={`${c.customerCode}\u0000${c.number}`}>
              <Table.Td>{c.customerCode}</Table.Td>
              <Table.Td>{c.number}</Table.Td>
              <Table.Td>{pair(c.amountCents)}</Table.Td>
              <Table.Td>{pair(c.openCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
