// How good is the forecast on this administration's own history? At cut-off days in the past, forecast the
// invoices open then from what was known then, and compare with the day they were really paid; beside it
// the naive forecast "paid on the due date" (or on the cut-off day, when that had already passed).
import { addMonths, fromEpochDay, toEpochDay } from '../../dates'
import { buildDelayModel, type DelayStats, predictDay } from './delay-model'
import { HISTORY_MONTHS } from './history'

/**
 * Paid invoices (amount > 0) as epoch days, one entry per invoice; `customer` indexes 0 … customers − 1,
 * and `ids` (when known) gives the customer id of each index.
 */
export type PaidHistory = { customers: number; customer: Int32Array; invoiceDay: Int32Array; dueDay: Int32Array; settledDay: Int32Array; ids?: readonly number[] }

export type Backtest = { maeDays: number | null; naiveMaeDays: number | null; samples: number; cutoffs: number }

/** Twelve cut-offs four weeks apart before the as-of day. */
export const BACKTEST_CUTOFFS = 12
export const BACKTEST_STEP_DAYS = 28

const round2 = (n: number) => Math.round(n * 100) / 100

/** Per customer index the delays (settled − due) of invoices settled in (fromDay, toDay], and the count per delay. */
export function delaysWithin(h: PaidHistory, fromDay: number, toDay: number): { stats: DelayStats[]; counts: Map<number, number> } {
  const count = new Float64Array(h.customers)
  const sum = new Float64Array(h.customers)
  const sumSq = new Float64Array(h.customers)
  const counts = new Map<number, number>()
  for (let i = 0; i < h.customer.length; i++) {
    const settled = h.settledDay[i] ?? 0
    if (settled <= fromDay || settled > toDay) continue
    const c = h.customer[i] ?? 0
    const d = settled - (h.dueDay[i] ?? 0)
    count[c] = (count[c] ?? 0) + 1
    sum[c] = (sum[c] ?? 0) + d
    sumSq[c] = (sumSq[c] ?? 0) + d * d
    counts.set(d, (counts.get(d) ?? 0) + 1)
  }
  return { stats: Array.from({ length: h.customers }, (_, c) => ({ count: count[c] ?? 0, sumDelay: sum[c] ?? 0, sumDelaySq: sumSq[c] ?? 0 })), counts }
}

export function backtest(h: PaidHistory, asOfDay: number, cutoffs = BACKTEST_CUTOFFS, stepDays = BACKTEST_STEP_DAYS): Backtest {
  const n = h.customer.length
  let error = 0
  let naiveError = 0
  let samples = 0
  for (let j = 1; j <= cutoffs; j++) {
    const cut = asOfDay - j * stepDays
    const { stats, counts } = delaysWithin(h, toEpochDay(addMonths(fromEpochDay(cut), -HISTORY_MONTHS)), cut)
    const model = buildDelayModel(stats, counts)
    for (let i = 0; i < n; i++) {
      const settled = h.settledDay[i] ?? 0
      if ((h.invoiceDay[i] ?? 0) > cut || settled <= cut || settled > asOfDay) continue
      const due = h.dueDay[i] ?? 0
      const predicted = predictDay(due, cut, stats[h.customer[i] ?? 0] ?? { count: 0, sumDelay: 0 }, model).day
      error += Math.abs(predicted - settled)
      naiveError += Math.abs(Math.max(due, cut) - settled)
      samples++
    }
  }
  return { maeDays: samples > 0 ? round2(error / samples) : null, naiveMaeDays: samples > 0 ? round2(naiveError / samples) : null, samples, cutoffs }
}
