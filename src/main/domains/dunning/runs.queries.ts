// Reads runs back: the history list, one run's totals, and its actions with everything a letter needs.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { ActionStatus, DunningChannel, DunningLine, EditableAmount, ExclusionReason, Regime, RunKind, RunSource, RunStatus } from '../../../shared/domains/dunning'
import type { Language } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'

export type RunLineRecord = {
  invoiceId: number
  number: string
  level: number
  advances: boolean
  openCents: number
  dueDate: IsoDate
  daysOverdue: number
  interestCents: number
  interestFrom: IsoDate | null
  interestRate: string | null
  compensationCents: number
  costsCents: number
  explanation: DunningLine[]
}

export type ActionEditRecord = { field: EditableAmount; fromCents: number; toCents: number; reason: string; createdAt: string }

/** One communication of a run: the customer, the level and channel, the amounts and the invoice lines. */
export type RunActionRecord = {
  id: number
  runId: number
  customerId: number
  customerCode: string
  customerName: string
  policyId: number | null
  level: number
  levelName: string | null
  channel: DunningChannel
  templateKey: string
  language: Language
  regime: Regime
  currency: string
  legalNotice: boolean
  status: ActionStatus
  skipReason: string | null
  sentOn: IsoDate | null
  principalCents: number
  feeCents: number
  costsCents: number
  interestCents: number
  totalCents: number
  maxFeeCents: number
  allowedCostsCents: number
  allowedInterestCents: number
  announcedCostsCents: number
  explanation: DunningLine[]
  lines: RunLineRecord[]
  edits: ActionEditRecord[]
}

type ActionRow = Omit<RunActionRecord, 'legalNotice' | 'explanation' | 'lines' | 'edits' | 'totalCents'> & { legalNotice: number; explanationJson: string }
type LineRow = Omit<RunLineRecord, 'advances' | 'explanation'> & { actionId: number; advances: number; explanationJson: string }

const CHUNK = 500

export type ActionQuery = { statuses?: readonly ActionStatus[]; offset?: number; limit?: number }

/** The actions of a run (all, or one page), by customer code. */
export function loadRunActions(db: AppDb, runId: number, query: ActionQuery = {}): RunActionRecord[] {
  const statuses = query.statuses ?? []
  const filter = statuses.length === 0 ? sql`` : sql` AND a.status IN (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`
  const page = query.limit === undefined ? sql`` : sql` LIMIT ${query.limit} OFFSET ${query.offset ?? 0}`
  const actions = db.all<ActionRow>(sql`
    SELECT a.id, a.run_id AS runId, a.customer_id AS customerId, c.code AS customerCode, c.name AS customerName, a.policy_id AS policyId,
           a.level, lv.name AS levelName, a.channel, a.template_key AS templateKey, a.language, a.regime, a.currency,
           a.legal_notice AS legalNotice, a.status, a.skip_reason AS skipReason, a.sent_on AS sentOn,
           a.principal_cents AS principalCents, a.fee_cents AS feeCents, a.costs_cents AS costsCents, a.interest_cents AS interestCents,
           a.max_fee_cents AS maxFeeCents, a.allowed_costs_cents AS allowedCostsCents, a.allowed_interest_cents AS allowedInterestCents,
           a.announced_costs_cents AS announcedCostsCents, a.explanation_json AS explanationJson
    FROM dunning_actions a JOIN customers c ON c.id = a.customer_id
    LEFT JOIN dunning_levels lv ON lv.policy_id = a.policy_id AND lv.level = a.level
    WHERE a.run_id = ${runId}${filter}
    ORDER BY c.code, a.id${page}`)
  const lines = new Map<number, LineRow[]>()
  const edits = new Map<number, ActionEditRecord[]>()
  for (let i = 0; i < actions.length; i += CHUNK) {
    const ids = sql.join(actions.slice(i, i + CHUNK).map((a) => sql`${a.id}`), sql`, `)
    for (const l of db.all<LineRow>(sql`
      SELECT action_id AS actionId, invoice_id AS invoiceId, number, level, advances, open_cents AS openCents, due_date AS dueDate,
             days_overdue AS daysOverdue, interest_cents AS interestCents, interest_from AS interestFrom, interest_rate AS interestRate,
             compensation_cents AS compensationCents, costs_cents AS costsCents, explanation_json AS explanationJson
      FROM dunning_action_lines WHERE action_id IN (${ids}) ORDER BY action_id, due_date, number`)) {
      lines.set(l.actionId, [...(lines.get(l.actionId) ?? []), l])
    }
    for (const { actionId, ...e } of db.all<ActionEditRecord & { actionId: number }>(sql`
      SELECT action_id AS actionId, field, from_cents AS fromCents, to_cents AS toCents, reason, created_at AS createdAt
      FROM dunning_action_edits WHERE action_id IN (${ids}) ORDER BY id`)) {
      edits.set(actionId, [...(edits.get(actionId) ?? []), e])
    }
  }
  return actions.map(({ explanationJson, legalNotice, ...a }) => ({
    ...a,
    legalNotice: legalNotice === 1,
    totalCents: a.principalCents + a.feeCents + a.costsCents + a.interestCents,
    explanation: JSON.parse(explanationJson) as DunningLine[],
    lines: (lines.get(a.id) ?? []).map(({ actionId: _, advances, explanationJson: json, ...l }) => ({ ...l, advances: advances === 1, explanation: JSON.parse(json) as DunningLine[] })),
    edits: edits.get(a.id) ?? []
  }))
}

