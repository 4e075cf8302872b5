// How a customer really pays, from its own history: the sums the SQL aggregation produces per customer
// (domains/risk/history.queries.ts for one customer, history.pass.ts for all) and, for tests, from raw invoices.
import { addMonths, type IsoDate, toEpochDay } from '../../dates'
import type { Cents } from '../../money'

/** Paid invoices count when they were settled within this many months before the as-of date. */
export const HISTORY_MONTHS = 24
/** The trend compares the last 3 months with the 12 months before them. */
export const RECENT_MONTHS = 3
export const PRIOR_MONTHS = 12
/** Fewer settled invoices than this in a window: no trend. */
export const MIN_TREND_INVOICES = 2

/** One dated payment towards an invoice (a bank allocation or a movement from the accounting package). */
export type PaymentPart = { date: IsoDate; cents: Cents }

/** An invoice as the history reads it; credit notes (amount ≤ 0) are left out by the callers. */
export type HistoryInvoice = {
  invoiceDate: IsoDate
  dueDate: IsoDate
  amountCents: Cents
  openCents: Cents
  settledOn: IsoDate | null
  /** dated payments; when they add up to the amount they date the money, else the settlement day does */
  parts?: readonly PaymentPart[]
}

/** Additive figures of one customer's history as of a date (sums, so SQL can produce them in one pass). */
export type PaymentStats = {
  paidCount: number
  /** Σ (settled − due) in days over paid invoices */
  sumDelay: number
  /** Σ (settled − due)² — the spread of the delays around their mean */
  sumDelaySq: number
  lateCount: number
  /** Σ (settled − invoice date) */
  sumDaysToPay: number
  /** Σ cents and Σ cents × days from invoice date to the day the money came */
  paidCents: Cents
  paidCentDays: number
  recentCount: number
  recentSumDelay: number
  priorCount: number
  priorSumDelay: number
  /** open items past their due date as of the date, and the days of the oldest one */
  overdueCount: number
  oldestOverdueDays: number
  /** invoiced over the last 12 months: the base of the suggested credit limit */
  invoiced12mCents: Cents
}

export const EMPTY_STATS: PaymentStats = {
  paidCount: 0,
  sumDelay: 0,
  sumDelaySq: 0,
  lateCount: 0,
  sumDaysToPay: 0,
  paidCents: 0,
  paidCentDays: 0,
  recentCount: 0,
  recentSumDelay: 0,
  priorCount: 0,
  priorSumDelay: 0,
  overdueCount: 0,
  oldestOverdueDays: 0,
  invoiced12mCents: 0
}

/** The window bounds (exclusive lower, inclusive upper) every implementation of the history uses. */
export function historyWindows(asOf: IsoDate) {
  const recentFrom = addMonths(asOf, -RECENT_MONTHS)
  return { historyFrom: addMonths(asOf, -HISTORY_MONTHS), recentFrom, priorFrom: addMonths(recentFrom, -PRIOR_MONTHS), invoicedFrom: addMonths(asOf, -12) }
}

/** The window bounds of `historyWindows` and the as-of day itself, as epoch days. */
export type DayWindows = { asOf: number; historyFrom: number; recentFrom: number; priorFrom: number; invoicedFrom: number }

export function dayWindows(asOf: IsoDate): DayWindows {
  const w = historyWindows(asOf)
  return { asOf: toEpochDay(asOf), historyFrom: toEpochDay(w.historyFrom), recentFrom: toEpochDay(w.recentFrom), priorFrom: toEpochDay(w.priorFrom), invoicedFrom: toEpochDay(w.invoicedFrom) }
}

/** An invoice's dated payments in sums: their total, the smallest one, and Σ cents × epoch day. */
export type PartSums = { cents: Cents; least: Cents; centDays: number }

export function partSums(parts: readonly PaymentPart[]): PartSums | null {
  if (parts.length === 0) return null
  return { cents: parts.reduce((s, p) => s + p.cents, 0), least: Math.min(...parts.map((p) => p.cents)), centDays: parts.reduce((s, p) => s + p.cents * toEpochDay(p.date), 0) }
}

/** An invoice (amount > 0, issued by the as-of day) with its dates as epoch days; `open`: an open amount above 0 is stored. */
export type DayInvoice = { invoiceDay: number; dueDay: number; settledDay: number | null; amountCents: Cents; open: boolean; parts: PartSums | null }

/**
 * Adds one invoice to a customer's sums: the one rule behind the pure history and the administration's
 * one-pass history (domains/risk/history.pass.ts). Money is dated by the invoice's parts when they are all
 * positive and add up to its amount, else by the settlement day.
 */
