// The period KPIs against figures worked out by hand (legal-reference.md §4 formulas).
import { describe, expect, it } from 'vitest'
import { computeKpis, monthsInPeriod, sharePct } from '../../../src/shared/domains/reports/kpis'

const none = { totalCents: 0, pastDueCents: 0, over90Cents: 0, disputedCents: 0 }

describe('computeKpis', () => {
  it('matches the hand-computed figures of a quarter (the CRF worked example for the CEI)', () => {
    const k = computeKpis({
      from: '2026-04-01',
      to: '2026-06-30',
      beginning: { ...none, totalCents: 6_200_00 },
      ending: { totalCents: 6_340_00, pastDueCents: 2_750_00, over90Cents: 634_00, disputedCents: 317_00 },
      creditSalesCents: 10_890_00,
      monthlySalesNewestFirst: [
        { month: '2026-06', salesCents: 3_000_00 },
        { month: '2026-05', salesCents: 4_000_00 },
        { month: '2026-04', salesCents: 3_890_00 }
      ]
    })
    expect(k).toEqual({
      days: 91,
      periods: 3,
      // 6,340 / 10,890 × 91
      dsoSimple: 52.98,
      // June (30 days) used up, then 3,340 / 4,000 of May's 31 days
      dsoCountback: 55.89,
      countbackExhausted: false,
      // 3,590 current / 10,890 × 91
      bestPossibleDso: 30,
      averageDaysDelinquent: 22.98,
      // (6,200 + 3,630 − 6,340) / (6,200 + 3,630 − 3,590)
      cei: 55.93,
      over90Pct: 10,
      disputedPct: 5
    })
  })

  it('treats a negative balance as nothing open and says when the sales history ran out', () => {
    const k = computeKpis({
      from: '2026-06-01',
      to: '2026-06-15',
      beginning: none,
      ending: { totalCents: 500_00, pastDueCents: 800_00, over90Cents: 0, disputedCents: 0 },
      creditSalesCents: 100_00,
      monthlySalesNewestFirst: [{ month: '2026-06', salesCents: 100_00 }]
    })
    // past due is capped at the total (credit notes not yet due net it down)
    expect(k).toMatchObject({ days: 15, dsoSimple: 75, bestPossibleDso: 0, averageDaysDelinquent: 75, dsoCountback: 15, countbackExhausted: true })
    const credit = computeKpis({ from: '2026-06-01', to: '2026-06-30', beginning: none, ending: { ...none, totalCents: -50_00 }, creditSalesCents: -10_00, monthlySalesNewestFirst: [] })
    expect(credit).toMatchObject({ dsoSimple: null, dsoCountback: 0, bestPossibleDso: null, cei: null, over90Pct: null })
  })

  it('counts the months of a period and shares', () => {
    expect(monthsInPeriod('2026-01-15', '2026-01-31')).toBe(1)
    expect(monthsInPeriod('2025-11-01', '2026-02-28')).toBe(4)
    expect(sharePct(1, 3)).toBe(33.33)
    expect(sharePct(5, 0)).toBeNull()
  })
})
