// Archived letters as a table: date, kind, channel, reference, amount, pages and whether (and when) it went
// out; each opens as stored, previews, or goes out again (as a copy) through the caller.
import { Badge, Button, Group, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { LetterSummaryDto } from '../../../../shared/ipc/letters.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

type Props = { rows: LetterSummaryDto[]; showCustomer?: boolean; actions: (letter: LetterSummaryDto) => ReactNode; total: number; onMore?: () => void }

export function LetterRows({ rows, showCustomer = false, actions, total, onMore }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  // a fixed layout that fits a customer drawer in every language: text wraps, a long reference is cut
  // short (the whole of it in its tooltip), the buttons wrap under each other
  return (
    <>
      <Table striped fz="sm" layout="fixed" data-testid="letter-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={118}>{t('letters.archive.date')}</Table.Th>
            {showCustomer && <Table.Th>{t('dunning.columns.customer')}</Table.Th>}
            <Table.Th>{t('letters.archive.kind')}</Table.Th>
            <Table.Th w="24%">{t('letters.archive.reference')}</Table.Th>
            <Table.Th w={118} ta="right">
              {t('letters.archive.total')}
            </Table.Th>
            <Table.Th w={showCustomer ? 110 : 176} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((l) => (
            <Table.Tr key={l.id} data-testid={`letter-${l.id}`}>
              <Table.Td>
                {date(l.letterDate, language)}
                <Text size="xs" c={l.sentAt ? 'teal' : 'dimmed'}>
                  {l.sentAt ? t('letters.archive.sent', { date: date(l.sentAt.slice(0, 10), language) }) : t('letters.archive.notSent')}
                </Text>
              </Table.Td>
              {showCustomer && (
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {l.customerName} <Text span size="xs" c="dimmed">{l.customerCode}</Text>
                </Table.Td>
              )}
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {t(`letters.kinds.${l.kind}`)}{' '}
                {l.copyOf !== null && (
                  <Badge size="xs" color="gray">
                    {t('letters.archive.copy')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t(`letters.channels.${l.channel}`)} · {t('letters.archive.pageCount', { count: l.pages })}
                </Text>
              </Table.Td>
              <Table.Td>
                {l.reference && (
                  <Text ff="monospace" fz="xs" truncate="end" title={l.reference} data-testid={`reference-${l.id}`}>
                    {l.reference}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {l.totalCents === null ? '' : money(l.totalCents, language)}
              </Table.Td>
              <Table.Td>
                <Group gap={0} justify="flex-end">
                  {actions(l)}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {onMore && rows.length < total && (
        <Button variant="subtle" size="xs" onClick={onMore}>
          {t('letters.archive.more', { shown: rows.length, total })}
        </Button>
      )}
    </>
  )
}
