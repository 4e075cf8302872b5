// The credit-management KPIs of one period, from the legal engine's functions (legal/kpis.ts) fed with
// the administration's own figures. Receivables are the open total of the one open definition; a
// period whose figures come out negative (more credit notes than invoices) counts as zero.
import { collectionEffectivenessIndex, dsoBreakdown, dsoCountback, dsoSimple } from '../legal/kpis'
import { addDays, daysBetween, daysInMonth, type IsoDate } from '../../dates'

/** What the KPIs need about one day: the open total, its past-due part and what is older than 90 days. */
export type ReceivablesAt = { totalCents: number; pastDueCents: number; over90Cents: number; disputedCents: number }

export type KpiInput = {
  from: IsoDate
  to: IsoDate
  /** receivables at the end of the day before `from` */
  beginning: ReceivablesAt
  /** receivables at the end of `to` */
  ending: ReceivablesAt
  /** net credit sales (invoices less credit notes) dated from..to */
  creditSalesCents: number
  /** net credit sales per calendar month, newest first, the first one ending at `to` (countback) */
  monthlySalesNewestFirst: readonly { month: string; salesCents: number }[]
}

export type KpiFigures = {
  days: number
  /** months in the period (CEI's N) */
  periods: number
  dsoSimple: number | null
  dsoCountback: number | null
  /** the sales history ran out before the receivables did: the countback figure is a lower bound */
  countbackExhausted: boolean
  bestPossibleDso: number | null
  averageDaysDelinquent: number | null
  cei: number | null
  over90Pct: number | null
  disputedPct: number | null
}

const nonNegative = (cents: number): number => Math.max(0, cents)

/** Share of the open total, in percent with two decimals; null without anything open. */
export function sharePct(partCents: number, totalCents: number): number | null {
  if (totalCents <= 0) return null
  return Math.round((10_000 * partCents) / totalCents) / 100
}

/** Calendar months touched by from..to, at least one: the N of the CEI. */
export function monthsInPeriod(from: IsoDate, to: IsoDate): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))]
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))]
  return Math.max(1, (ty - fy) * 12 + (tm - fm) + 1)
}

/** Days of each countback month: the month up to `to` for the newest, whole months before it. */
export function countbackDays(to: IsoDate, index: number, month: string): number {
  if (index === 0) return Number(to.slice(8, 10))
  return daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))
}

export function computeKpis(input: KpiInput): KpiFigures {
  const days = daysBetween(input.from, addDays(input.to, 1))
  const periods = monthsInPeriod(input.from, input.to)
  const total = nonNegative(input.ending.totalCents)
  // past due cannot exceed the total once credit notes not yet due are netted in
  const pastDue = Math.min(total, nonNegative(input.ending.pastDueCents))
  const sales = nonNegative(input.creditSalesCents)
  const breakdown = dsoBreakdown({ totalReceivablesCents: total, pastDueReceivablesCents: pastDue, creditSalesCents: sales, daysInPeriod: days })
  const countback = dsoCountback({
    receivablesCents: total,
    monthsNewestFirst: input.monthlySalesNewestFirst.map((m, i) => ({ salesCents: nonNegative(m.salesCents), days: countbackDays(input.to, i, m.month) }))
  })
  const beginning = nonNegative(input.beginning.totalCents)
  return {
    days,
    periods,
    dsoSimple: dsoSimple({ endingReceivablesCents: total, creditSalesCents: sales, daysInPeriod: days }),
    dsoCountback: total === 0 || countback.monthsUsed > 0 ? countback.dso : null,
    countbackExhausted: countback.exhausted,
    bestPossibleDso: breakdown?.bestPossibleDso ?? null,
    averageDaysDelinquent: breakdown?.averageDaysDelinquent ?? null,
    cei: collectionEffectivenessIndex({
      beginningReceivablesCents: beginning,
      creditSalesCents: sales,
      periods,
      endingTotalReceivablesCents: total,
      endingCurrentReceivablesCents: total - pastDue
    }),
    over90Pct: sharePct(input.ending.over90Cents, input.ending.totalCents),
    disputedPct: sharePct(input.ending.disputedCents, input.ending.totalCents)
  }
}
