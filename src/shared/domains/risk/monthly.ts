// A customer's payment behaviour month by month, for the risk card's mini-charts: how many invoices it
// paid in each of the last 12 months and how late on average. Months without payments stay in the series.
import { addMonths, type IsoDate } from '../../dates'

export const MONTHLY_MONTHS = 12

/** Sums per settlement month (YYYY-MM) as SQL returns them. */
export type MonthSums = { month: string; paid: number; sumDelay: number }

export type MonthPoint = { month: string; paid: number; avgDaysLate: number | null }

/** The first day of the oldest month in the series ending with the month of `asOf`. */
export function monthlyFrom(asOf: IsoDate, months = MONTHLY_MONTHS): IsoDate {
  return `${addMonths(asOf, 1 - months).slice(0, 7)}-01`
}

export function monthSeries(sums: readonly MonthSums[], asOf: IsoDate, months = MONTHLY_MONTHS): MonthPoint[] {
  const byMonth = new Map(sums.map((s) => [s.month, s]))
  return Array.from({ length: months }, (_, i) => {
    const month = addMonths(monthlyFrom(asOf, months), i).slice(0, 7)
    const s = byMonth.get(month)
    if (!s || s.paid === 0) return { month, paid: 0, avgDaysLate: null }
    return { month, paid: s.paid, avgDaysLate: Math.round((s.sumDelay / s.paid) * 10) / 10 }
  })
}
