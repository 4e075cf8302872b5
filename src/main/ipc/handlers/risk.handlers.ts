// The risk screens over the risk services: card, portfolio, forecast, weights, credit and insurance,
// external scores and segments. Every change that moves a score asks for a recomputation.
import { localToday } from '../../../shared/dates'
import type { riskContract } from '../../../shared/ipc/risk.contract'
import type { AppDb } from '../../db/connection'
import { addNotice, archivePolicy, deadlinesDue, listPolicies, saveCredit, savePolicy } from '../../domains/risk/credit.service'
import { addScore, deleteScore, importScores } from '../../domains/risk/external-scores.service'
import { listSegments } from '../../domains/risk/assess.queries'
import { portfolio, portfolioRows } from '../../domains/risk/portfolio.queries'
import { cashInForecast, riskCard } from '../../domains/risk/risk.service'
import { deleteSegment, moveSegment, policyChoices, saveSegment } from '../../domains/risk/segments.service'
import { DEFAULT_WEIGHTS } from '../../../shared/domains/risk/weights'
import { riskWeights, setRiskWeights } from '../../domains/risk/weights.repo'
import type { AppServices } from '../../session/app-services'
import { stagedFiles } from '../../session/staged-files'
import type { DomainHandlers } from '../handlers'

export function riskHandlers({ session, events, risk }: AppServices): DomainHandlers<typeof riskContract> {
  const staged = stagedFiles(session)
  /** A committed change that moves scores: the screens refetch and the stored scores follow. */
  const changed = <T>(run: (db: AppDb) => T): T => {
    const result = run(session.db())
    events.dataChanged(['risk', 'customers'])
    risk.request()
    return result
  }
  return {
    'risk:get-card': ({ customerId, asOf }) => riskCard(session.db(), customerId, asOf ?? localToday()),
    'risk:get-portfolio': () => portfolio(session.db()),
    'risk:list': (query) => portfolioRows(session.db(), query),
    'risk:get-forecast': async ({ asOf, weeks, offset, limit }) => {
      const day = asOf ?? localToday()
      const f = await cashInForecast(session.db(), day, weeks)
      const rows = f.predictions.slice(offset, offset + limit).map(({ invoiceId, customerId, customerName, number, openCents, predictedDate, lines }) => ({ invoiceId, customerId, customerName, number, openCents, predictedDate, lines }))
      return { asOf: day, weeks: f.weeks, laterCents: f.laterCents, sigmaDays: f.sigmaDays, backtest: f.backtest, invoices: { rows, total: f.predictions.length } }
    },
    'risk:recompute': async () => {
      risk.request()
      await risk.settled()
      return { customers: portfolio(session.db()).totals.customers }
    },
    'risk:get-weights': () => ({ weights: riskWeights(session.db()), defaults: DEFAULT_WEIGHTS }),
    'risk:set-weights': ({ weights }) => changed((db) => setRiskWeights(db, weights)),
    'risk:save-credit': (input) => changed((db) => (saveCredit(db, input), null)),
    'risk:add-notice': (input) => changed((db) => (addNotice(db, input), null)),
    'risk:list-deadlines': ({ asOf }) => deadlinesDue(session.db(), asOf ?? localToday()),
    'risk:list-policies': () => listPolicies(session.db()),
    'risk:save-policy': (input) => changed((db) => savePolicy(db, input)),
    'risk:archive-policy': ({ id, archived }) => changed((db) => archivePolicy(db, id, archived)),
    'risk:add-score': (input) => changed((db) => addScore(db, input)),
    'risk:delete-score': ({ id }) => changed((db) => (deleteScore(db, id), null)),
    'risk:import-scores': ({ fileId, dryRun }) => {
      const file = staged.get(fileId)
      const result = importScores(session.db(), file.bytes, file.name, { dryRun })
      if (result.written) {
        events.dataChanged(['risk', 'customers'])
        risk.request()
      }
      return result
    },
    'risk:list-segments': () => ({ segments: listSegments(session.db()), dunningPolicies: policyChoices(session.db()) }),
    'risk:save-segment': (input) => changed((db) => saveSegment(db, input)),
    'risk:delete-segment': ({ id }) => changed((db) => (deleteSegment(db, id), null)),
    'risk:move-segment': ({ id, direction }) => changed((db) => moveSegment(db, id, direction))
  }
}
