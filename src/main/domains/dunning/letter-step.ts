// The seam between executing a run and its letters. The letters domain renders its PDFs (in a worker, before
// the transaction) in `prepareLetterStep` and returns the function that stores them inside the execute
// transaction.
import type { AppDb } from '../../db/connection'
import { type ExecuteOptions, type ExecuteResult, executeRun } from './execute.service'
import { prepareRunLetters } from '../letters/run-letters.service'
import type { RunActionRecord } from './runs.queries'
import { dunningRuns } from '../../db/schema'
import { eq } from 'drizzle-orm'

/** Stores what was prepared for the executed actions, inside the execute transaction. */
export type StoreLetters = (tx: AppDb, actions: readonly RunActionRecord[]) => void

/**
 * Prepares the letters of a draft run before it is executed (the actions to send are its approved ones,
 * `loadRunActions(db, runId, { statuses: ['approved'] })`). Returns undefined when there is nothing to store.
 */
export function prepareLetterStep(db: AppDb, runId: number, onProgress?: (done: number, total: number) => void): Promise<StoreLetters | undefined> {
  return prepareRunLetters(db, runId, onProgress)
}

/**
 * Execute as the app, CLI and scheduler do it: letters prepared first, stored in the same transaction.
 * `onLetterProgress` reports the letters drawn so far (for the screen's progress bar).
 */
export async function executeWithLetters(
  db: AppDb,
  runId: number,
  options: Omit<ExecuteOptions, 'inTransaction'> = {},
  onLetterProgress?: (done: number, total: number) => void
): Promise<ExecuteResult> {
  const status = db.select({ status: dunningRuns.status }).from(dunningRuns).where(eq(dunningRuns.id, runId)).get()?.status
  const store = status === 'draft' ? await prepareLetterStep(db, runId, onLetterProgress) : undefined
  return executeRun(db, runId, { ...options, ...(store ? { inTransaction: store } : {}) })
}
