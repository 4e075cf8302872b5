// Locks the open administration after a while without the user doing anything: its key is closed in
// main and the screens go back to the unlock screen. Browser mode needs it most (anyone with the URL
// could go on working in an unlocked administration), the desktop app uses the same service.
//
// Only the user's own input counts as activity (the screens report it, `activity()`), not the queries
// they refetch on their own; a job that holds the administration (a large import) counts as activity too.
// The time is a setting of each administration (minutes, 0 = never), 15 minutes unless set.
import { eq } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import { type AppDb, withWrite } from '../db/connection'
import { settings } from '../db/schema'
import { appendAudit } from '../domains/audit/audit.repo'
import type { EventBus } from './event-bus'
import type { Session } from './session'

export const IDLE_LOCK_KEY = 'session.idle_lock_minutes'
export const DEFAULT_IDLE_LOCK_MINUTES = 15
export const MAX_IDLE_LOCK_MINUTES = 480
/** how often the timer looks; a lock comes at most this much after its time */
export const IDLE_CHECK_MS = 15_000

export function idleLockMinutes(db: AppDb): number {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, IDLE_LOCK_KEY)).get()
  const minutes = Number(row?.value)
  return row && Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_IDLE_LOCK_MINUTES ? minutes : DEFAULT_IDLE_LOCK_MINUTES
}

export function setIdleLockMinutes(db: AppDb, minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_IDLE_LOCK_MINUTES)
    throw new AppError('validation', `the idle time is a whole number of minutes from 0 (never lock) to ${MAX_IDLE_LOCK_MINUTES}`, 'minutes')
  return withWrite(db, (tx) => {
    const updatedAt = new Date().toISOString()
    const value = String(minutes)
    tx.insert(settings).values({ key: IDLE_LOCK_KEY, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run()
    appendAudit(tx, { action: 'settings.update', entity: 'settings', entityId: IDLE_LOCK_KEY, data: { minutes } })
    return minutes
  })
}

export type IdleClock = {
  now(): number
  /** starts the periodic check; returns what stops it (null: the caller calls `check()` itself) */
  every?: ((ms: number, run: () => void) => () => void) | null
}

const systemClock: Required<IdleClock> = {
  now: () => Date.now(),
  every: (ms, run) => {
    const timer = setInterval(run, ms)
    // the check alone must never keep the process (CLI-less main, tests) alive
    timer.unref()
    return () => clearInterval(timer)
  }
}

export function createIdleLock(session: Session, events: EventBus, clock: IdleClock = systemClock) {
  const now = () => clock.now()
  let lastActivity = now()

  function check(): 'locked' | 'open' | 'none' {
    const current = session.current()
    if (current === null) return 'none'
    // a running job is activity: its transaction must not be closed under it
    if (session.idle() !== null) {
      lastActivity = now()
      return 'open'
    }
    const minutes = idleLockMinutes(session.db())
    if (minutes === 0 || now() - lastActivity < minutes * 60_000) return 'open'
    session.close()
    events.sessionLocked({ reason: 'idle', minutes, id: current.id, name: current.name })
    events.dataChanged(['session'])
    return 'locked'
  }

  const every = clock.every === undefined ? systemClock.every : clock.every
  const stop = every ? every(IDLE_CHECK_MS, () => void check()) : () => undefined

  return {
    /** The user did something (typed, clicked, scrolled, unlocked an administration). */
    activity(): void {
      lastActivity = now()
    },
    check,
    /** Milliseconds without activity so far. */
    idleMs(): number {
      return now() - lastActivity
    },
    dispose(): void {
      stop()
    }
  }
}

export type IdleLock = ReturnType<typeof createIdleLock>
