// Runs: save a proposal as a draft, review it (approve or skip per customer, change an amount with a reason),
// cancel it. Every change is one transaction with its audit entry; execution is in execute.service.ts.
import { and, count, desc, eq, gt, isNull, lte, ne } from 'drizzle-orm'
import { type IsoDate, isIsoDate } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { type EditableAmount, type ProposedAction, type RunKind, type RunSource, type RunStatus } from '../../../shared/domains/dunning'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningActionEdits, dunningActions, dunningRuns } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { proposeDunning } from './proposal.service'
import { insertRun } from './runs.repo'

export type SaveOptions = {
  kind?: RunKind
  source?: RunSource
  /** which proposed actions go into the run (the scheduler splits automatic e-mail from the rest) */
  select?: (action: ProposedAction) => boolean
}

export type SaveResult = { runId: number | null; created: boolean; status: RunStatus | null; actions: number; excluded: number }

function liveRun(tx: AppDb, runDate: IsoDate, kind: RunKind) {
  return tx
    .select()
    .from(dunningRuns)
    .where(and(eq(dunningRuns.runDate, runDate), eq(dunningRuns.kind, kind), ne(dunningRuns.status, 'cancelled')))
    .get()
}

/**
 * Saves the proposal of `asOf` as a draft run. Saving twice for one day gives the same run; an older draft
 * is superseded (cancelled) so two drafts can never both be executed.
 */
export function saveRun(db: AppDb, asOf: IsoDate, options: SaveOptions = {}): SaveResult {
  if (!isIsoDate(asOf)) throw new AppError('validation', `not a date: ${asOf}`, 'asOf')
  const kind = options.kind ?? 'manual'
  return withWrite(db, (tx) => {
    const existing = liveRun(tx, asOf, kind)
    if (existing) {
      const n = tx.select({ n: count() }).from(dunningActions).where(eq(dunningActions.runId, existing.id)).get()?.n ?? 0
      return { runId: existing.id, created: false, status: existing.status, actions: n, excluded: 0 }
    }
    const later = tx.select({ runDate: dunningRuns.runDate }).from(dunningRuns).where(and(eq(dunningRuns.status, 'executed'), gt(dunningRuns.runDate, asOf))).get()
    if (later) throw new AppError('conflict', `A run of ${later.runDate} has already been executed; a run cannot be dated before it.`, 'asOf')
    const proposal = proposeDunning(tx, asOf)
    if (proposal.freshness === 'block') throw new AppError('conflict', 'The bank data is out of date: import a recent bank statement before saving a run.', 'freshness')
    const actions = proposal.actions.filter(options.select ?? (() => true))
    if (actions.length === 0) return { runId: null, created: false, status: null, actions: 0, excluded: proposal.excluded.length }
    const cancelledAt = new Date().toISOString()
    const superseded = tx
      .update(dunningRuns)
      .set({ status: 'cancelled', cancelledAt, cancelReason: 'superseded' })
      .where(and(eq(dunningRuns.status, 'draft'), eq(dunningRuns.kind, kind)))
      .returning({ id: dunningRuns.id })
      .all()
    for (const s of superseded) {
      tx.update(dunningActions).set({ status: 'cancelled' }).where(eq(dunningActions.runId, s.id)).run()
      appendAudit(tx, { action: 'dunning.run.cancel', entity: 'dunning_run', entityId: s.id, data: { reason: 'superseded', by: asOf } })
    }
    const excluded = kind === 'manual' ? proposal.excluded : []
    const runId = insertRun(tx, { runDate: asOf, kind, source: options.source ?? 'user', freshness: proposal.freshness }, actions, excluded)
    const totalCents = actions.reduce((sum, a) => sum + a.totalCents, 0)
    appendAudit(tx, { action: 'dunning.run.save', entity: 'dunning_run', entityId: runId, data: { runDate: asOf, kind, actions: actions.length, excluded: excluded.length, totalCents } })
    return { runId, created: true, status: 'draft', actions: actions.length, excluded: excluded.length }
  })
}

function draftAction(tx: AppDb, actionId: number) {
  const row = tx
    .select({ action: dunningActions, runStatus: dunningRuns.status })
    .from(dunningActions)
    .innerJoin(dunningRuns, eq(dunningRuns.id, dunningActions.runId))
    .where(eq(dunningActions.id, actionId))
    .get()
  if (!row) throw new AppError('not-found', `No dunning action with id ${actionId}.`, 'actionId')
  if (row.runStatus !== 'draft') throw new AppError('conflict', `The run of this action is ${row.runStatus}; only a draft can be reviewed.`, 'actionId')
  return row.action
}

/** Approves or skips one customer's communication in a draft run. */
export function reviewAction(db: AppDb, actionId: number, decision: 'approve' | 'skip', reason: string | null = null): void {
  withWrite(db, (tx) => {
    const action = draftAction(tx, actionId)
    const status = decision === 'approve' ? 'approved' : 'skipped'
    if (action.status === status) return
    tx.update(dunningActions)
      .set({ status, skipReason: decision === 'skip' ? (reason?.trim() || null) : null })
      .where(eq(dunningActions.id, actionId))
      .run()
    appendAudit(tx, { action: `dunning.action.${decision}`, entity: 'dunning_action', entityId: actionId, data: { runId: action.runId, customerId: action.customerId, reason } })
  })
}

