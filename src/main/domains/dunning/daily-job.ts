// The daily proposal (ARCHITECTURE C11): once per day, at the set time while the app runs, a draft run for
// review; missed days coalesce into one proposal for today. Only e-mail levels marked to go out without
// review are executed by the job itself. Last run, next run and outcome are kept in settings.
import { and, count, eq, lt } from 'drizzle-orm'
import { z } from 'zod'
import { type IsoDate, addDays, localToday } from '../../../shared/dates'
import { AppError, isAppError } from '../../../shared/errors'
import type { SchedulerDto } from '../../../shared/ipc/dunning.contract'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningActions, jobs, settings } from '../../db/schema'
import { type JobHandler, enqueue } from '../../jobs/job-queue'
import { appendAudit } from '../audit/audit.repo'
import { executeWithLetters } from './letter-step'
import { cancelRun, saveRun } from './runs.service'

export const DAILY_JOB = 'dunning.daily'
const KEYS = { enabled: 'dunning.scheduler.enabled', time: 'dunning.scheduler.time', last: 'dunning.scheduler.last', lastDay: 'dunning.scheduler.last_day' } as const
const DEFAULT_TIME = '07:00'

type LastRun = NonNullable<SchedulerDto['lastRun']>

function read(db: AppDb, key: string): string | undefined {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value
}

function write(tx: AppDb, key: string, value: string): void {
  const updatedAt = new Date().toISOString()
  tx.insert(settings).values({ key, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run()
}

const hhmm = (now: Date) => `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`

/** The scheduler's settings, its last outcome, and when it will next propose (local time, ISO without zone). */
export function schedulerStatus(db: AppDb, now: Date = new Date()): SchedulerDto {
  const enabled = read(db, KEYS.enabled) !== 'false'
  const dailyTime = read(db, KEYS.time) ?? DEFAULT_TIME
  const last = read(db, KEYS.last)
  const today = localToday(now)
  const doneToday = read(db, KEYS.lastDay) === today
  const nextDay = doneToday ? addDays(today, 1) : today
  return { enabled, dailyTime, lastRun: last ? (JSON.parse(last) as LastRun) : null, nextRun: enabled ? `${nextDay}T${dailyTime}` : null }
}

export function setScheduler(db: AppDb, next: { enabled: boolean; dailyTime: string }): SchedulerDto {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(next.dailyTime)) throw new AppError('validation', 'The time is HH:MM.', 'dailyTime')
  withWrite(db, (tx) => {
    write(tx, KEYS.enabled, String(next.enabled))
    write(tx, KEYS.time, next.dailyTime)
    appendAudit(tx, { action: 'settings.update', entity: 'settings', entityId: 'dunning.scheduler', data: next })
  })
  return schedulerStatus(db)
}

/**
 * Enqueues today's proposal once the set time has passed, unless it already ran today. Queued proposals of
 * earlier days are closed as coalesced: after days away there is one proposal for today, never a batch per day.
 */
export function enqueueDailyIfDue(db: AppDb, now: Date): IsoDate | null {
  if (read(db, KEYS.enabled) === 'false') return null
  const today = localToday(now)
  if (read(db, KEYS.lastDay) === today || hhmm(now) < (read(db, KEYS.time) ?? DEFAULT_TIME)) return null
  withWrite(db, (tx) => {
    tx.update(jobs)
      .set({ status: 'done', lastError: `coalesced into ${today}`, updatedAt: now.toISOString() })
      .where(and(eq(jobs.type, DAILY_JOB), eq(jobs.status, 'queued'), lt(jobs.idempotencyKey, `${DAILY_JOB}:${today}`)))
      .run()
    enqueue(tx, { type: DAILY_JOB, key: `${DAILY_JOB}:${today}`, runAt: now.toISOString(), payload: { asOf: today } })
    write(tx, KEYS.lastDay, today)
  })
  return today
}

function record(db: AppDb, last: LastRun): void {
  withWrite(db, (tx) => {
    write(tx, KEYS.last, JSON.stringify(last))
    appendAudit(tx, { action: 'dunning.scheduler.run', entity: 'dunning_run', entityId: last.runId, data: last })
  })
}

/**
 * Executes today's automatic e-mail run. When its letters cannot go out (the letterhead lacks its address or
 * IBAN, a template was refused) nothing is sent: the run is cancelled and its actions wait in the review draft.
 */
async function sendAutomatic(db: AppDb, runId: number, asOf: IsoDate): Promise<{ sent: number; held: LastRun['autoHeld'] }> {
  try {
    return { sent: (await executeWithLetters(db, runId, { today: asOf })).sent, held: null }
  } catch (err) {
    if (!isAppError(err) || err.kind !== 'validation') throw err
    const actions = db.select({ n: count() }).from(dunningActions).where(eq(dunningActions.runId, runId)).get()?.n ?? 0
    cancelRun(db, runId, `held for review: ${err.message}`)
    return { sent: 0, held: { actions, cause: err.field?.startsWith('profile.') ? 'letterhead' : 'letter' } }
  }
}

/** The job: automatic e-mail first (executed), then the draft for review. */
export async function runDailyProposal(db: AppDb, asOf: IsoDate): Promise<LastRun> {
  const base = { at: new Date().toISOString(), asOf, runId: null, actions: 0, autoSent: 0, autoHeld: null, message: null }
  try {
    const auto = saveRun(db, asOf, { kind: 'auto', source: 'scheduler', select: (a) => a.autoSend })
    const { sent: autoSent, held: autoHeld } = auto.runId !== null && auto.created ? await sendAutomatic(db, auto.runId, asOf) : { sent: 0, held: null }
    const draft = saveRun(db, asOf, { kind: 'manual', source: 'scheduler', select: (a) => !a.autoSend || autoHeld != null })
    const outcome = draft.runId === null ? 'nothing' : draft.created ? 'draft' : 'exists'
    const last: LastRun = { ...base, outcome, runId: draft.runId, actions: draft.actions, autoSent, autoHeld }
    record(db, last)
    return last
  } catch (err) {
    const blocked = isAppError(err) && err.field === 'freshness'
    const last: LastRun = { ...base, outcome: blocked ? 'blocked' : 'failed', message: err instanceof Error ? err.message : String(err) }
    record(db, last)
    if (blocked) return last
    throw err
  }
}

export const dailyJob: JobHandler<z.ZodObject<{ asOf: z.ZodString }>> = {
  type: DAILY_JOB,
  payload: z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  run: async (db, { asOf }) => void (await runDailyProposal(db, asOf))
}
