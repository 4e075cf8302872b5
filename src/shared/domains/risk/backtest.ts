// How good is the forecast on this administration's own history? At cut-off days in the past, forecast the
// invoices open then from what was known then, and compare with the day they were really paid; beside it
// the naive forecast "paid on the due date" (or on the cut-off day, when that had already passed).
// The invoices are ordered by settlement day once; the history window then slides from cut-off to cut-off
// (what leaves at the top goes out, what enters at the bottom comes in), so a million invoices cost one
// pass, not one per cut-off.
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

/** Per customer the delay sums (settled − due) of the invoices in a window, and the count per delay. */
class DelayWindow {
  private readonly count: Float64Array
  private readonly sum: Float64Array
  private readonly sumSq: Float64Array
  private readonly perDelay: Float64Array
  private readonly minDelay: number

  constructor(private readonly h: PaidHistory) {
    let min = 0
    let max = 0
    for (let i = 0; i < h.customer.length; i++) {
      const d = (h.settledDay[i] ?? 0) - (h.dueDay[i] ?? 0)
      if (i === 0 || d < min) min = d
      if (i === 0 || d > max) max = d
    }
    this.minDelay = min
    this.perDelay = new Float64Array(max - min + 1)
    this.count = new Float64Array(h.customers)
    this.sum = new Float64Array(h.customers)
    this.sumSq = new Float64Array(h.customers)
  }

  /** Adds (+1) or removes (−1) invoice `i`. */
  move(i: number, sign: 1 | -1): void {
    const c = this.h.customer[i] ?? 0
    const d = (this.h.settledDay[i] ?? 0) - (this.h.dueDay[i] ?? 0)
    this.count[c] = (this.count[c] ?? 0) + sign
    this.sum[c] = (this.sum[c] ?? 0) + sign * d
    this.sumSq[c] = (this.sumSq[c] ?? 0) + sign * d * d
    this.perDelay[d - this.minDelay] = (this.perDelay[d - this.minDelay] ?? 0) + sign
  }

  stats(): DelayStats[] {
    return Array.from({ length: this.h.customers }, (_, c) => ({ count: this.count[c] ?? 0, sumDelay: this.sum[c] ?? 0, sumDelaySq: this.sumSq[c] ?? 0 }))
  }

  /** The invoices per delay in days, ascending. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>()
    this.perDelay.forEach((n, k) => {
      if (n > 0) counts.set(k + this.minDelay, n)
    })
    return counts
  }
}

/** Per customer index the delays (settled − due) of invoices settled in (fromDay, toDay], and the count per delay. */
export function delaysWithin(h: PaidHistory, fromDay: number, toDay: number): { stats: DelayStats[]; counts: Map<number, number> } {
  const w = new DelayWindow(h)
  for (let i = 0; i < h.customer.length; i++) {
    const settled = h.settledDay[i] ?? 0
    if (settled > fromDay && settled <= toDay) w.move(i, 1)
  }
  return { stats: w.stats(), counts: w.counts() }
}

/** The invoice indexes by settlement day (a counting sort: days span a few thousand at most). */
function bySettledDay(h: PaidHistory): Int32Array {
  const n = h.settledDay.length
  const order = new Int32Array(n)
  if (n === 0) return order
  let min = h.settledDay[0] ?? 0
  let max = min
  for (const d of h.settledDay) {
    if (d < min) min = d
    if (d > max) max = d
  }
  const next = new Int32Array(max - min + 2)
  for (const d of h.settledDay) next[d - min + 1] = (next[d - min + 1] ?? 0) + 1
  for (let k = 1; k < next.length; k++) next[k] = (next[k] ?? 0) + (next[k - 1] ?? 0)
  for (let i = 0; i < n; i++) {
    const k = (h.settledDay[i] ?? 0) - min
    order[next[k] ?? 0] = i
    next[k] = (next[k] ?? 0) + 1
  }
  return order
}

export function backtest(h: PaidHistory, asOfDay: number, cutoffs = BACKTEST_CUTOFFS, stepDays = BACKTEST_STEP_DAYS): Backtest {
  const order = bySettledDay(h)
  const settledAt = (k: number) => h.settledDay[order[k] ?? 0] ?? 0
  /** The first position settled after `day`. */
  const after = (day: number) => {
    let lo = 0
    let hi = order.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (settledAt(mid) > day) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const window = new DelayWindow(h)
  // the window holds the positions [lo, hi): invoices settled in (cut-off − HISTORY_MONTHS, cut-off]
  let [lo, hi] = [order.length, order.length]
  const end = after(asOfDay)
  let error = 0
  let naiveError = 0
  let samples = 0
  for (let j = 1; j <= cutoffs; j++) {
    const cut = asOfDay - j * stepDays
    const [newLo, newHi] = [after(toEpochDay(addMonths(fromEpochDay(cut), -HISTORY_MONTHS))), after(cut)]
    for (; hi > newHi; hi--) if (hi - 1 >= lo) window.move(order[hi - 1] ?? 0, -1)
    lo = Math.min(lo, hi)
    for (; lo > newLo; lo--) window.move(order[lo - 1] ?? 0, 1)
    const stats = window.stats()
    const model = buildDelayModel(stats, window.counts())
    // the invoices issued by the cut-off and paid after it
    for (let k = newHi; k < end; k++) {
      const i = order[k] ?? 0
      if ((h.invoiceDay[i] ?? 0) > cut) continue
      const settled = h.settledDay[i] ?? 0
      const due = h.dueDay[i] ?? 0
      const predicted = predictDay(due, cut, stats[h.customer[i] ?? 0] ?? { count: 0, sumDelay: 0 }, model).day
      error += Math.abs(predicted - settled)
      naiveError += Math.abs(Math.max(due, cut) - settled)
      samples++
    }
  }
  return { maeDays: samples > 0 ? round2(error / samples) : null, naiveMaeDays: samples > 0 ? round2(naiveError / samples) : null, samples, cutoffs }
}
