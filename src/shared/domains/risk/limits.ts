// Credit limit use with its 80 % and 100 % warnings, and a suggested limit with its reasoning.
import type { Cents } from '../../money'
import type { RiskLine } from './lines'
import type { RiskClass } from './vocabulary'

export type CreditLevel = 'none' | 'near' | 'over'

export type CreditUse = { usedCents: Cents; limitCents: Cents | null; pct: number | null; level: CreditLevel }

/** Warn from this share of the limit; "over" from 100 %. */
export const NEAR_LIMIT_PCT = 80

/** Use of the limit: open (never below zero) plus work not yet invoiced. A limit of 0 means no credit at all. */
export function creditUse(openCents: Cents, notInvoicedCents: Cents, limitCents: Cents | null): CreditUse {
  const usedCents = Math.max(0, openCents) + notInvoicedCents
  if (limitCents === null) return { usedCents, limitCents, pct: null, level: 'none' }
  if (limitCents <= 0) return { usedCents, limitCents, pct: null, level: usedCents > 0 ? 'over' : 'none' }
  const pct = Math.round((100 * usedCents) / limitCents)
  const level = usedCents >= limitCents ? 'over' : usedCents * 100 >= limitCents * NEAR_LIMIT_PCT ? 'near' : 'none'
  return { usedCents, limitCents, pct, level }
}

/** How much of the normal open amount each class may have as a limit. */
export const LIMIT_FACTORS: Record<RiskClass, number> = { A: 1.5, B: 1.25, C: 1, D: 0.5, E: 0 }
/** Suggestions are rounded up to whole €500. */
export const LIMIT_STEP_CENTS = 50_000
/** Without a term or a history, a month is the cycle. */
const DEFAULT_CYCLE_DAYS = 30

export type LimitInput = {
  invoiced12mCents: Cents
  weightedDaysToPay: number | null
  paymentTermDays: number | null
  riskClass: RiskClass
  segment: { name: string; creditLimitCents: Cents | null } | null
}

export type LimitSuggestion = { cents: Cents | null; lines: RiskLine[] }

/**
 * The amount this customer normally has open (12 months of invoicing spread over the days it takes
 * them to pay, or the term if that is longer), times the class factor, rounded up to €500 and capped
 * by the segment's limit.
 */
export function suggestLimit(input: LimitInput): LimitSuggestion {
  const segmentLimit = input.segment?.creditLimitCents ?? null
  const segmentName = { text: input.segment?.name ?? '' }
  if (input.riskClass === 'E') return { cents: 0, lines: [{ key: 'limit.noCredit' }] }
  if (input.invoiced12mCents <= 0) {
    if (segmentLimit === null) return { cents: null, lines: [{ key: 'limit.noHistory' }] }
    return { cents: segmentLimit, lines: [{ key: 'limit.segmentOnly', values: { segment: segmentName, amount: { money: segmentLimit } } }] }
  }
  const lines: RiskLine[] = [{ key: 'limit.volume', values: { amount: { money: input.invoiced12mCents }, monthly: { money: Math.round(input.invoiced12mCents / 12) } } }]
  const byBehaviour = input.weightedDaysToPay !== null && input.weightedDaysToPay > (input.paymentTermDays ?? 0)
  const days = byBehaviour ? (input.weightedDaysToPay ?? 0) : (input.paymentTermDays ?? DEFAULT_CYCLE_DAYS)
  const normal = Math.round((input.invoiced12mCents * days) / 365)
  lines.push({ key: byBehaviour ? 'limit.cycle' : 'limit.cycleTerm', values: { days: { days }, amount: { money: normal } } })
  const factor = LIMIT_FACTORS[input.riskClass]
  const factored = Math.round(normal * factor)
  lines.push({ key: 'limit.factor', values: { class: { text: input.riskClass }, factor: { factor }, amount: { money: factored } } })
  let cents = Math.ceil(factored / LIMIT_STEP_CENTS) * LIMIT_STEP_CENTS
  lines.push({ key: 'limit.rounded', values: { step: { money: LIMIT_STEP_CENTS }, amount: { money: cents } } })
  if (segmentLimit !== null && cents > segmentLimit) {
    cents = segmentLimit
    lines.push({ key: 'limit.segmentCap', values: { segment: segmentName, amount: { money: cents } } })
  }
  return { cents, lines }
}
