import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt, id, oneOf, updatedAt } from './columns'

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'parked'] as const

/** Persisted background work (ARCHITECTURE C11): the idempotency key makes a re-run harmless. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: id(),
    type: text().notNull(),
    idempotencyKey: text().notNull(),
    payloadJson: text().notNull(),
    runAt: text().notNull(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(3),
    status: text({ enum: JOB_STATUSES }).notNull().default('queued'),
    lastError: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex('jobs_idempotency').on(t.idempotencyKey),
    index('jobs_status_run_at').on(t.status, t.runAt),
    check('jobs_status', oneOf(t.status, JOB_STATUSES))
  ]
)
