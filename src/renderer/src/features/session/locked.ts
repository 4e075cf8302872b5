// The last idle lock main reported, so the unlock screen can say why it is showing.
import { type QueryClient, useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { SessionLockedSchema } from '../../../../shared/ipc/app-events'

export const LOCKED_KEY = ['app', 'session-locked'] as const
export type SessionLocked = z.infer<typeof SessionLockedSchema>

export function useSessionLocked(): SessionLocked | null {
  return useQuery<SessionLocked | null>({ queryKey: LOCKED_KEY, queryFn: () => null, enabled: false, staleTime: Infinity }).data ?? null
}

/** Once the bookkeeper opens or closes an administration themselves, the last lock is no news any more. */
export function clearSessionLocked(queryClient: QueryClient): void {
  queryClient.setQueryData(LOCKED_KEY, null)
}
