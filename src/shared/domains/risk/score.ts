// The risk score: 100 minus (or plus) the points of each reason, every reason shown with its contribution.
// No black box: the points follow from the behaviour and the user's weights and nothing else.
import { addMonths, type IsoDate } from '../../dates'
import type { Behaviour } from './history'
import type { RiskLine } from './lines'
import { type ExternalAgency, type RiskClass, RISK_CLASSES } from './vocabulary'
import { EXTERNAL_MAX_AGE_MONTHS, type Factor, type FactorWeight, LITTLE_HISTORY, OVERDUE_GRACE_DAYS, type RiskWeights } from './weights'

export type ExternalScore = { agency: ExternalAgency; score: number; scoredOn: IsoDate }

export type ScoreInput = {
  behaviour: Behaviour
  /** open plus not yet invoiced, as a percentage of the credit limit; null without a limit */
  creditUsePct: number | null
  external: ExternalScore | null
  asOf: IsoDate
}

/** A reason and what it does to the score (negative: it costs points). */
export type Reason = RiskLine & { factor: Factor; points: number }

export type RiskScore = { score: number; riskClass: RiskClass; reasons: Reason[] }

/**
 * Points for a reason: `badness` units times the weight, at most the cap, rounded half up; positive
 * badness costs points, negative badness (paying early, a good external score) earns them.
 */
export function contribution(badness: number, w: FactorWeight): number {
  // 0.8 × 23 is 18.400000000000002 in binary: settle float noise before rounding half up
  const magnitude = Math.round(Math.round(Math.min(w.cap, Math.abs(badness) * w.weight) * 1e6) / 1e6)
  if (magnitude === 0) return 0
  return badness > 0 ? -magnitude : magnitude
}

export function classOf(score: number, bounds: RiskWeights['classBounds']): RiskClass {
  const index = bounds.findIndex((lowest) => score >= lowest)
  return RISK_CLASSES[index === -1 ? 4 : index] ?? 'E'
}

function countReason(factor: Factor, key: Reason['key'], n: number, w: RiskWeights): Reason | null {
  return n > 0 ? { factor, key, values: { n: { count: n } }, points: contribution(n, w.factors[factor]) } : null
}

export function scoreCustomer(input: ScoreInput, w: RiskWeights): RiskScore {
  const b = input.behaviour
  const f = w.factors
  const reasons: (Reason | null)[] = []
  if (b.paidCount > 0 && b.avgDaysLate !== null) {
    const late = b.avgDaysLate > 0
    reasons.push({ factor: 'daysLate', key: late ? 'reason.daysLate' : 'reason.daysEarly', values: { days: { days: b.avgDaysLate }, n: { count: b.paidCount } }, points: contribution(b.avgDaysLate, f.daysLate) })
  }
  if (b.lateSharePct) reasons.push({ factor: 'lateShare', key: 'reason.lateShare', values: { pct: { pct: b.lateSharePct } }, points: contribution(b.lateSharePct, f.lateShare) })
  if (b.trendDays) {
    reasons.push({ factor: 'trend', key: b.trendDays > 0 ? 'reason.trendWorse' : 'reason.trendBetter', values: { days: { days: b.trendDays } }, points: contribution(b.trendDays, f.trend) })
  }
  if (b.oldestOverdueDays > OVERDUE_GRACE_DAYS) {
    reasons.push({ factor: 'oldestOverdue', key: 'reason.oldestOverdue', values: { days: { days: b.oldestOverdueDays } }, points: contribution(b.oldestOverdueDays - OVERDUE_GRACE_DAYS, f.oldestOverdue) })
  }
  reasons.push(countReason('brokenPromises', 'reason.brokenPromises', b.brokenPromises, w))
  reasons.push(countReason('disputes', 'reason.disputes', b.disputes, w))
  reasons.push(countReason('returns', 'reason.returns', b.returnedPayments, w))
  reasons.push(countReason('handOvers', 'reason.handOvers', b.handOvers, w))
  if (input.creditUsePct !== null && input.creditUsePct > 100) {
    reasons.push({ factor: 'creditUse', key: 'reason.creditUse', values: { pct: { pct: input.creditUsePct } }, points: contribution(input.creditUsePct - 100, f.creditUse) })
  }
  const ext = input.external
  if (ext && ext.scoredOn > addMonths(input.asOf, -EXTERNAL_MAX_AGE_MONTHS)) {
    const values = { agency: ext.agency === 'other' ? { label: 'agency.other' as const } : { text: AGENCY_NAMES[ext.agency] }, score: { count: ext.score }, date: { date: ext.scoredOn } }
    reasons.push({ factor: 'external', key: 'reason.external', values, points: contribution(50 - ext.score, f.external) })
  }
  if (b.paidCount < LITTLE_HISTORY) reasons.push({ factor: 'littleHistory', key: 'reason.littleHistory', values: { n: { count: b.paidCount } }, points: contribution(1, f.littleHistory) })

  // the average delay always shows, even at 0 points: it is the first thing a controller asks
  const shown = reasons.filter((r): r is Reason => r !== null && (r.points !== 0 || r.factor === 'daysLate')).sort((a, b) => a.points - b.points)
  const score = Math.max(0, Math.min(100, 100 + shown.reduce((s, r) => s + r.points, 0)))
  return { score, riskClass: classOf(score, w.classBounds), reasons: shown }
}

/** Bureau names as their owners write them (the same in every language). */
export const AGENCY_NAMES: Record<Exclude<ExternalAgency, 'other'>, string> = { graydon: 'Graydon', creditsafe: 'Creditsafe', companyweb: 'Companyweb', dnb: 'D&B' }
