// Executes a reviewed run in one transaction: approved actions become sent on the run date, the invoices'
// level cache follows, every sent action gets its audit entry, and the letter step stores its output in the
// same transaction. Executing twice changes nothing.
import { and, eq, sql } from 'drizzle-orm'
import { type IsoDate, localToday } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningActions, dunningRuns } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { type RunActionRecord, loadRunActions } from './runs.queries'

export type ExecuteOptions = {
  /** runs inside the execute transaction with the actions just marked sent: the letter step stores its letters here */
  inTransaction?: (tx: AppDb, actions: readonly RunActionRecord[]) => void
  /** the day it is now (a run cannot be executed before its own date) */
  today?: IsoDate
}

export type ExecuteResult = { runId: number; alreadyExecuted: boolean; sent: number; skipped: number; superseded: number }

/**
 * Approved actions whose invoices were meanwhile sent the same (or a higher) level by another run would send
 * a reminder twice: they are skipped as superseded.
 */
function supersededActions(tx: AppDb, runId: number): number[] {
  return tx
    .all<{ id: number }>(sql`
      SELECT DISTINCT a.id FROM dunning_actions a JOIN dunning_action_lines l ON l.action_id = a.id
      WHERE a.run_id = ${runId} AND a.status = 'approved' AND l.advances = 1 AND EXISTS (
        SELECT 1 FROM dunning_action_lines o JOIN dunning_actions oa ON oa.id = o.action_id
        WHERE o.invoice_id = l.invoice_id AND oa.status = 'sent' AND o.advances = 1 AND o.level >= l.level
          AND (l.level > 0 OR o.level = 0))`)
    .map((r) => r.id)
}

export function executeRun(db: AppDb, runId: number, options: ExecuteOptions = {}): ExecuteResult {
  const today = options.today ?? localToday()
  return withWrite(db, (tx) => {
    const run = tx.select().from(dunningRuns).where(eq(dunningRuns.id, runId)).get()
    if (!run) throw new AppError('not-found', `No dunning run with id ${runId}.`, 'runId')
    const counts = (status: 'sent' | 'skipped') => tx.all<{ n: number }>(sql`SELECT count(*) AS n FROM dunning_actions WHERE run_id = ${runId} AND status = ${status}`)[0]?.n ?? 0
    if (run.status === 'executed') return { runId, alreadyExecuted: true, sent: counts('sent'), skipped: counts('skipped'), superseded: 0 }
    if (run.status === 'cancelled') throw new AppError('conflict', 'This run was cancelled and cannot be executed.', 'runId')
    if (run.runDate > today) throw new AppError('conflict', `This run is dated ${run.runDate}; it cannot be executed before that day.`, 'runId')

    const superseded = supersededActions(tx, runId)
    for (const id of superseded) tx.update(dunningActions).set({ status: 'skipped', skipReason: 'superseded' }).where(eq(dunningActions.id, id)).run()
    tx.update(dunningActions)
      .set({ status: 'sent', sentOn: run.runDate })
      .where(and(eq(dunningActions.runId, runId), eq(dunningActions.status, 'approved')))
      .run()
    // the invoices' level cache (grids, dashboard) follows the history
    tx.run(sql`
      UPDATE invoices SET dunning_level = max(dunning_level, x.level), last_dunned_on = ${run.runDate}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
      FROM (SELECT l.invoice_id, max(l.level) AS level FROM dunning_action_lines l JOIN dunning_actions a ON a.id = l.action_id
            WHERE a.run_id = ${runId} AND a.status = 'sent' AND l.advances = 1 AND l.level > 0 GROUP BY l.invoice_id) AS x
      WHERE invoices.id = x.invoice_id`)
    tx.update(dunningRuns).set({ status: 'executed', committedAt: new Date().toISOString() }).where(eq(dunningRuns.id, runId)).run()

    const sent = loadRunActions(tx, runId, { statuses: ['sent'] })
    for (const a of sent) {
      appendAudit(tx, {
        action: 'dunning.action.sent',
        entity: 'customer',
        entityId: a.customerId,
        data: { runId, actionId: a.id, sentOn: a.sentOn, level: a.level, channel: a.channel, invoices: a.lines.map((l) => l.number), totalCents: a.totalCents }
      })
    }
    appendAudit(tx, { action: 'dunning.run.execute', entity: 'dunning_run', entityId: runId, data: { runDate: run.runDate, sent: sent.length, superseded: superseded.length } })
    options.inTransaction?.(tx, sent)
    return { runId, alreadyExecuted: false, sent: sent.length, skipped: counts('skipped'), superseded: superseded.length }
  })
}
