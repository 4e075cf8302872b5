// Drill-downs from a figure: to the invoice grid filtered to the items behind it, or to a report list.
import { useMemo } from 'react'
import type { ReportList } from '../../../../shared/domains/reports/tables'
import { useSection } from '../../routes'
import { filterToParams, type InvoiceFilter } from '../invoices/drill-down'

export function useDrill() {
  const [, go] = useSection()
  return useMemo(
    () => ({
      invoices: (filter: InvoiceFilter) => go('invoices', filterToParams(filter)),
      list: (list: ReportList) => go('reports', { tab: 'lists', list })
    }),
    [go]
  )
}
