// Main pushes which data changed; the matching query roots are refetched. A session change (another
// administration opened or closed) drops every cached query so data of two clients never mixes on screen.
import type { QueryClient } from '@tanstack/react-query'
import { appEvents, DataChangedSchema, JobProgressSchema } from '../../../shared/ipc/app-events'
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
  return () => {
    offData()
    offJobs()
  }
}
