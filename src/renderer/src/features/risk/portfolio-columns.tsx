import { Group, Progress, Text } from '@mantine/core'
import { createColumnHelper } from '@tanstack/react-table'
import type { PortfolioRowDto } from '../../../../shared/ipc/risk.contract'
import type { ColumnMeta } from '../../components/VirtualTable'
import { Label, MoneyCell } from '../../components/cells'
import { ClassBadge } from './risk-format'

const col = createColumnHelper<PortfolioRowDto>()
const right: ColumnMeta = { align: 'right' }
const flex: ColumnMeta = { flex: true }
const label = (k: keyof typeof HEADERS) => () => <Label k={HEADERS[k]} />
const HEADERS = {
  code: 'risk.portfolio.columns.code',
  name: 'risk.portfolio.columns.name',
  score: 'risk.portfolio.columns.score',
  riskClass: 'risk.portfolio.columns.riskClass',
  exposureCents: 'risk.portfolio.columns.exposureCents',
  insuredCents: 'risk.portfolio.columns.insuredCents',
  creditUsePct: 'risk.portfolio.columns.creditUsePct',
  segmentName: 'risk.portfolio.columns.segmentName',
  suggestedLimitCents: 'risk.portfolio.columns.suggestedLimitCents'
} as const

export const PORTFOLIO_COLUMNS = [
  col.accessor('code', { header: label('code'), enableSorting: false, size: 90 }),
  col.accessor('name', { header: label('name'), meta: flex, size: 200 }),
  col.accessor('score', {
    header: label('score'),
    cell: (c) => {
      const previous = c.row.original.previousScore
      const moved = previous === null ? '' : c.getValue() > previous ? ' ▲' : c.getValue() < previous ? ' ▼' : ''
      return `${c.getValue()}${moved}`
    },
    meta: right,
    size: 90
  }),
  col.accessor('riskClass', { header: label('riskClass'), cell: (c) => <ClassBadge riskClass={c.getValue()} size="sm" />, enableSorting: false, size: 100 }),
  col.accessor('exposureCents', { header: label('exposureCents'), cell: (c) => <MoneyCell cents={c.getValue()} />, meta: right, size: 130 }),
  col.accessor('insuredCents', { header: label('insuredCents'), cell: (c) => <MoneyCell cents={c.getValue()} />, meta: right, size: 120 }),
  col.accessor('creditUsePct', {
    header: label('creditUsePct'),
    cell: (c) => {
      const pct = c.getValue()
      if (pct === null) return ''
      const color = c.row.original.creditLevel === 'over' ? 'red' : c.row.original.creditLevel === 'near' ? 'orange' : 'blue'
      return (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Progress value={Math.min(pct, 100)} color={color} size="sm" w={40} />
          <Text span fz="sm" c={color === 'blue' ? undefined : `${color}.7`}>
            {pct}%
          </Text>
        </Group>
      )
    },
    meta: right,
    size: 130
  }),
  col.accessor('segmentName', { header: label('segmentName'), cell: (c) => c.getValue() ?? '', enableSorting: false, size: 120 }),
  col.accessor('suggestedLimitCents', { header: label('suggestedLimitCents'), cell: (c) => (c.getValue() === null ? '' : <MoneyCell cents={c.getValue() ?? 0} />), enableSorting: false, meta: right, size: 140 })
]
