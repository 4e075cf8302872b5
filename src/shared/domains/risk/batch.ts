// Whole administrations at once, on plain data: main loads the figures with SQL, and this runs inline for a
// small administration or in the risk worker for a large one (ARCHITECTURE C12).
import type { IsoDate } from '../../dates'
import { toEpochDay } from '../../dates'
import type { Cents } from '../../money'
import { type AssessInput, type Assessment, assessCustomer } from './assess'
import { type Backtest, backtest, type PaidHistory } from './backtest'
import { buildDelayModel, type DelayStats } from './delay-model'
import { type ForecastItem, predictItem, type Prediction, weeklyCashIn, type WeeklyForecast } from './forecast'
import type { Segment } from './segments'
import type { RiskClass } from './vocabulary'
import type { RiskWeights } from './weights'

export type CustomerInput = Omit<AssessInput, 'asOf'> & { customerId: number }

export type AssessBatch = { asOf: IsoDate; weights: RiskWeights; segments: Segment[]; customers: CustomerInput[] }

export type Assessed = { customerId: number; assessment: Assessment }

export function assessAll(batch: AssessBatch): Assessed[] {
  return batch.customers.map(({ customerId, ...input }) => ({ customerId, assessment: assessCustomer({ ...input, asOf: batch.asOf }, batch.weights, batch.segments) }))
}

/** An assessment as customer_risk stores it: the figures it is sorted and filtered by, the rest as JSON. */
export type StoredScore = { customerId: number; score: number; riskClass: RiskClass; segmentId: number | null; suggestedLimitCents: Cents | null; detailJson: string }

export function storedScore({ customerId, assessment: a }: Assessed): StoredScore {
  const { score, riskClass, ...detail } = a
  return { customerId, score, riskClass, segmentId: a.segment?.id ?? null, suggestedLimitCents: a.suggestedLimit.cents, detailJson: JSON.stringify(detail) }
}

/** Scores a whole administration ready to store: strings cross from the worker far cheaper than object trees. */
export function scoreAll(batch: AssessBatch): StoredScore[] {
  return assessAll(batch).map(storedScore)
}

export type ForecastBatch = {
  asOf: IsoDate
  weeks: number
  items: (ForecastItem & { invoiceId: number; customerId: number })[]
  /** per customer, its delays as of `asOf` */
  delays: Map<number, DelayStats>
  /** the administration's paid invoices per delay in days */
  counts: Map<number, number>
  /** null: leave the backtest out (a customer's own items) */
  history: PaidHistory | null
}

export type ForecastResult = WeeklyForecast & {
  predictions: (Prediction & { invoiceId: number; customerId: number; customerName: string; number: string; openCents: Cents })[]
  backtest: Backtest | null
  /** the spread of payment dates around their prediction, in days */
  sigmaDays: number
}

const NO_DELAYS: DelayStats = { count: 0, sumDelay: 0, sumDelaySq: 0 }

export function forecastAll(batch: ForecastBatch): ForecastResult {
  const model = buildDelayModel(batch.delays.values(), batch.counts)
  const predictions = batch.items.map((item) => ({
    invoiceId: item.invoiceId,
    customerId: item.customerId,
    customerName: item.customerName,
    number: item.number,
    openCents: item.openCents,
    ...predictItem(item, batch.delays.get(item.customerId) ?? NO_DELAYS, model, batch.asOf)
  }))
  return {
    ...weeklyCashIn(predictions, batch.asOf, batch.weeks, model.sigma),
    predictions,
    backtest: batch.history && backtest(batch.history, toEpochDay(batch.asOf)),
    sigmaDays: Math.round(model.sigma * 10) / 10
  }
}
