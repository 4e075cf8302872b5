// What the reminder letter before one plan instalment says: the amount still due on that instalment (a
// part paid early is deducted), what was paid towards the plan so far, what remains, and the instalments
// still to come, each with its own reference. Pure: the plan's progress in, the letter's figures out.
import type { IsoDate } from '../../dates'
import { AppError } from '../../errors'
import type { Cents } from '../../money'
import type { InstalmentProgress } from './plan-progress'

export type OpenInstalment<R> = { seq: number; dueDate: IsoDate; /** still to pay on it */ openCents: Cents; reference: R | null }

export type InstalmentReminder<R> = {
  seq: number
  dueDate: IsoDate
  /** the instalment as agreed */
  instalmentCents: Cents
  /** what the debtor is asked to pay now: the instalment less what was paid towards it */
  dueCents: Cents
  reference: R | null
  /** regular instalments of the plan (the down payment not counted) */
  instalmentCount: number
  paidCents: Cents
  remainingCents: Cents
  /** every instalment not yet paid in full, this one included, in order */
  schedule: OpenInstalment<R>[]
}

/**
 * The reminder of instalment `seq` (0 is the down payment) of a plan whose progress is given. Refused for
 * an instalment the plan does not have, or one that is paid in full: there is nothing to remind of.
 */
export function instalmentReminder<R>(instalments: readonly (InstalmentProgress & { reference: R | null })[], seq: number): InstalmentReminder<R> {
  const inst = instalments.find((i) => i.seq === seq)
  if (!inst) throw new AppError('not-found', `this plan has no instalment ${seq} (it has ${instalments.map((i) => i.seq).join(', ')})`, 'instalment')
  if (inst.state === 'paid') throw new AppError('validation', `instalment ${seq} is paid in full: there is nothing to remind of`, 'instalment')
  const ordered = [...instalments].sort((a, b) => a.seq - b.seq)
  const paidCents = ordered.reduce((s, i) => s + i.paidCents, 0)
  const totalCents = ordered.reduce((s, i) => s + i.amountCents, 0)
  return {
    seq,
    dueDate: inst.dueDate,
    instalmentCents: inst.amountCents,
    dueCents: inst.amountCents - inst.paidCents,
    reference: inst.reference,
    instalmentCount: ordered.filter((i) => i.seq > 0).length,
    paidCents,
    remainingCents: totalCents - paidCents,
    schedule: ordered.filter((i) => i.state !== 'paid').map((i) => ({ seq: i.seq, dueDate: i.dueDate, openCents: i.amountCents - i.paidCents, reference: i.reference }))
  }
}