/** Approves or skips every customer of a draft run at once. */
export function reviewAll(db: AppDb, runId: number, decision: 'approve' | 'skip'): void {
  withWrite(db, (tx) => {
    const run = tx.select().from(dunningRuns).where(eq(dunningRuns.id, runId)).get()
    if (!run) throw new AppError('not-found', `No dunning run with id ${runId}.`, 'runId')
    if (run.status !== 'draft') throw new AppError('conflict', `This run is ${run.status}; only a draft can be reviewed.`, 'runId')
    const status = decision === 'approve' ? 'approved' : 'skipped'
    const changed = tx.update(dunningActions).set({ status, skipReason: null }).where(and(eq(dunningActions.runId, runId), ne(dunningActions.status, status))).returning({ id: dunningActions.id }).all()
    if (changed.length > 0) appendAudit(tx, { action: `dunning.run.${decision}-all`, entity: 'dunning_run', entityId: runId, data: { actions: changed.length } })
  })
}

const AMOUNT_COLUMNS = { fee: 'feeCents', costs: 'costsCents', interest: 'interestCents' } as const
const CEILINGS = { fee: 'maxFeeCents', costs: 'allowedCostsCents', interest: 'allowedInterestCents' } as const

/**
 * Changes the fee, costs or interest of a draft action. A reason is required; the amount may be lowered freely
 * but never above what the law (or, for businesses, the level's fee) allows.
 */
export function editAmount(db: AppDb, actionId: number, field: EditableAmount, cents: number, reason: string): void {
  const why = reason.trim()
  if (why.length === 0) throw new AppError('validation', 'Say why the amount changes.', 'reason')
  if (!Number.isSafeInteger(cents) || cents < 0) throw new AppError('validation', 'The amount must be zero or more, in whole cents.', 'cents')
  withWrite(db, (tx) => {
    const action = draftAction(tx, actionId)
    const ceiling = action[CEILINGS[field]]
    if (cents > ceiling) throw new AppError('validation', `At most ${(ceiling / 100).toFixed(2)} is allowed here.`, 'cents')
    const from = action[AMOUNT_COLUMNS[field]]
    if (from === cents) return
    tx.update(dunningActions).set({ [AMOUNT_COLUMNS[field]]: cents }).where(eq(dunningActions.id, actionId)).run()
    tx.insert(dunningActionEdits).values({ actionId, field, fromCents: from, toCents: cents, reason: why }).run()
    appendAudit(tx, { action: 'dunning.action.edit', entity: 'dunning_action', entityId: actionId, data: { runId: action.runId, field, fromCents: from, toCents: cents, reason: why } })
  })
}

/** Cancels a draft run; cancelling twice changes nothing; an executed run cannot be cancelled. */
export function cancelRun(db: AppDb, runId: number, reason: string | null = null): { changed: boolean } {
  return withWrite(db, (tx) => {
    const run = tx.select().from(dunningRuns).where(eq(dunningRuns.id, runId)).get()
    if (!run) throw new AppError('not-found', `No dunning run with id ${runId}.`, 'runId')
    if (run.status === 'cancelled') return { changed: false }
    if (run.status === 'executed') throw new AppError('conflict', 'This run has been executed and can no longer be cancelled.', 'runId')
    tx.update(dunningRuns).set({ status: 'cancelled', cancelledAt: new Date().toISOString(), cancelReason: reason?.trim() || null }).where(eq(dunningRuns.id, runId)).run()
    tx.update(dunningActions).set({ status: 'cancelled' }).where(eq(dunningActions.runId, runId)).run()
    appendAudit(tx, { action: 'dunning.run.cancel', entity: 'dunning_run', entityId: runId, data: { reason } })
    return { changed: true }
  })
}

/** Marks a phone task of an executed run as done, with what came of the call; the call answers the customer's earlier open calls too. */
export function completeTask(db: AppDb, actionId: number, doneOn: IsoDate, note: string | null): void {
  withWrite(db, (tx) => {
    const action = tx.select().from(dunningActions).where(and(eq(dunningActions.id, actionId), eq(dunningActions.channel, 'phone'))).get()
    if (!action) throw new AppError('not-found', `No phone task with id ${actionId}.`, 'actionId')
    if (action.status !== 'sent') throw new AppError('conflict', 'This call belongs to a run that has not been executed.', 'actionId')
    const done = tx
      .update(dunningActions)
      .set({ taskDoneOn: doneOn, taskNote: note?.trim() || null })
      .where(and(eq(dunningActions.customerId, action.customerId), eq(dunningActions.channel, 'phone'), eq(dunningActions.status, 'sent'), isNull(dunningActions.taskDoneOn), lte(dunningActions.id, actionId)))
      .returning({ id: dunningActions.id })
      .all()
    appendAudit(tx, { action: 'dunning.task.done', entity: 'dunning_action', entityId: actionId, data: { doneOn, note, actions: done.map((d) => d.id) } })
  })
}

/** The newest draft run of a kind, if any. */
export function currentDraft(db: AppDb, kind: RunKind = 'manual') {
  return db.select().from(dunningRuns).where(and(eq(dunningRuns.status, 'draft'), eq(dunningRuns.kind, kind))).orderBy(desc(dunningRuns.runDate)).get()
}
