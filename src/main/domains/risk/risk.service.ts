// Risk scores and the cash-in forecast of the open administration: computed from the SQL figures by the
// pure domain (inline, or in the risk worker for a large administration) and, for scores, stored.
import { eq, sql } from 'drizzle-orm'
import { type IsoDate, toEpochDay } from '../../../shared/dates'
import type { Assessment } from '../../../shared/domains/risk/assess'
import { type AssessBatch, assessAll, forecastAll, type ForecastBatch, type ForecastResult, scoreAll, type StoredScore } from '../../../shared/domains/risk/batch'
import { indexPolicies, regimeOf, resolvePolicy } from '../../../shared/domains/dunning/policy'
import { FORECAST_WEEKS } from '../../../shared/domains/risk/forecast'
import type { RiskCardDto } from '../../../shared/ipc/risk.contract'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { customerRisk, insurancePolicies } from '../../db/schema'
import { loadPolicies } from '../dunning/policies.repo'
import { creditorCountry } from '../dunning/proposal.service'
import { assessBatch } from './assess.queries'
import { customerCreditOf, deadlinesDue } from './credit.service'
import { scoresOf } from './external-scores.service'
import { monthlyBehaviour } from './history.queries'
import { delayInputs, openItemsAsOf } from './forecast.queries'
import { historyPass, writeBesideHistory } from './history.pass'
import { assessInWorker, backtestInWorker, warmRiskWorker } from './risk-worker'

/** From this many customers (or paid invoices, for the backtest) the pure work goes to the risk worker. */
export const WORKER_MIN_CUSTOMERS = 1_000
export const WORKER_MIN_HISTORY = 100_000

export type RunMode = 'inline' | 'auto'

/** Stores the scores in one transaction; a changed score keeps the old one as `previous_score`. */
export function storeAssessments(db: AppDb, asOf: IsoDate, scores: readonly StoredScore[]): void {
  withWrite(db, () =>
    writeBesideHistory(db, () => {
      const upsert = db.$client.prepare(`
        INSERT INTO customer_risk (customer_id, as_of, score, risk_class, segment_id, suggested_limit_cents, detail_json, computed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
        ON CONFLICT (customer_id) DO UPDATE SET
          previous_score = CASE WHEN customer_risk.score <> excluded.score THEN customer_risk.score ELSE customer_risk.previous_score END,
          as_of = excluded.as_of, score = excluded.score, risk_class = excluded.risk_class, segment_id = excluded.segment_id,
          suggested_limit_cents = excluded.suggested_limit_cents, detail_json = excluded.detail_json, computed_at = excluded.computed_at`)
      for (const s of scores) upsert.run(s.customerId, asOf, s.score, s.riskClass, s.segmentId, s.suggestedLimitCents, s.detailJson)
      // archived customers leave the portfolio
      db.$client.prepare('DELETE FROM customer_risk WHERE customer_id IN (SELECT id FROM customers WHERE archived = 1)').run()
    })
  )
}

/** Scores every customer as of `asOf` (nothing is stored: the caller decides when it may write). */
export async function assessScores(db: AppDb, asOf: IsoDate, mode: RunMode = 'auto'): Promise<StoredScore[]> {
  const customers = db.$client.prepare('SELECT count(*) FROM customers WHERE archived = 0').pluck().get() as number
  const inWorker = mode === 'auto' && customers >= WORKER_MIN_CUSTOMERS
  // the worker starts up while main reads the figures
  if (inWorker) warmRiskWorker()
  const batch = assessBatch(db, asOf)
  return inWorker ? assessInWorker(batch) : scoreAll(batch)
}

/** Scores and stores every customer: the CLI right after an import (in the worker for a large administration). */
export async function refreshScores(db: AppDb, asOf: IsoDate): Promise<number> {
  const assessed = await assessScores(db, asOf)
  storeAssessments(db, asOf, assessed)
  return assessed.length
}

function forecastBatch(db: AppDb, asOf: IsoDate, weeks: number, customerId?: number): ForecastBatch {
  const history = historyPass(db, asOf).paid
  return {
    asOf,
    weeks,
    items: openItemsAsOf(db, asOf, customerId),
    ...delayInputs(history, asOf),
    history: customerId === undefined ? history : null
  }
}

/**
 * The administration's cash-in forecast as of `asOf`, with the backtest on its own history. The backtest
 * reads the whole history: for a large one it runs in the risk worker while main reads the open items and
 * predicts them (work in proportion to the open items, as the query that loads them is).
 */
