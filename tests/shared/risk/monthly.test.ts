import { describe, expect, it } from 'vitest'
import { monthlyFrom, monthSeries } from '../../../src/shared/domains/risk/monthly'

describe('monthly behaviour series', () => {
  it('starts 11 months before the as-of month, on its first day', () => {
    expect(monthlyFrom('2026-06-30')).toBe('2025-07-01')
    expect(monthlyFrom('2026-01-15', 3)).toBe('2025-11-01')
  })

  it('keeps months without payments and averages the delay of the others', () => {
    const series = monthSeries(
      [
        { month: '2026-04', paid: 3, sumDelay: 10 },
        { month: '2026-06', paid: 2, sumDelay: -5 }
      ],
      '2026-06-30',
      3
    )
    expect(series).toEqual([
      { month: '2026-04', paid: 3, avgDaysLate: 3.3 },
      { month: '2026-05', paid: 0, avgDaysLate: null },
      { month: '2026-06', paid: 2, avgDaysLate: -2.5 }
    ])
  })
})
