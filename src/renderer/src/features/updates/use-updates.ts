import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

export const UPDATES_KEY = ['updates', 'status'] as const

export function useUpdateStatus() {
  const api = useApi()
  return useQuery({ queryKey: UPDATES_KEY, queryFn: () => api.updates.status({}) })
}
