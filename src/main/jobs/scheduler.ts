// The scheduler in the main process (ARCHITECTURE C11): a tick on start, every few minutes while the app runs,
// when an administration is opened and when the computer wakes. Each tick enqueues the daily work that is
// due and runs the due jobs, for the open administration (waiting for any exclusive job) and, in the desktop
// app, for the administrations the device key opens without a passphrase.
import { localToday } from '../../shared/dates'
import type { AppDb } from '../db/connection'
import { evaluateArrangements } from '../domains/arrangements/evaluate'
import { dailyJob, enqueueDailyIfDue } from '../domains/dunning/daily-job'
import type { AppServices } from '../session/app-services'
import { type JobHandler, runDueJobs } from './job-queue'

const HANDLERS: readonly JobHandler[] = [dailyJob as JobHandler]
const TICK_MS = 5 * 60_000

/**
 * One administration's turn: promises, plans and holds as they stand today (a promise is broken the day
 * after its date even when no bank file came in), then enqueue what the day needs and run what is due.
 * True when something changed.
 */
export async function tickAdministration(db: AppDb, now: Date): Promise<boolean> {
  const { promises, plans, expiredHolds } = evaluateArrangements(db, localToday(now))
  enqueueDailyIfDue(db, now)
  const ran = (await runDueJobs(db, HANDLERS, now)) > 0
  return ran || promises.length + plans.length + expiredHolds.length > 0
}

export type Scheduler = { tick(): Promise<void>; stop(): void }

export function startScheduler(services: AppServices, opts: { clock?: () => Date; intervalMs?: number } = {}): Scheduler {
  const clock = opts.clock ?? (() => new Date())
  let running: Promise<void> | null = null
  let stopped = false

  async function tickOnce(): Promise<void> {
    const { session, administrations, safeStorage, events } = services
    const current = session.current()
    if (current) {
      const ran = await session.exclusive(() => tickAdministration(session.db(), clock()))
      if (ran) events.dataChanged(['dunning', 'invoices', 'dashboard', 'customers'])
    }
    if (!safeStorage) return
    for (const admin of administrations.list()) {
      if (stopped || admin.keyMode !== 'device' || admin.id === session.current()?.id) continue
      try {
        const opened = await administrations.open(admin.id, { device: safeStorage })
        try {
          await tickAdministration(opened.db, clock())
        } finally {
          opened.close()
        }
      } catch {
        // a device key that no longer opens (another keychain) is shown in the picker; the scheduler skips it
      }
    }
  }

  const tick = (): Promise<void> => {
    // ticks never overlap: a tick asked for while one runs is the running one
    running ??= tickOnce().finally(() => (running = null))
    return running
  }
  const timer = setInterval(() => void tick().catch(() => undefined), opts.intervalMs ?? TICK_MS)
  timer.unref()
  const unsubscribe = services.events.subscribe((channel, payload) => {
    if (channel === 'event:data-changed' && 'scopes' in payload && payload.scopes.includes('session')) void tick().catch(() => undefined)
  })
  void tick().catch(() => undefined)
  return {
    tick,
    stop() {
      stopped = true
      clearInterval(timer)
      unsubscribe()
    }
  }
}
