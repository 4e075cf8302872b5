// The cash-in forecast: a predicted payment date per open invoice that says why, and the expected cash-in
// per week with a band from how far payments stray from their customer's habit.
import { addDays, fromEpochDay, type IsoDate, isoWeekday, toEpochDay } from '../../dates'
import type { Cents } from '../../money'
import { type DelayModel, type DelayStats, DISPUTE_EXTRA_DAYS, HANDOVER_EXTRA_DAYS, predictDay } from './delay-model'
import type { RiskLine } from './lines'

export const FORECAST_WEEKS = 13
/** z of the 10th and 90th percentile: the band holds 80 % of the outcomes. */
const BAND_Z = 1.2816

export type ForecastItem = {
  number: string
  customerName: string
  dueDate: IsoDate
  openCents: Cents
  disputed: boolean
  handedOver: boolean
  /** an open promise to pay on this date */
  promisedDate: IsoDate | null
}

export type Prediction = { predictedDate: IsoDate; lines: RiskLine[] }

const days = (n: number) => ({ days: Math.round(n * 10) / 10 })

function historyLines(name: string, c: DelayStats, m: DelayModel, shrunk: number): RiskLine[] {
  if (c.count === 0) return [{ key: 'forecast.admin', values: { name: { text: name }, days: days(m.adminMean) } }]
  const own = c.sumDelay / c.count
  const lines: RiskLine[] = [{ key: own >= 0 ? 'forecast.customerLate' : 'forecast.customerEarly', values: { name: { text: name }, days: days(own), n: { count: c.count } } }]
  // say so whenever the administration moved the estimate by a day or more
  if (Math.abs(shrunk - own) >= 1) lines.push({ key: 'forecast.shrunk', values: { admin: days(m.adminMean), days: days(shrunk) } })
  return lines
}

/** The predicted payment date of one open item with its explanation. */
export function predictItem(item: ForecastItem, customer: DelayStats, m: DelayModel, asOf: IsoDate): Prediction {
  if (item.promisedDate !== null && item.promisedDate >= asOf) {
    return { predictedDate: item.promisedDate, lines: [{ key: 'forecast.promise', values: { date: { date: item.promisedDate } } }] }
  }
  const asOfDay = toEpochDay(asOf)
  const dueDay = toEpochDay(item.dueDate)
  const p = predictDay(dueDay, asOfDay, customer, m, { disputed: item.disputed, handedOver: item.handedOver })
  const overdue = asOfDay - dueDay
  const lines: RiskLine[] =
    p.path === 'history'
      ? historyLines(item.customerName, customer, m, p.baseDelay)
      : p.path === 'overdue'
        ? [{ key: 'forecast.overdue', values: { days: { days: overdue }, mean: days(p.baseDelay), n: { count: p.comparable } } }]
        : [{ key: 'forecast.overdueUnknown', values: { days: { days: overdue }, wait: { days: p.baseDelay - overdue } } }]
  if (item.disputed) lines.push({ key: 'forecast.disputed', values: { days: { days: DISPUTE_EXTRA_DAYS } } })
  if (item.handedOver) lines.push({ key: 'forecast.handedOver', values: { days: { days: HANDOVER_EXTRA_DAYS } } })
  const predictedDate = fromEpochDay(p.day)
  if (p.clamped) lines.push({ key: 'forecast.now', values: { date: { date: predictedDate } } })
  return { predictedDate, lines }
}

export type Week = { weekStart: IsoDate; expectedCents: Cents; lowCents: Cents; highCents: Cents }

export type WeeklyForecast = { weeks: Week[]; laterCents: Cents }

/** The Monday of the week holding `date`. */
export function weekStartOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date))
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26, error below 1.5e-7). */
function phi(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2)
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-(x * x) / 2)
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2
}

/**
 * Expected cash-in per week: each open amount spread around its predicted date by the history's spread
 * `sigma` (days; a payment cannot come before the first week), with an 80 % band from the variance of
 * the week's total. What is expected after the last week is `laterCents`, so weeks and later add up to
 * the open amounts to the cent.
 */
export function weeklyCashIn(items: readonly { predictedDate: IsoDate; openCents: Cents }[], asOf: IsoDate, weeks: number, sigma: number): WeeklyForecast {
  const first = toEpochDay(weekStartOf(asOf))
  const mean = new Float64Array(weeks)
  const variance = new Float64Array(weeks)
  let total = 0
  for (const item of items) {
    if (item.openCents <= 0) continue
    total += item.openCents
    const day = toEpochDay(item.predictedDate)
    // only weeks within 5 sigma carry any weight
    const from = Math.max(0, Math.floor((day - 5 * sigma - first) / 7))
    const to = Math.min(weeks - 1, Math.floor((day + 5 * sigma - first) / 7))
    for (let w = from; w <= to; w++) {
      const start = first + 7 * w
      // the share of the item paid in this week; days are whole, so the week ends half a day past its last
      const p = phi((start + 7 - 0.5 - day) / sigma) - (w === 0 ? 0 : phi((start - 0.5 - day) / sigma))
      mean[w] = (mean[w] ?? 0) + item.openCents * p
      variance[w] = (variance[w] ?? 0) + item.openCents * item.openCents * p * (1 - p)
    }
  }
  const out: Week[] = Array.from(mean, (m, w) => {
    const spread = BAND_Z * Math.sqrt(variance[w] ?? 0)
    return { weekStart: fromEpochDay(first + 7 * w), expectedCents: Math.round(m), lowCents: Math.max(0, Math.round(m - spread)), highCents: Math.round(m + spread) }
  })
  return { weeks: out, laterCents: total - out.reduce((s, w) => s + w.expectedCents, 0) }
}
