// Which administration is open, and what opening or closing one means for cached data.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { clearSessionLocked } from '../features/session/locked'
import { useApi } from './ApiProvider'

export const CURRENT_KEY = ['administrations', 'current'] as const

/** Drops every query that belongs to an administration, so two clients' data never meet on screen. */
export function forgetAdministrationData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'administrations' && q.queryKey[0] !== 'app' })
}

/** After an administration was opened (created, unlocked or restored): drop the previous one's data and show it. */
export function showOpenedAdministration(queryClient: QueryClient, current: { id: string; name: string }): void {
  forgetAdministrationData(queryClient)
  clearSessionLocked(queryClient)
  void queryClient.invalidateQueries({ queryKey: ['administrations'] })
  queryClient.setQueryData(CURRENT_KEY, current)
}

export function useCurrentAdministration() {
  const api = useApi()
  return useQuery({ queryKey: CURRENT_KEY, queryFn: () => api.administrations.current({}) })
}

export function useAppInfo() {
  const api = useApi()
  return useQuery({ queryKey: ['app', 'info'], queryFn: () => api.app.info({}) })
}

export function useCloseAdministration() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.administrations.close({}),
    onSuccess: () => {
      forgetAdministrationData(queryClient)
      clearSessionLocked(queryClient)
      queryClient.setQueryData(CURRENT_KEY, null)
    }
  })
}
