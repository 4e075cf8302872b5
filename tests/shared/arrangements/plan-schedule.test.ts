import { describe, expect, it } from 'vitest'
import { balanceLast, buildSchedule, checkSchedule, instalmentDate, splitEvenly } from '../../../src/shared/domains/arrangements/plan-schedule'

describe('splitEvenly', () => {
  it.each([
    [100_000, 3, [33_333, 33_333, 33_334]],
    [100_000, 6, [16_666, 16_666, 16_666, 16_666, 16_666, 16_670]],
    [1, 1, [1]],
    [10, 4, [2, 2, 2, 4]],
    [99_999, 7, [14_285, 14_285, 14_285, 14_285, 14_285, 14_285, 14_289]],
    [123_456_789, 12, [...Array<number>(11).fill(10_288_065), 10_288_074]]
  ])('%i cents in %i instalments is %j: equal parts, the last one balancing', (total, count, parts) => {
    expect(splitEvenly(total, count)).toEqual(parts)
    expect(splitEvenly(total, count).reduce((a, b) => a + b, 0)).toBe(total)
  })

  it.each([
    [0, 3, 'the amount to split must be positive'],
    [-500, 2, 'the amount to split must be positive'],
    [2, 3, 'every instalment must be at least one cent'],
    [1000, 0, 'the number of instalments must be 1 to 120'],
    [1000, 121, 'the number of instalments must be 1 to 120'],
    [1000, 2.5, 'the number of instalments must be 1 to 120']
  ])('refuses %i cents in %s instalments', (total, count, message) => {
    expect(() => splitEvenly(total, count)).toThrow(message)
  })
})

describe('instalmentDate', () => {
  it.each([
    ['2026-01-31', 'monthly', ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']],
    ['2028-01-31', 'monthly', ['2028-01-31', '2028-02-29', '2028-03-31']],
    ['2028-02-29', 'monthly', ['2028-02-29', '2028-03-29', '2028-04-29']],
    ['2028-02-29', 'quarterly', ['2028-02-29', '2028-05-29', '2028-08-29', '2028-11-29', '2029-02-28']],
    ['2027-11-30', 'quarterly', ['2027-11-30', '2028-02-29', '2028-05-30']],
    ['2026-12-22', 'weekly', ['2026-12-22', '2026-12-29', '2027-01-05']],
    ['2028-02-22', 'weekly', ['2028-02-22', '2028-02-29', '2028-03-07']]
  ] as const)('from %s %s: %j', (start, frequency, dates) => {
    expect(dates.map((_, k) => instalmentDate(start, frequency, k))).toEqual(dates)
  })
})

describe('buildSchedule', () => {
  it('puts a down payment first (seq 0) and splits the rest from the start date', () => {
    expect(buildSchedule({ totalCents: 100_000, downPaymentCents: 10_000, downPaymentOn: '2026-01-20', instalments: 3, frequency: 'monthly', startDate: '2026-01-31' })).toEqual([
      { seq: 0, dueDate: '2026-01-20', amountCents: 10_000 },
      { seq: 1, dueDate: '2026-01-31', amountCents: 30_000 },
      { seq: 2, dueDate: '2026-02-28', amountCents: 30_000 },
      { seq: 3, dueDate: '2026-03-31', amountCents: 30_000 }
    ])
    expect(buildSchedule({ totalCents: 100_000, downPaymentCents: 0, downPaymentOn: '2026-01-20', instalments: 3, frequency: 'weekly', startDate: '2026-02-01' }).map((i) => i.seq)).toEqual([1, 2, 3])
  })

  it('refuses a down payment of the whole total, or due after the first instalment', () => {
    const base = { totalCents: 50_000, downPaymentOn: '2026-01-20', instalments: 2, frequency: 'monthly', startDate: '2026-02-01' } as const
    expect(() => buildSchedule({ ...base, downPaymentCents: 50_000 })).toThrow('the down payment must be less than the plan total')
    expect(() => buildSchedule({ ...base, downPaymentCents: 1_000, downPaymentOn: '2026-03-01' })).toThrow('the down payment cannot fall after the first instalment')
  })
})

describe('checkSchedule: the live sum check of the editor', () => {
  const proposed = buildSchedule({ totalCents: 100_000, downPaymentCents: 0, downPaymentOn: '2026-01-01', instalments: 3, frequency: 'monthly', startDate: '2026-01-31' })

  it('accepts the proposal and shows the difference after one instalment is edited', () => {
    expect(checkSchedule(proposed, 100_000, '2026-01-01')).toEqual({ sumCents: 100_000, differenceCents: 0, ok: true, problems: [] })
    const edited = proposed.map((i) => (i.seq === 2 ? { ...i, amountCents: 20_000 } : i))
    expect(checkSchedule(edited, 100_000, '2026-01-01')).toEqual({ sumCents: 86_667, differenceCents: 13_333, ok: false, problems: [{ seq: null, code: 'sum-differs' }] })
    // the balance button puts the difference on the last instalment
    const balanced = balanceLast(edited, 100_000)
    expect(balanced.at(-1)?.amountCents).toBe(46_667)
    expect(checkSchedule(balanced, 100_000, '2026-01-01').ok).toBe(true)
  })

  it('names zero or negative amounts, dates out of order and dates before the agreement', () => {
    const bad = [
      { seq: 1, dueDate: '2025-12-31', amountCents: 50_000 },
      { seq: 2, dueDate: '2026-03-01', amountCents: 0 },
      { seq: 3, dueDate: '2026-02-01', amountCents: 50_000 }
    ]
    expect(checkSchedule(bad, 100_000, '2026-01-01').problems).toEqual([
      { seq: 1, code: 'date-before-agreement' },
      { seq: 2, code: 'amount-not-positive' },
      { seq: 3, code: 'date-order' }
    ])
    expect(checkSchedule([], 100_000, '2026-01-01').problems).toEqual([{ seq: null, code: 'no-instalments' }, { seq: null, code: 'sum-differs' }])
  })
})
