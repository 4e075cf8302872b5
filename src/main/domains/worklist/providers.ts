// One provider per kind of work in the "Vandaag" list. Each reads one administration and returns its items;
// the list itself gathers them across administrations (worklist.service.ts).
import { sql } from 'drizzle-orm'
import { type IsoDate, addDays } from '../../../shared/dates'
import type { WorklistKind } from '../../../shared/domains/worklist/vocabulary'
import type { AppDb } from '../../db/connection'
import { insuranceDeadlineWork } from '../risk/insurance-worklist'
import { followUps, instalmentReminders } from '../arrangements/worklist-items'

export type WorklistItem = {
  kind: WorklistKind
  /** the record behind the item: a run, an action, a promise… */
  ref: number
  customerCode: string | null
  customerName: string | null
  date: IsoDate | null
  amountCents: number | null
  count: number | null
  level: number | null
}

export type WorklistProvider = (db: AppDb, today: IsoDate) => WorklistItem[]

const none = { customerCode: null, customerName: null, amountCents: null, count: null, level: null }

/** Draft reminder runs waiting for review. */
const draftRuns: WorklistProvider = (db) =>
  db
    .all<{ ref: number; date: string; count: number; amountCents: number }>(sql`
      SELECT r.id AS ref, r.run_date AS date, count(a.id) AS count,
             coalesce(sum(CASE WHEN a.status = 'approved' THEN a.principal_cents + a.fee_cents + a.costs_cents + a.interest_cents END), 0) AS amountCents
      FROM dunning_runs r LEFT JOIN dunning_actions a ON a.run_id = r.id
      WHERE r.status = 'draft' GROUP BY r.id ORDER BY r.run_date`)
    .map((r) => ({ ...none, kind: 'dunning-draft', ...r }))

/**
 * Calls a phone level asked for and nobody has made yet: one per customer (a weekly repeat of the last level
 * is the same call), the latest with its amount, dated from the oldest still open; `count` says how many.
 */
const phoneTasks: WorklistProvider = (db, today) =>
  db.all<Omit<WorklistItem, 'kind'>>(sql`
    SELECT a.id AS ref, c.code AS customerCode, c.name AS customerName, t.since AS date, a.level, t.n AS count,
           a.principal_cents + a.fee_cents + a.costs_cents + a.interest_cents AS amountCents
    FROM (SELECT customer_id, max(id) AS id, min(sent_on) AS since, count(*) AS n FROM dunning_actions
          WHERE channel = 'phone' AND status = 'sent' AND task_done_on IS NULL AND sent_on <= ${today} GROUP BY customer_id) t
    JOIN dunning_actions a ON a.id = t.id JOIN customers c ON c.id = a.customer_id
    ORDER BY t.since, c.code`).map((r) => ({ ...r, kind: 'phone-task' }))

/** Promises whose date passed unpaid: broken in the last two weeks, or still open past their date. */
const brokenPromises: WorklistProvider = (db, today) =>
  db
    .all<Omit<WorklistItem, 'kind' | 'count' | 'level'>>(sql`
      SELECT p.id AS ref, c.code AS customerCode, c.name AS customerName, p.promised_date AS date, p.amount_cents AS amountCents
      FROM promises p JOIN customers c ON c.id = p.customer_id
      WHERE (p.status = 'broken' AND coalesce(p.resolved_on, p.promised_date) >= ${addDays(today, -14)})
         OR (p.status = 'open' AND p.promised_date < ${today})
      ORDER BY p.promised_date, c.code`)
    .map((r) => ({ ...r, kind: 'broken-promise', count: null, level: null }))

export const WORKLIST_PROVIDERS: readonly WorklistProvider[] = [draftRuns, phoneTasks, brokenPromises, followUps, instalmentReminders, insuranceDeadlineWork]
