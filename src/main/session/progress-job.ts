// One long job in the header's progress indicator: `report(done, total)` as it goes, `end()` when done.
import { randomUUID } from 'node:crypto'
import type { EventBus } from './event-bus'

export function progressJob(events: EventBus, label: string) {
  const jobId = randomUUID()
  let last: { total: number } | null = null
  const report = (done: number, total: number, finished = false) => {
    last = { total }
    events.jobProgress({ jobId, label, done, total, finished })
  }
  // a job that never reported (a small file) has nothing to end in the window either
  return { report, end: () => last && report(last.total, last.total, true) }
}