export type RunSummary = {
  id: number
  runDate: IsoDate
  status: RunStatus
  kind: RunKind
  source: RunSource
  freshness: string
  createdAt: string
  executedAt: string | null
  cancelledAt: string | null
  cancelReason: string | null
  actions: number
  approved: number
  skipped: number
  sent: number
  excluded: number
  totalCents: number
}

const SUMMARY = sql`
  SELECT r.id, r.run_date AS runDate, r.status, r.kind, r.source, r.freshness, r.created_at AS createdAt, r.committed_at AS executedAt,
         r.cancelled_at AS cancelledAt, r.cancel_reason AS cancelReason,
         (SELECT count(*) FROM dunning_actions a WHERE a.run_id = r.id) AS actions,
         (SELECT count(*) FROM dunning_actions a WHERE a.run_id = r.id AND a.status = 'approved') AS approved,
         (SELECT count(*) FROM dunning_actions a WHERE a.run_id = r.id AND a.status = 'skipped') AS skipped,
         (SELECT count(*) FROM dunning_actions a WHERE a.run_id = r.id AND a.status = 'sent') AS sent,
         (SELECT count(*) FROM dunning_exclusions x WHERE x.run_id = r.id) AS excluded,
         (SELECT coalesce(sum(principal_cents + fee_cents + costs_cents + interest_cents), 0) FROM dunning_actions a
           WHERE a.run_id = r.id AND a.status IN ('approved', 'sent')) AS totalCents
  FROM dunning_runs r`

/** Run history, newest first, one page at a time. */
export function listRuns(db: AppDb, page: { offset: number; limit: number }): { rows: RunSummary[]; total: number } {
  const rows = db.all<RunSummary>(sql`${SUMMARY} ORDER BY r.run_date DESC, r.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`)
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM dunning_runs`)?.n ?? 0
  return { rows, total }
}

export function runSummary(db: AppDb, runId: number): RunSummary | undefined {
  return db.get<RunSummary>(sql`${SUMMARY} WHERE r.id = ${runId}`)
}

export type RunExclusionRecord = { customerId: number; customerCode: string; customerName: string; invoiceId: number | null; reason: ExclusionReason; explanation: DunningLine[] }

export function runExclusions(db: AppDb, runId: number): RunExclusionRecord[] {
  return db
    .all<Omit<RunExclusionRecord, 'explanation'> & { explanationJson: string }>(sql`
      SELECT x.customer_id AS customerId, c.code AS customerCode, c.name AS customerName, x.invoice_id AS invoiceId, x.reason, x.explanation_json AS explanationJson
      FROM dunning_exclusions x JOIN customers c ON c.id = x.customer_id WHERE x.run_id = ${runId} ORDER BY c.code`)
    .map(({ explanationJson, ...x }) => ({ ...x, explanation: JSON.parse(explanationJson) as DunningLine[] }))
}
