// One communication opened up: its invoices with the legal amounts, why it is proposed, what is left out,
// the changes made in review, and (in a draft) the form to change an amount.
import { Badge, List, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ActionDto } from '../../../../shared/ipc/dunning.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { explain } from './action-format'
import { EditAmountForm } from './EditAmountForm'
import { ActionPreview } from '../letters/ActionPreview'

export function ActionDetail({ action, editable }: { action: ActionDto; editable: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const percent = (rate: string) => `${language === 'en' ? rate : rate.replace('.', ',')}%`
  return (
    <Stack gap="sm" p="sm" data-testid={`action-detail-${action.customerCode}`}>
      <Table withTableBorder striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dunning.lines.number')}</Table.Th>
            <Table.Th>{t('dunning.lines.dueDate')}</Table.Th>
            <Table.Th ta="right">{t('dunning.lines.daysOverdue')}</Table.Th>
            <Table.Th>{t('dunning.lines.level')}</Table.Th>
            <Table.Th ta="right">{t('dunning.lines.open')}</Table.Th>
            <Table.Th ta="right">{t('dunning.lines.interest')}</Table.Th>
            <Table.Th ta="right">{t('dunning.lines.compensation')}</Table.Th>
            <Table.Th ta="right">{t('dunning.lines.costs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {action.lines.map((l) => (
            <Table.Tr key={l.invoiceId}>
              <Table.Td>{l.number}</Table.Td>
              <Table.Td>{date(l.dueDate, language)}</Table.Td>
              <Table.Td ta="right">{l.daysOverdue}</Table.Td>
              <Table.Td>
                {l.level}{' '}
                <Badge size="xs" variant="light" color={l.advances ? 'blue' : 'gray'}>
                  {t(l.advances ? 'dunning.lines.moves' : 'dunning.lines.stays')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{money(l.openCents, language)}</Table.Td>
              <Table.Td ta="right">
                {money(l.legal.interestCents, language)}
                {l.legal.interestFrom && l.legal.interestRate && (
                  <Text size="xs" c="dimmed">
                    {t('dunning.lines.interestFrom', { date: date(l.legal.interestFrom, language), rate: percent(l.legal.interestRate) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{money(l.legal.compensationCents, language)}</Table.Td>
              <Table.Td ta="right">{money(l.legal.costsCents, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {t('dunning.why')}
        </Text>
        <List size="sm" spacing={2}>
          {explain(action.explanation, language).map((text, i) => (
            <List.Item key={`a${i}`}>{text}</List.Item>
          ))}
          {action.lines.flatMap((l) =>
            explain(l.explanation, language).map((text, i) => (
              <List.Item key={`${l.invoiceId}-${i}`} c="dimmed">
                {text}
              </List.Item>
            ))
          )}
        </List>
      </Stack>
      {action.excludedInvoices.length > 0 && (
        <Text size="sm">
          {t('dunning.excludedInvoices')}: {action.excludedInvoices.flatMap((x) => explain(x.explanation, language)).join('; ')}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('dunning.lawAllows', { fee: money(action.maxFeeCents, language), costs: money(action.allowedCostsCents, language), interest: money(action.allowedInterestCents, language) })}
      </Text>
      {action.edits.length > 0 && (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {t('dunning.edit.history')}
          </Text>
          {action.edits.map((e, i) => (
            <Text key={i} size="sm">
              {t('dunning.edit.line', { field: t(`dunning.edit.fields.${e.field}`), from: money(e.fromCents, language), to: money(e.toCents, language), reason: e.reason })}
            </Text>
          ))}
        </Stack>
      )}
      {editable && action.id !== null && <EditAmountForm action={action} />}
      <ActionPreview action={action} />
    </Stack>
  )
}
