// Grid columns for a report list, from its shared column model: each cell formatted by its type in
// the UI language (amounts, dates, yes/no, codes and aging buckets in words).
import { createColumnHelper } from '@tanstack/react-table'
import type { ColumnSpec, ReportRow } from '../../../../shared/domains/reports/tables'
import { cellWords, reportTexts } from '../../../../shared/domains/reports/texts'
import { DateCell, Label, MoneyCell } from '../../components/cells'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

const col = createColumnHelper<ReportRow>()

const WIDTH: Record<ColumnSpec['type'], number> = { text: 170, money: 130, date: 110, int: 90, pct: 90, bool: 80, code: 130, bucket: 150 }

function Words({ spec, value }: { spec: ColumnSpec; value: ReportRow['cells'][number] }) {
  return <>{cellWords(reportTexts(useLanguage()), spec, value) ?? ''}</>
}

function IntCell({ value }: { value: number }) {
  return <>{count(value, useLanguage())}</>
}

export function reportColumns(specs: readonly ColumnSpec[]) {
  return specs.map((spec, k) =>
    col.accessor((row) => row.cells[k] ?? null, {
      id: `${spec.key}-${k}`,
      header: () => <Label k={`reports.columns.${spec.key}`} />,
      enableSorting: false,
      size: WIDTH[spec.type],
      meta: spec.type === 'money' || spec.type === 'int' || spec.type === 'pct' ? { align: 'right' } : spec.key === 'customerName' ? { flex: true } : {},
      cell: (c) => {
        const value = c.getValue()
        if (value === null) return ''
        switch (spec.type) {
          case 'money':
            return <MoneyCell cents={Number(value)} />
          case 'date':
            return <DateCell iso={String(value)} />
          case 'int':
            return <IntCell value={Number(value)} />
          case 'text':
          case 'pct':
            return String(value)
          default:
            return <Words spec={spec} value={value} />
        }
      }
    })
  )
}
