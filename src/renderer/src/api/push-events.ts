// Main pushes which data changed; the matching query roots are refetched. A session change (another
// administration opened or closed) drops every cached query so data of two clients never mixes on screen.
import { notifications } from '@mantine/notifications'
import type { QueryClient } from '@tanstack/react-query'
import { appEvents, DataChangedSchema, JobProgressSchema, SessionLockedSchema } from '../../../shared/ipc/app-events'
import { preselectAdministration } from '../features/admin/picker-state'
import { LOCKED_KEY } from '../features/session/locked'
import { reportJobProgress } from './job-progress'
import { forgetAdministrationData } from './session'
import type { Transport } from './transport'

export function subscribePushEvents(transport: Transport, queryClient: QueryClient): () => void {
  const offData = transport.on(appEvents.dataChanged.channel, (raw) => {
    const parsed = DataChangedSchema.safeParse(raw)
    if (!parsed.success) return
    const { scopes } = parsed.data
    if (scopes.includes('session')) {
      forgetAdministrationData(queryClient)
      void queryClient.invalidateQueries({ queryKey: ['administrations'] })
      return
    }
    for (const scope of scopes) void queryClient.invalidateQueries({ queryKey: [scope] })
  })
  const offJobs = transport.on(appEvents.jobProgress.channel, (raw) => {
    const parsed = JobProgressSchema.safeParse(raw)
    if (parsed.success) reportJobProgress(parsed.data)
  })
  // an idle lock: the unlock screen that follows says why, with the locked administration chosen
  const offLocked = transport.on(appEvents.sessionLocked.channel, (raw) => {
    const parsed = SessionLockedSchema.safeParse(raw)
    if (!parsed.success) return
    preselectAdministration(parsed.data.id)
    queryClient.setQueryData(LOCKED_KEY, parsed.data)
    // confirmations on screen may name customers and amounts: they go with the administration
    notifications.clean()
  })
  return () => {
    offData()
    offJobs()
    offLocked()
  }
}
