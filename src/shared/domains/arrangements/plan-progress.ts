// Following a payment plan: money paid towards the plan covers the instalments in order; an instalment
// still short after its due date plus the grace period breaks the plan.
import { addDays, type IsoDate } from '../../dates'
import type { Cents } from '../../money'
import type { ScheduledInstalment } from './plan-schedule'

export type InstalmentState = 'paid' | 'partial' | 'upcoming' | 'due' | 'late'

export type InstalmentProgress = ScheduledInstalment & { paidCents: Cents; state: InstalmentState }

export type PlanProgress = {
  instalments: InstalmentProgress[]
  paidCents: Cents
  remainingCents: Cents
  /** every instalment is covered */
  completed: boolean
  /** the first day the plan counts as broken (due date + grace + 1 of the first late instalment), or null */
  breachedOn: IsoDate | null
  /** the first instalment not yet fully paid */
  nextDue: InstalmentProgress | null
}

/** The day after which a shortfall on this instalment breaks the plan. */
export const graceEnd = (inst: Pick<ScheduledInstalment, 'dueDate'>, graceDays: number): IsoDate => addDays(inst.dueDate, graceDays)

/**
 * Where a plan stands on `asOf`, given what was paid towards it by then (oldest instalment first).
 * due: on or after its due date, within the grace period; late: short after the grace period.
 */
export function planProgress(instalments: readonly ScheduledInstalment[], paidCents: Cents, asOf: IsoDate, graceDays: number): PlanProgress {
  let left = Math.max(0, paidCents)
  const out = [...instalments]
    .sort((a, b) => a.seq - b.seq)
    .map((inst): InstalmentProgress => {
      const paid = Math.min(left, inst.amountCents)
      left -= paid
      const state: InstalmentState =
        paid === inst.amountCents ? 'paid' : asOf > graceEnd(inst, graceDays) ? 'late' : asOf >= inst.dueDate ? 'due' : paid > 0 ? 'partial' : 'upcoming'
      return { ...inst, paidCents: paid, state }
    })
  const total = out.reduce((s, i) => s + i.amountCents, 0)
  const firstLate = out.find((i) => i.state === 'late')
  return {
    instalments: out,
    paidCents: Math.max(0, paidCents),
    remainingCents: Math.max(0, total - Math.max(0, paidCents)),
    completed: out.every((i) => i.state === 'paid'),
    breachedOn: firstLate ? addDays(graceEnd(firstLate, graceDays), 1) : null,
    nextDue: out.find((i) => i.state !== 'paid') ?? null
  }
}

/**
 * Instalments whose reminder is due on `asOf`: from `reminderDays` before the due date until the due date,
 * not yet reminded and not yet paid.
 */
export function remindersDue(progress: readonly (InstalmentProgress & { remindedOn: IsoDate | null })[], reminderDays: number, asOf: IsoDate) {
  return progress.filter((i) => i.remindedOn === null && i.state !== 'paid' && asOf >= addDays(i.dueDate, -reminderDays) && asOf <= i.dueDate)
}