export async function cashInForecast(db: AppDb, asOf: IsoDate, weeks = FORECAST_WEEKS, mode: RunMode = 'auto'): Promise<ForecastResult> {
  const history = historyPass(db, asOf).paid
  if (mode !== 'auto' || history.customer.length < WORKER_MIN_HISTORY) return forecastAll(forecastBatch(db, asOf, weeks))
  const tested = backtestInWorker(history, toEpochDay(asOf))
  // awaited below; until then a failure must not count as unhandled
  tested.catch(() => undefined)
  const forecast = forecastAll({ ...forecastBatch(db, asOf, weeks), history: null })
  return { ...forecast, backtest: await tested }
}

/** The policy the dunning engine will use for the customer: set by hand, else its segment's, else the default. */
function dunningPolicyOf(db: AppDb, batch: AssessBatch, a: Assessment): RiskCardDto['dunningPolicy'] {
  const input = batch.customers[0]
  if (!input) return { value: null, source: 'default', name: null }
  const segmentPolicyId = batch.segments.find((s) => s.id === a.segment?.id)?.dunningPolicyId ?? null
  const regime = regimeOf(creditorCountry(db), input.customer)
  const resolved = resolvePolicy(indexPolicies(loadPolicies(db)), { regime, customerPolicyId: input.customer.dunningPolicyId, segmentPolicyId })
  if (!resolved) return { value: null, source: 'default', name: null }
  return { value: resolved.policy.id, source: resolved.source === 'invoice' ? 'customer' : resolved.source, name: resolved.policy.name }
}

/** The risk card: assessed live, so it always shows the current weights and data. */
export function riskCard(db: AppDb, customerId: number, asOf: IsoDate): RiskCardDto {
  const batch = assessBatch(db, asOf, customerId)
  const [assessed] = assessAll(batch)
  if (!assessed) throw new AppError('not-found', `No customer with id ${customerId}.`, 'customerId')
  const a = assessed.assessment
  const stored = db.select({ previousScore: customerRisk.previousScore, score: customerRisk.score }).from(customerRisk).where(eq(customerRisk.customerId, customerId)).get()
  const credit = customerCreditOf(db, customerId)
  const policy = credit?.policyId ? db.select().from(insurancePolicies).where(eq(insurancePolicies.id, credit.policyId)).get() : undefined
  const forecast = forecastAll(forecastBatch(db, asOf, FORECAST_WEEKS, customerId))
  return {
    ...a,
    dunningPolicy: dunningPolicyOf(db, batch, a),
    customerId,
    asOf,
    // the stored score moved from previous to stored; the live score may have moved since
    previousScore: stored ? (stored.score !== a.score ? stored.score : stored.previousScore) : null,
    credit: {
      creditLimitCents: a.creditUse.limitCents,
      notInvoicedCents: credit?.notInvoicedCents ?? 0,
      policyId: credit?.policyId ?? null,
      insurer: policy?.insurer ?? null,
      policyNumber: policy?.policyNumber ?? null,
      insuredLimitCents: credit?.insuredLimitCents ?? null,
      coverDecisionOn: credit?.coverDecisionOn ?? null,
      coverPct: credit?.coverPct ?? null,
      effectiveCoverPct: policy ? (credit?.coverPct ?? policy.coverPct) : null
    },
    externalScores: scoresOf(db, customerId).map(({ id, agency, score, rating, scoredOn, source }) => ({ id, agency, score, rating, scoredOn, source })),
    deadlines: deadlinesDue(db, asOf, customerId),
    forecast: forecast.predictions.map(({ invoiceId, number, openCents, predictedDate, lines }) => ({ invoiceId, number, openCents, predictedDate, lines })),
    monthly: monthlyBehaviour(db, asOf, customerId)
  }
}

/** Whether the stored scores are missing or older than `today`. */
export function scoresStale(db: AppDb, today: IsoDate): boolean {
  const row = db.get<{ customers: number; scored: number; oldest: string | null }>(sql`
    SELECT (SELECT count(*) FROM customers WHERE archived = 0) AS customers, count(r.customer_id) AS scored, min(r.as_of) AS oldest
    FROM customer_risk r`)
  if (!row) return true
  return row.scored < row.customers || (row.oldest !== null && row.oldest < today)
}
