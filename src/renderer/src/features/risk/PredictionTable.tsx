// Predicted payment dates of open invoices, each with the reason it gives.
import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RiskLine } from '../../../../shared/domains/risk/lines'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { useRiskText } from './risk-format'

export type PredictionRow = { invoiceId: number; number: string; openCents: number; predictedDate: string; lines: RiskLine[]; customer?: string }

export function PredictionTable({ rows, label }: { rows: PredictionRow[]; label: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const text = useRiskText()
  const withCustomer = rows.some((r) => r.customer !== undefined)
  return (
    <Table fz="sm" verticalSpacing={4} aria-label={label} data-testid="predictions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('risk.card.invoice')}</Table.Th>
          {withCustomer && <Table.Th>{t('risk.forecast.customer')}</Table.Th>}
          <Table.Th ta="right">{t('risk.card.open')}</Table.Th>
          <Table.Th>{t('risk.card.predicted')}</Table.Th>
          <Table.Th>{t('risk.card.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.invoiceId}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.number}</Table.Td>
            {withCustomer && <Table.Td>{r.customer}</Table.Td>}
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {money(r.openCents, language)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(r.predictedDate, language)}</Table.Td>
            <Table.Td>{r.lines.map(text).join('; ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
