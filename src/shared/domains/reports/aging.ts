// Aging buckets (legal-reference.md §4): by due date (default: days past due) or by invoice date (days
// since the invoice). Buckets are whole-day ranges, closed at both ends; `null` leaves an end open.
import { AppError } from '../../errors'

export const AGING_BASES = ['due', 'invoice'] as const
export type AgingBasis = (typeof AGING_BASES)[number]

export type AgingBucket = { label: string; fromDays: number | null; toDays: number | null }

/** Upper bounds of the default buckets: current, 1–30, 31–60, 61–90, 90+. */
export const DEFAULT_AGING_BOUNDS: readonly number[] = [30, 60, 90]

/**
 * The buckets for a list of upper bounds. By due date the first bucket is "current" (not yet past due,
 * days ≤ 0), then 1–b1, b1+1–b2, …, and "bn+" (more than bn days). By invoice date: 0–b1, …, bn+.
 */
export function agingBuckets(bounds: readonly number[] = DEFAULT_AGING_BOUNDS, basis: AgingBasis = 'due'): AgingBucket[] {
  checkBounds(bounds)
  const buckets: AgingBucket[] = basis === 'due' ? [{ label: 'current', fromDays: null, toDays: 0 }] : []
  let from = basis === 'due' ? 1 : 0
  for (const to of bounds) {
    buckets.push({ label: `${from}-${to}`, fromDays: from, toDays: to })
    from = to + 1
  }
  buckets.push({ label: `${bounds.at(-1) ?? 0}+`, fromDays: from, toDays: null })
  return buckets
}

function checkBounds(bounds: readonly number[]): void {
  if (bounds.length === 0 || bounds.length > 8) throw new AppError('validation', 'give between one and eight bucket bounds', 'buckets')
  bounds.forEach((b, i) => {
    if (!Number.isInteger(b) || b < 1 || b > 3650) throw new AppError('validation', `bucket bound ${b} must be a whole number of days from 1 to 3650`, 'buckets')
    if (i > 0 && b <= (bounds[i - 1] ?? 0)) throw new AppError('validation', 'bucket bounds must increase', 'buckets')
  })
}

/** "30,60,90" → [30, 60, 90], with a clear error for anything else. */
export function parseAgingBounds(text: string): number[] {
  const parts = text.split(/[,;\s]+/).filter((p) => p.length > 0)
  const bounds = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN))
  if (bounds.some((b) => Number.isNaN(b))) throw new AppError('validation', `"${text}" is not a list of day counts such as 30,60,90`, 'buckets')
  checkBounds(bounds)
  return bounds
}

/** Index of the bucket that holds an item `days` old (days past due, or days since the invoice). */
export function bucketIndex(buckets: readonly AgingBucket[], days: number): number {
  const i = buckets.findIndex((b) => (b.fromDays === null || days >= b.fromDays) && (b.toDays === null || days <= b.toDays))
  // the first bucket is open below and the last open above, so every day count lands somewhere
  return i < 0 ? 0 : i
}
