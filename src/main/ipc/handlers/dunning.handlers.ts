// The Aanmaningen screen and the policy editor over the dunning services. Execution runs alone under the
// session's exclusive gate; every write tells the screens what changed.
import { localToday } from '../../../shared/dates'
import type { Proposal, ProposedAction } from '../../../shared/domains/dunning'
import type { ActionDto, ProposalDto, dunningContract } from '../../../shared/ipc/dunning.contract'
import type { Scope } from '../../../shared/ipc/app-events'
import { schedulerStatus, setScheduler } from '../../domains/dunning/daily-job'
import { forecastDunning } from '../../domains/dunning/forecast.service'
import { executeWithLetters } from '../../domains/dunning/letter-step'
import { loadPolicies } from '../../domains/dunning/policies.repo'
import { savePolicy } from '../../domains/dunning/policies.service'
import { proposeDunning } from '../../domains/dunning/proposal.service'
import { type RunActionRecord, listRuns, loadRunActions, runExclusions, runSummary } from '../../domains/dunning/runs.queries'
import { cancelRun, completeTask, currentDraft, editAmount, reviewAction, reviewAll, saveRun } from '../../domains/dunning/runs.service'
import { AppError } from '../../../shared/errors'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

/** Sending reminders changes the invoices' levels and every figure built on them. */
const SENT_SCOPES: Scope[] = ['dunning', 'invoices', 'customers', 'dashboard', 'reports', 'letters']

function proposedDto(a: ProposedAction): ActionDto {
  return {
    ...a,
    id: null,
    status: null,
    skipReason: null,
    excludedInvoices: a.excludedInvoices.map((x) => ({ number: x.number, reason: x.reason, explanation: [x.explanation] })),
    edits: []
  }
}

function storedDto(a: RunActionRecord): ActionDto {
  return {
    ...a,
    lines: a.lines.map(({ interestCents, interestFrom, interestRate, compensationCents, costsCents, ...l }) => ({ ...l, legal: { interestCents, interestFrom, interestRate, compensationCents, costsCents } })),
    excludedInvoices: []
  }
}

function proposalDto(p: Proposal): ProposalDto {
  return { asOf: p.asOf, freshness: p.freshness, actions: p.actions.map(proposedDto), excluded: p.excluded }
}

export function dunningHandlers({ session, events }: AppServices): DomainHandlers<typeof dunningContract> {
  const changed = <T>(result: T, scopes: Scope[] = ['dunning']): T => {
    events.dataChanged(scopes)
    return result
  }
  const summary = (runId: number) => {
    const run = runSummary(session.db(), runId)
    if (!run) throw new AppError('not-found', `No dunning run with id ${runId}.`, 'runId')
    return run
  }
  return {
    'dunning:propose': ({ asOf }) => proposalDto(proposeDunning(session.db(), asOf)),
    'dunning:save-run': ({ asOf }) => {
      const { runId, created, status, actions } = saveRun(session.db(), asOf)
      return changed({ runId, created, status, actions })
    },
    'dunning:current-run': () => {
      const draft = currentDraft(session.db())
      return draft ? summary(draft.id) : null
    },
    'dunning:get-run': ({ runId }) => summary(runId),
    'dunning:run-actions': ({ runId, offset, limit }) => ({ rows: loadRunActions(session.db(), runId, { offset, limit }).map(storedDto), total: summary(runId).actions }),
    'dunning:run-exclusions': ({ runId }) => runExclusions(session.db(), runId),
    'dunning:review-action': ({ actionId, decision, reason }) => changed(reviewAction(session.db(), actionId, decision, reason) ?? null),
    'dunning:review-all': ({ runId, decision }) => changed(reviewAll(session.db(), runId, decision) ?? null),
    'dunning:edit-amount': ({ actionId, field, cents, reason }) => changed(editAmount(session.db(), actionId, field, cents, reason) ?? null),
    'dunning:execute-run': async ({ runId }) => {
      const jobId = `dunning-execute-${runId}`
      const total = summary(runId).approved
      events.jobProgress({ jobId, label: 'dunning.executing', done: 0, total, finished: false })
      try {
        // the letters are drawn first (before the execute transaction): their progress is the job's
        const progress = (done: number, letters: number) => events.jobProgress({ jobId, label: 'jobs.dunningExecute', done, total: letters, finished: false })
        return changed(await session.exclusive(() => executeWithLetters(session.db(), runId, {}, progress)), SENT_SCOPES)
      } finally {
        events.jobProgress({ jobId, label: 'dunning.executing', done: total, total, finished: true })
      }
    },
    'dunning:cancel-run': ({ runId, reason }) => changed(cancelRun(session.db(), runId, reason)),
    'dunning:list-runs': (page) => listRuns(session.db(), page),
    'dunning:forecast': ({ asOf, days }) =>
      forecastDunning(session.db(), asOf, days).map((d) => ({
        date: d.date,
        actions: d.proposal.actions.map(({ customerId, customerCode, customerName, level, levelName, regime, channel, totalCents, explanation }) => ({ customerId, customerCode, customerName, level, levelName, regime, channel, totalCents, explanation }))
      })),
    'dunning:list-policies': () => loadPolicies(session.db()),
    'dunning:save-policy': ({ id, policy }) => changed(savePolicy(session.db(), id, policy), ['dunning', 'settings']),
    'dunning:scheduler-status': () => schedulerStatus(session.db()),
    'dunning:set-scheduler': (next) => changed(setScheduler(session.db(), next), ['dunning', 'settings']),
    'dunning:complete-task': ({ actionId, note }) => changed(completeTask(session.db(), actionId, localToday(), note) ?? null)
  }
}
