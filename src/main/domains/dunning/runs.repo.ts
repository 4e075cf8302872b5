// Stores a proposal as a draft run: one action per communication with its lines, and the exclusions.
import { type IsoDate } from '../../../shared/dates'
import { type Proposal, type ProposedAction, type RunKind, type RunSource } from '../../../shared/domains/dunning'
import type { AppDb } from '../../db/connection'
import { dunningActionLines, dunningActions, dunningExclusions, dunningRuns } from '../../db/schema'

const LINE_CHUNK = 500

function insertAction(tx: AppDb, runId: number, a: ProposedAction): number {
  const id = tx
    .insert(dunningActions)
    .values({
      runId,
      customerId: a.customerId,
      policyId: a.policyId,
      level: a.level,
      channel: a.channel,
      templateKey: a.templateKey,
      language: a.language,
      regime: a.regime,
      currency: a.currency,
      legalNotice: a.legalNotice,
      principalCents: a.principalCents,
      feeCents: a.feeCents,
      costsCents: a.costsCents,
      interestCents: a.interestCents,
      maxFeeCents: a.maxFeeCents,
      allowedCostsCents: a.allowedCostsCents,
      allowedInterestCents: a.allowedInterestCents,
      announcedCostsCents: a.announcedCostsCents,
      explanationJson: JSON.stringify(a.explanation)
    })
    .returning({ id: dunningActions.id })
    .get().id
  const lines = a.lines.map((l) => ({
    actionId: id,
    invoiceId: l.invoiceId,
    number: l.number,
    level: l.level,
    advances: l.advances,
    openCents: l.openCents,
    dueDate: l.dueDate,
    daysOverdue: l.daysOverdue,
    ...l.legal,
    explanationJson: JSON.stringify(l.explanation)
  }))
  for (let i = 0; i < lines.length; i += LINE_CHUNK) tx.insert(dunningActionLines).values(lines.slice(i, i + LINE_CHUNK)).run()
  return id
}

export type NewRun = { runDate: IsoDate; kind: RunKind; source: RunSource; freshness: Proposal['freshness'] }

/** Inserts the run with its actions and (for the reviewed kind) its exclusions; inside a write transaction. */
export function insertRun(tx: AppDb, run: NewRun, actions: readonly ProposedAction[], excluded: Proposal['excluded']): number {
  const runId = tx.insert(dunningRuns).values(run).returning({ id: dunningRuns.id }).get().id
  for (const a of actions) insertAction(tx, runId, a)
  const rows = excluded.map((e) => ({ runId, customerId: e.customerId, reason: e.reason, invoiceId: e.invoiceIds.length === 1 ? (e.invoiceIds[0] ?? null) : null, explanationJson: JSON.stringify(e.explanation) }))
  for (let i = 0; i < rows.length; i += LINE_CHUNK) tx.insert(dunningExclusions).values(rows.slice(i, i + LINE_CHUNK)).run()
  return runId
}
