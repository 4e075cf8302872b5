// When will an open invoice be paid? In days after its due date, from the customer's own history, shrunk
// towards the whole administration when that history is short. Numbers only (epoch days), so the same
// core serves the per-invoice forecast and the backtest over a million invoices.

/** Prior strength: a customer's own average weighs n against this many invoices at the administration's average. */
export const SHRINK_INVOICES = 4
/** Disputed and handed-over items are paid this much later. */
export const DISPUTE_EXTRA_DAYS = 30
export const HANDOVER_EXTRA_DAYS = 60
/**
 * An item later than anything comparable in the history is expected in as many days as it is late
 * already (the longer a debt has waited, the longer it tends to wait on), but not sooner than this.
 */
export const UNKNOWN_OVERDUE_WAIT = 30
/** Fewer comparable late invoices than this: "no comparable history". */
export const MIN_COMPARABLE = 5
/** The spread when the history cannot tell one (days). */
const DEFAULT_SIGMA = 14

export type DelayStats = { count: number; sumDelay: number; sumDelaySq: number }

/** Paid invoices per delay in days (settled − due), for "how late do invoices this late get". */
export type DelayCounts = ReadonlyMap<number, number>

export type DelayModel = {
  admin: DelayStats
  /** the administration's average delay (0 without history) */
  adminMean: number
  /** the spread of a payment around its customer's average: pooled within-customer standard deviation */
  sigma: number
  /** E[delay | delay > d] in O(log n): sorted distinct delays with suffix counts and sums */
  delays: number[]
  suffixCount: number[]
  suffixSum: number[]
}

/** Builds the model from per-customer sums and the administration's delay counts. */
export function buildDelayModel(customers: Iterable<DelayStats>, counts: DelayCounts): DelayModel {
  const admin = { count: 0, sumDelay: 0, sumDelaySq: 0 }
  let within = 0
  let groups = 0
  for (const c of customers) {
    if (c.count === 0) continue
    admin.count += c.count
    admin.sumDelay += c.sumDelay
    admin.sumDelaySq += c.sumDelaySq
    within += c.sumDelaySq - (c.sumDelay * c.sumDelay) / c.count
    groups++
  }
  const freedom = admin.count - groups
  const sigma = freedom > 0 ? Math.max(1, Math.sqrt(Math.max(0, within) / freedom)) : DEFAULT_SIGMA
  const delays = [...counts.keys()].sort((a, b) => a - b)
  const suffixCount = new Array<number>(delays.length + 1).fill(0)
  const suffixSum = new Array<number>(delays.length + 1).fill(0)
  for (let i = delays.length - 1; i >= 0; i--) {
    const d = delays[i] ?? 0
    const n = counts.get(d) ?? 0
    suffixCount[i] = (suffixCount[i + 1] ?? 0) + n
    suffixSum[i] = (suffixSum[i + 1] ?? 0) + n * d
  }
  return { admin, adminMean: admin.count > 0 ? admin.sumDelay / admin.count : 0, sigma, delays, suffixCount, suffixSum }
}

/** The shrunk expected delay of a customer: (n × own mean + k × administration mean) / (n + k). */
export function expectedDelay(c: Pick<DelayStats, 'count' | 'sumDelay'>, m: DelayModel): number {
  return (c.sumDelay + SHRINK_INVOICES * m.adminMean) / (c.count + SHRINK_INVOICES)
}

/** Mean delay and count of the paid invoices that were later than `days`. */
export function laterThan(days: number, m: DelayModel): { mean: number; count: number } {
  let lo = 0
  let hi = m.delays.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((m.delays[mid] ?? 0) > days) hi = mid
    else lo = mid + 1
  }
  const count = m.suffixCount[lo] ?? 0
  return { mean: count > 0 ? (m.suffixSum[lo] ?? 0) / count : 0, count }
}

export type DelayPath = 'history' | 'overdue' | 'overdue-unknown'

export type DayPrediction = {
  /** predicted payment day (epoch day), never before the as-of day */
  day: number
  path: DelayPath
  /** the customer's shrunk delay, or the comparable late invoices' mean on the overdue path */
  baseDelay: number
  comparable: number
  clamped: boolean
}

/**
 * The payment day of one open item. An item already later than its customer's expected delay is judged
 * by how late comparable invoices got: the mean delay of the paid invoices later than it is now.
 */
export function predictDay(
  dueDay: number,
  asOfDay: number,
  customer: Pick<DelayStats, 'count' | 'sumDelay'>,
  m: DelayModel,
  flags: { disputed?: boolean; handedOver?: boolean } = {}
): DayPrediction {
  const extraDays = (flags.disputed ? DISPUTE_EXTRA_DAYS : 0) + (flags.handedOver ? HANDOVER_EXTRA_DAYS : 0)
  const own = expectedDelay(customer, m)
  const overdue = asOfDay - dueDay
  let path: DelayPath = 'history'
  let baseDelay = own
  let comparable = 0
  if (overdue > 0 && Math.round(own) + extraDays <= overdue) {
    const later = laterThan(overdue, m)
    comparable = later.count
    if (later.count >= MIN_COMPARABLE) {
      path = 'overdue'
      baseDelay = later.mean
    } else {
      path = 'overdue-unknown'
      baseDelay = overdue + Math.max(UNKNOWN_OVERDUE_WAIT, overdue)
    }
  }
  const raw = dueDay + Math.round(baseDelay) + extraDays
  return { day: Math.max(raw, asOfDay), path, baseDelay, comparable, clamped: raw < asOfDay }
}
