// The persisted job queue (ARCHITECTURE C11): a job is a row with an idempotency key, enqueued in the same
// transaction as its cause, parsed with zod before it runs (unparseable jobs are parked, not run), retried
// with backoff up to its maximum attempts.
import { and, asc, eq, lte } from 'drizzle-orm'
import type { z } from 'zod'
import { type AppDb, withWrite } from '../db/connection'
import { jobs } from '../db/schema'

export type JobHandler<S extends z.ZodType = z.ZodType> = {
  type: string
  payload: S
  run(db: AppDb, payload: z.output<S>): void | Promise<void>
}

export type NewJob = { type: string; key: string; runAt: string; payload: unknown; maxAttempts?: number }

/** Adds a job unless one with the same key exists; true when it was added. Call inside the causing transaction. */
export function enqueue(tx: AppDb, job: NewJob): boolean {
  const inserted = tx
    .insert(jobs)
    .values({ type: job.type, idempotencyKey: job.key, payloadJson: JSON.stringify(job.payload), runAt: job.runAt, maxAttempts: job.maxAttempts ?? 3 })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id })
    .all()
  return inserted.length > 0
}

const BACKOFF_MINUTES = 5

function finish(db: AppDb, id: number, change: Partial<typeof jobs.$inferInsert>): void {
  withWrite(db, (tx) => tx.update(jobs).set({ ...change, updatedAt: new Date().toISOString() }).where(eq(jobs.id, id)).run())
}

/** Runs every queued job that is due at `now`, oldest first; returns how many ran successfully. */
export async function runDueJobs(db: AppDb, handlers: readonly JobHandler[], now: Date): Promise<number> {
  const due = db
    .select()
    .from(jobs)
    .where(and(eq(jobs.status, 'queued'), lte(jobs.runAt, now.toISOString())))
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .all()
  let done = 0
  for (const job of due) {
    const handler = handlers.find((h) => h.type === job.type)
    let payload: unknown
    try {
      payload = JSON.parse(job.payloadJson)
    } catch {
      payload = undefined
    }
    const parsed = handler?.payload.safeParse(payload)
    if (!handler || !parsed?.success) {
      finish(db, job.id, { status: 'parked', lastError: handler ? `payload does not match: ${parsed?.error?.message ?? 'not JSON'}` : `no handler for ${job.type}` })
      continue
    }
    const attempts = job.attempts + 1
    finish(db, job.id, { status: 'running', attempts })
    try {
      await handler.run(db, parsed.data)
      finish(db, job.id, { status: 'done', lastError: null })
      done++
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const retryAt = new Date(now.getTime() + BACKOFF_MINUTES * 60_000 * 2 ** (attempts - 1)).toISOString()
      finish(db, job.id, attempts >= job.maxAttempts ? { status: 'failed', lastError: message } : { status: 'queued', runAt: retryAt, lastError: message })
    }
  }
  return done
}
