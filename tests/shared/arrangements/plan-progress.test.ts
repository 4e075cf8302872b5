import { describe, expect, it } from 'vitest'
import { planProgress, remindersDue } from '../../../src/shared/domains/arrangements/plan-progress'

const plan = [
  { seq: 1, dueDate: '2026-01-31', amountCents: 33_333 },
  { seq: 2, dueDate: '2026-02-28', amountCents: 33_333 },
  { seq: 3, dueDate: '2026-03-31', amountCents: 33_334 }
]
const states = (paid: number, asOf: string, grace = 7) => planProgress(plan, paid, asOf, grace).instalments.map((i) => `${i.state}:${i.paidCents}`)

describe('planProgress', () => {
  it.each([
    ['nothing paid before the first date', 0, '2026-01-20', ['upcoming:0', 'upcoming:0', 'upcoming:0']],
    ['nothing paid on the first date: due', 0, '2026-01-31', ['due:0', 'upcoming:0', 'upcoming:0']],
    ['still within the grace period (7 days)', 0, '2026-02-07', ['due:0', 'upcoming:0', 'upcoming:0']],
    ['one day after the grace period: late', 0, '2026-02-08', ['late:0', 'upcoming:0', 'upcoming:0']],
    ['first paid, second partly paid early', 40_000, '2026-02-10', ['paid:33333', 'partial:6667', 'upcoming:0']],
    ['first paid, second short after grace', 40_000, '2026-03-08', ['paid:33333', 'late:6667', 'upcoming:0']],
    ['all paid, even late', 100_000, '2026-06-01', ['paid:33333', 'paid:33333', 'paid:33334']],
    ['overpaid: the surplus is no instalment', 120_000, '2026-06-01', ['paid:33333', 'paid:33333', 'paid:33334']]
  ])('%s', (_, paid, asOf, expected) => {
    expect(states(paid, asOf)).toEqual(expected)
  })

  it('is breached the day after the grace period of the first short instalment, and completed when all is paid', () => {
    expect(planProgress(plan, 40_000, '2026-03-08', 7)).toMatchObject({ breachedOn: '2026-03-08', completed: false, paidCents: 40_000, remainingCents: 60_000, nextDue: { seq: 2 } })
    expect(planProgress(plan, 40_000, '2026-03-07', 7).breachedOn).toBeNull()
    expect(planProgress(plan, 0, '2026-01-31', 0).breachedOn).toBeNull()
    expect(planProgress(plan, 0, '2026-02-01', 0).breachedOn).toBe('2026-02-01')
    expect(planProgress(plan, 100_000, '2026-02-01', 0)).toMatchObject({ completed: true, breachedOn: null, remainingCents: 0, nextDue: null })
  })

  it('reminds from N days before each unpaid instalment until its due date, once', () => {
    const progress = (paid: number, asOf: string, remindedOn: (string | null)[]) =>
      planProgress(plan, paid, asOf, 7).instalments.map((i, k) => ({ ...i, remindedOn: remindedOn[k] ?? null }))
    expect(remindersDue(progress(0, '2026-01-25', []), 5, '2026-01-25')).toEqual([])
    expect(remindersDue(progress(0, '2026-01-26', []), 5, '2026-01-26').map((i) => i.seq)).toEqual([1])
    expect(remindersDue(progress(0, '2026-01-31', []), 5, '2026-01-31').map((i) => i.seq)).toEqual([1])
    expect(remindersDue(progress(0, '2026-02-01', []), 5, '2026-02-01')).toEqual([])
    expect(remindersDue(progress(0, '2026-01-28', ['2026-01-26']), 5, '2026-01-28')).toEqual([])
    // paid early: no reminder
    expect(remindersDue(progress(33_333, '2026-01-27', []), 5, '2026-01-27')).toEqual([])
  })
})
