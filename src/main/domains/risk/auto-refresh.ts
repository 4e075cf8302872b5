// Keeps the stored risk scores current: after every import, bank import or other change to invoices and
// payments (and on opening an administration whose scores are stale) it recomputes them in the
// background, in the risk worker for a large administration, with progress in the header.
import { randomUUID } from 'node:crypto'
import { localToday } from '../../../shared/dates'
import type { EventBus } from '../../session/event-bus'
import type { Session } from '../../session/session'
import { assessScores, scoresStale, storeAssessments } from './risk.service'

/** Changes arriving within this many milliseconds are recomputed once. */
const SETTLE_MS = 300

export function createRiskRefresh(session: Session, events: EventBus, today: () => string = () => localToday()) {
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null
  let again = false

  const waitIdle = async () => {
    for (let idle = session.idle(); idle !== null; idle = session.idle()) await idle
  }

  async function once(): Promise<void> {
    await waitIdle()
    const admin = session.current()
    if (!admin) return
    const jobId = randomUUID()
    events.jobProgress({ jobId, label: 'risk.job', done: 0, total: 1, finished: false })
    try {
      const asOf = today()
      const assessed = await assessScores(session.db(), asOf)
      // no write may land inside an import's open transaction, nor in another administration
      await waitIdle()
      if (session.current()?.id !== admin.id) return
      storeAssessments(session.db(), asOf, assessed)
      events.dataChanged(['risk', 'customers'])
    } catch (err) {
      // the old scores stay; the next change tries again
      if (session.current()?.id === admin.id) console.error(`risk scores were not recomputed: ${(err as Error).message}`)
    } finally {
      events.jobProgress({ jobId, label: 'risk.job', done: 1, total: 1, finished: true })
    }
  }

  async function loop(): Promise<void> {
    do {
      again = false
      await once()
    } while (again)
  }

  /** Asks for a recomputation; requests during one run make exactly one more. */
  function request(): void {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      if (running) {
        again = true
        return
      }
      running = loop().finally(() => (running = null))
    }, SETTLE_MS)
  }

  const unsubscribe = events.subscribe((channel, payload) => {
    if (channel !== 'event:data-changed') return
    const scopes = (payload as { scopes: readonly string[] }).scopes
    if (scopes.includes('invoices') || scopes.includes('payments')) request()
    else if (scopes.includes('session') && session.current() && scoresStale(session.db(), today())) request()
  })

  return {
    request,
    /** Resolves once no recomputation is pending or running (tests, shutdown). */
    async settled(): Promise<void> {
      while (timer || running) await (running ?? new Promise((r) => setTimeout(r, SETTLE_MS)))
    },
    dispose(): void {
      if (timer) clearTimeout(timer)
      unsubscribe()
    }
  }
}

export type RiskRefresh = ReturnType<typeof createRiskRefresh>
