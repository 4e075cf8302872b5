import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

/** The dashboard figures; invoices and payments change them, so both scopes refresh it. */
export function useDashboard() {
  const api = useApi()
  return useQuery({ queryKey: ['dashboard', 'summary'], queryFn: () => api.dashboard.summary({}) })
}
