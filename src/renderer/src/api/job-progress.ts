// The long jobs main reports through `event:job-progress`, kept for the progress indicator.
import { useSyncExternalStore } from 'react'
import type { JobProgress } from '../../../shared/ipc/app-events'

let jobs: readonly JobProgress[] = []
const listeners = new Set<() => void>()

export function reportJobProgress(progress: JobProgress): void {
  const others = jobs.filter((j) => j.jobId !== progress.jobId)
  jobs = progress.finished ? others : [...others, progress]
  for (const l of listeners) l()
}

export function useJobs(): readonly JobProgress[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => jobs
  )
}
