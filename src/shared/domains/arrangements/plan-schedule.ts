// The payment-plan editor's rules: instalment dates per frequency, an even split whose last instalment
// balances to the cent, and the live check of an edited schedule against the plan total.
import { addDays, addMonths, type IsoDate } from '../../dates'
import { AppError } from '../../errors'
import type { Cents } from '../../money'
import type { PlanFrequency } from './vocabulary'

export const MAX_INSTALMENTS = 120

export type ScheduledInstalment = { /** 0 is the down payment */ seq: number; dueDate: IsoDate; amountCents: Cents }

/**
 * The k-th instalment date (k = 0 is the start date). Months are counted from the start date each time,
 * so 31 January gives 28/29 February, then 31 March again, never a drifting 28th.
 */
export function instalmentDate(start: IsoDate, frequency: PlanFrequency, k: number): IsoDate {
  if (frequency === 'weekly') return addDays(start, 7 * k)
  return addMonths(start, (frequency === 'monthly' ? 1 : 3) * k)
}

/** Equal parts rounded down to the cent; the last part takes what is left, so the parts add up exactly. */
export function splitEvenly(totalCents: Cents, count: number): Cents[] {
  if (!Number.isSafeInteger(totalCents) || totalCents <= 0) throw new AppError('validation', 'the amount to split must be positive', 'totalCents')
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS) throw new AppError('validation', `the number of instalments must be 1 to ${MAX_INSTALMENTS}`, 'instalments')
  const part = Math.floor(totalCents / count)
  if (part === 0) throw new AppError('validation', 'every instalment must be at least one cent', 'instalments')
  return Array.from({ length: count }, (_, i) => (i < count - 1 ? part : totalCents - part * (count - 1)))
}

export type ScheduleInput = {
  totalCents: Cents
  downPaymentCents: Cents
  /** when the down payment is due (usually the day of the agreement) */
  downPaymentOn: IsoDate
  instalments: number
  frequency: PlanFrequency
  /** the first instalment's due date */
  startDate: IsoDate
}

/** The proposed schedule: an optional down payment (seq 0), then the rest split evenly from the start date. */
export function buildSchedule(input: ScheduleInput): ScheduledInstalment[] {
  const { totalCents, downPaymentCents } = input
  if (!Number.isSafeInteger(downPaymentCents) || downPaymentCents < 0 || downPaymentCents >= totalCents) {
    throw new AppError('validation', 'the down payment must be less than the plan total', 'downPaymentCents')
  }
  if (downPaymentCents > 0 && input.downPaymentOn > input.startDate) {
    throw new AppError('validation', 'the down payment cannot fall after the first instalment', 'downPaymentOn')
  }
  const parts = splitEvenly(totalCents - downPaymentCents, input.instalments)
  const rest = parts.map((amountCents, i) => ({ seq: i + 1, dueDate: instalmentDate(input.startDate, input.frequency, i), amountCents }))
  return downPaymentCents > 0 ? [{ seq: 0, dueDate: input.downPaymentOn, amountCents: downPaymentCents }, ...rest] : rest
}

export type ScheduleProblem = { seq: number | null; code: 'amount-not-positive' | 'date-order' | 'date-before-agreement' | 'sum-differs' | 'no-instalments' }

export type ScheduleCheck = { sumCents: Cents; /** total minus sum: positive when instalments are missing money */ differenceCents: Cents; ok: boolean; problems: ScheduleProblem[] }

/** The editor's live check: every amount positive, dates in order and not before the agreement, the sum equal to the total. */
export function checkSchedule(instalments: readonly ScheduledInstalment[], totalCents: Cents, agreedOn: IsoDate): ScheduleCheck {
  const problems: ScheduleProblem[] = []
  if (instalments.length === 0) problems.push({ seq: null, code: 'no-instalments' })
  let sumCents = 0
  instalments.forEach((inst, i) => {
    if (!Number.isSafeInteger(inst.amountCents) || inst.amountCents <= 0) problems.push({ seq: inst.seq, code: 'amount-not-positive' })
    else sumCents += inst.amountCents
    if (inst.dueDate < agreedOn) problems.push({ seq: inst.seq, code: 'date-before-agreement' })
    const before = instalments[i - 1]
    if (before && inst.dueDate < before.dueDate) problems.push({ seq: inst.seq, code: 'date-order' })
  })
  const differenceCents = totalCents - sumCents
  if (differenceCents !== 0) problems.push({ seq: null, code: 'sum-differs' })
  return { sumCents, differenceCents, ok: problems.length === 0, problems }
}

/** Puts the difference to the total on the last instalment (the editor's "balance" button). */
export function balanceLast(instalments: readonly ScheduledInstalment[], totalCents: Cents): ScheduledInstalment[] {
  const last = instalments.at(-1)
  if (!last) return []
  const others = instalments.slice(0, -1).reduce((s, i) => s + i.amountCents, 0)
  return [...instalments.slice(0, -1), { ...last, amountCents: totalCents - others }]
}
