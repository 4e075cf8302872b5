// Credit-management KPIs (legal-reference.md §4). Day figures are rounded half-up to two decimals.
import { AppError } from '../../errors'
import { type Cents } from '../../money'
import { Big } from './decimal'

const two = (value: Big): number => Number(value.round(2, Big.roundHalfUp).toFixed(2))

function checkCents(value: Cents, field: string): Cents {
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('validation', `${field} must be a non-negative amount`, field)
  return value
}

function daysOfSales(receivablesCents: Cents, salesCents: Cents, days: number): Big | null {
  if (checkCents(salesCents, 'creditSales') === 0) return null
  return new Big(checkCents(receivablesCents, 'receivables')).times(days).div(salesCents)
}

/** Simple DSO: ending receivables / credit sales × days in the period; null without sales. */
export function dsoSimple(input: { endingReceivablesCents: Cents; creditSalesCents: Cents; daysInPeriod: number }): number | null {
  const dso = daysOfSales(input.endingReceivablesCents, input.creditSalesCents, input.daysInPeriod)
  return dso === null ? null : two(dso)
}

export type DsoBreakdown = { dso: number; bestPossibleDso: number; averageDaysDelinquent: number }

/** DSO, best possible DSO (only not-yet-due receivables) and average days delinquent (their difference). */
export function dsoBreakdown(input: { totalReceivablesCents: Cents; pastDueReceivablesCents: Cents; creditSalesCents: Cents; daysInPeriod: number }): DsoBreakdown | null {
  const current = input.totalReceivablesCents - checkCents(input.pastDueReceivablesCents, 'pastDueReceivables')
  if (current < 0) throw new AppError('validation', 'past-due receivables exceed the total', 'pastDueReceivables')
  const dso = daysOfSales(input.totalReceivablesCents, input.creditSalesCents, input.daysInPeriod)
  const best = daysOfSales(current, input.creditSalesCents, input.daysInPeriod)
  if (dso === null || best === null) return null
  return { dso: two(dso), bestPossibleDso: two(best), averageDaysDelinquent: two(dso.minus(best)) }
}

export type CountbackMonth = { salesCents: Cents; days: number }
export type CountbackResult = { dso: number; monthsUsed: number; exhausted: boolean }

/**
 * Countback DSO: peel whole months of sales off the receivables, newest first, then add the fraction of the month
 * that covers the rest. `exhausted` means the history ran out first, so the figure is a lower bound.
 */
export function dsoCountback(input: { receivablesCents: Cents; monthsNewestFirst: readonly CountbackMonth[] }): CountbackResult {
  let rest = checkCents(input.receivablesCents, 'receivables')
  let days = new Big(0)
  let monthsUsed = 0
  for (const month of input.monthsNewestFirst) {
    if (rest <= 0) break
    monthsUsed++
    if (rest > checkCents(month.salesCents, 'sales')) {
      rest -= month.salesCents
      days = days.plus(month.days)
    } else {
      days = days.plus(new Big(rest).times(month.days).div(month.salesCents))
      rest = 0
    }
  }
  return { dso: two(days), monthsUsed, exhausted: rest > 0 }
}

/**
 * Collection Effectiveness Index (CRF): (begin + sales/N − ending total) / (begin + sales/N − ending current) × 100.
 * Pass `periods: 1` for the variant that uses the full credit sales.
 */
export function collectionEffectivenessIndex(input: {
  beginningReceivablesCents: Cents
  creditSalesCents: Cents
  periods: number
  endingTotalReceivablesCents: Cents
  endingCurrentReceivablesCents: Cents
}): number | null {
  if (!Number.isInteger(input.periods) || input.periods < 1) throw new AppError('validation', 'the number of periods must be at least 1', 'periods')
  const available = new Big(checkCents(input.beginningReceivablesCents, 'beginningReceivables')).plus(new Big(checkCents(input.creditSalesCents, 'creditSales')).div(input.periods))
  const denominator = available.minus(checkCents(input.endingCurrentReceivablesCents, 'endingCurrentReceivables'))
  if (denominator.lte(0)) return null
  return two(available.minus(checkCents(input.endingTotalReceivablesCents, 'endingTotalReceivables')).div(denominator).times(100))
}