export function addInvoice(s: PaymentStats, inv: DayInvoice, w: DayWindows): void {
  if (inv.invoiceDay > w.invoicedFrom) s.invoiced12mCents += inv.amountCents
  // closed without a known day (an old import): neither history nor open
  if (inv.settledDay === null && !inv.open) return
  const settled = inv.settledDay !== null && inv.settledDay <= w.asOf ? inv.settledDay : null
  if (settled === null) {
    if (inv.dueDay < w.asOf) {
      s.overdueCount++
      s.oldestOverdueDays = Math.max(s.oldestOverdueDays, w.asOf - inv.dueDay)
    }
    return
  }
  if (settled <= w.historyFrom) return
  const delay = settled - inv.dueDay
  s.paidCount++
  s.sumDelay += delay
  s.sumDelaySq += delay * delay
  if (delay > 0) s.lateCount++
  s.sumDaysToPay += settled - inv.invoiceDay
  s.paidCents += inv.amountCents
  const p = inv.parts
  s.paidCentDays += p !== null && p.cents === inv.amountCents && p.least > 0 ? p.centDays - p.cents * inv.invoiceDay : inv.amountCents * (settled - inv.invoiceDay)
  if (settled > w.recentFrom) {
    s.recentCount++
    s.recentSumDelay += delay
  } else if (settled > w.priorFrom) {
    s.priorCount++
    s.priorSumDelay += delay
  }
}

/** The same sums from raw invoices with ISO dates (the table tests hold the SQL and the one pass to it). */
export function summarizeHistory(items: readonly HistoryInvoice[], asOf: IsoDate): PaymentStats {
  const w = dayWindows(asOf)
  const s = { ...EMPTY_STATS }
  for (const inv of items) {
    if (inv.amountCents <= 0 || inv.invoiceDate > asOf) continue
    const settledDay = inv.settledOn === null ? null : toEpochDay(inv.settledOn)
    addInvoice(s, { invoiceDay: toEpochDay(inv.invoiceDate), dueDay: toEpochDay(inv.dueDate), settledDay, amountCents: inv.amountCents, open: inv.openCents > 0, parts: partSums(inv.parts ?? []) }, w)
  }
  return s
}

/** What else the credit controller knows: broken promises, disputes and returned payments of the last 12 months, invoices handed over. */
export type CustomerFacts = { brokenPromises: number; disputes: number; returnedPayments: number; handOvers: number }

export const NO_FACTS: CustomerFacts = { brokenPromises: 0, disputes: 0, returnedPayments: 0, handOvers: 0 }

/** Payment behaviour in days, rounded to one decimal for showing; null where the history says nothing. */
export type Behaviour = CustomerFacts & {
  paidCount: number
  avgDaysToPay: number | null
  weightedDaysToPay: number | null
  avgDaysLate: number | null
  /** share of paid invoices paid after their due date, 0–100 */
  lateSharePct: number | null
  recentAvgDaysLate: number | null
  priorAvgDaysLate: number | null
  /** recent minus prior average days late: positive means paying later than before */
  trendDays: number | null
  overdueCount: number
  oldestOverdueDays: number
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10
const mean = (sum: number, n: number) => (n > 0 ? oneDecimal(sum / n) : null)

export function behaviourOf(s: PaymentStats, facts: CustomerFacts = NO_FACTS): Behaviour {
  const recent = s.recentCount >= MIN_TREND_INVOICES ? s.recentSumDelay / s.recentCount : null
  const prior = s.priorCount >= MIN_TREND_INVOICES ? s.priorSumDelay / s.priorCount : null
  return {
    ...facts,
    paidCount: s.paidCount,
    avgDaysToPay: mean(s.sumDaysToPay, s.paidCount),
    weightedDaysToPay: s.paidCents > 0 ? oneDecimal(s.paidCentDays / s.paidCents) : null,
    avgDaysLate: mean(s.sumDelay, s.paidCount),
    lateSharePct: s.paidCount > 0 ? Math.round((100 * s.lateCount) / s.paidCount) : null,
    recentAvgDaysLate: recent === null ? null : oneDecimal(recent),
    priorAvgDaysLate: prior === null ? null : oneDecimal(prior),
    trendDays: recent === null || prior === null ? null : oneDecimal(recent - prior),
    overdueCount: s.overdueCount,
    oldestOverdueDays: s.oldestOverdueDays
  }
}
