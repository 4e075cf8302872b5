import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

/** The dashboard figures; invoices and payments change them, so both scopes refresh it. */
export function useDashboard() {
  const api = useApi()
  return useQuery({ queryKey: ['dashboard', 'summary'], queryFn: () => api.dashboard.summary({}) })
}

/** The last 12 months of DSO and CEI (a second query: the tiles need not wait for it). */
export function useKpiTrend() {
  const api = useApi()
  return useQuery({ queryKey: ['dashboard', 'trend'], queryFn: () => api.reports.kpiTrend({ months: 12 }) })
}

/** The cash-in forecast by week (the risk domain's prediction), for the dashboard's third chart. */
export function useCashIn() {
  const api = useApi()
  return useQuery({ queryKey: ['dashboard', 'cash-in'], queryFn: () => api.risk.forecast({ weeks: 13 }) })
}
