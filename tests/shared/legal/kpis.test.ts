import { describe, expect, it } from 'vitest'
import { collectionEffectivenessIndex, dsoBreakdown, dsoCountback, dsoSimple } from '../../../src/shared/domains/legal'

const eur = (euros: number) => euros * 100

describe('KPIs', () => {
  it('computes simple DSO', () => {
    expect(dsoSimple({ endingReceivablesCents: eur(150_000), creditSalesCents: eur(1_800_000), daysInPeriod: 365 })).toBe(30.42)
    expect(dsoSimple({ endingReceivablesCents: eur(1), creditSalesCents: 0, daysInPeriod: 365 })).toBeNull()
  })

  it('counts back with 30-day months', () => {
    const months = [100_000, 80_000, 70_000].map((s) => ({ salesCents: eur(s), days: 30 }))
    expect(dsoCountback({ receivablesCents: eur(212_000), monthsNewestFirst: months })).toEqual({ dso: 73.71, monthsUsed: 3, exhausted: false })
  })

  it('counts back with actual month lengths', () => {
    const months = [200, 400, 600, 700, 500].map((s, i) => ({ salesCents: eur(s), days: [31, 31, 30, 31, 30][i] ?? 0 }))
    expect(dsoCountback({ receivablesCents: eur(2000), monthsNewestFirst: months })).toEqual({ dso: 129, monthsUsed: 5, exhausted: false })
  })

  it('stops at a month whose sales exactly cover the rest', () => {
    const months = [{ salesCents: eur(100), days: 31 }, { salesCents: eur(50), days: 30 }, { salesCents: eur(999), days: 31 }]
    expect(dsoCountback({ receivablesCents: eur(150), monthsNewestFirst: months })).toEqual({ dso: 61, monthsUsed: 2, exhausted: false })
  })

  it('reports a lower bound when the history runs out', () => {
    expect(dsoCountback({ receivablesCents: eur(500), monthsNewestFirst: [{ salesCents: eur(100), days: 30 }] })).toEqual({ dso: 30, monthsUsed: 1, exhausted: true })
  })

  it('derives best possible DSO and average days delinquent', () => {
    expect(dsoBreakdown({ totalReceivablesCents: eur(10_000), pastDueReceivablesCents: eur(2000), creditSalesCents: eur(30_000), daysInPeriod: 30 })).toEqual({
      dso: 10,
      bestPossibleDso: 8,
      averageDaysDelinquent: 2
    })
    expect(() => dsoBreakdown({ totalReceivablesCents: 100, pastDueReceivablesCents: 200, creditSalesCents: 100, daysInPeriod: 30 })).toThrow(
      expect.objectContaining({ field: 'pastDueReceivables' })
    )
  })

  it('computes the CEI of the CRF worked example, and the full-sales variant', () => {
    const input = { beginningReceivablesCents: eur(6200), creditSalesCents: eur(10_890), periods: 3, endingTotalReceivablesCents: eur(6340), endingCurrentReceivablesCents: eur(3590) }
    expect(collectionEffectivenessIndex(input)).toBe(55.93)
    // (6,200 + 10,890 − 6,340) / (6,200 + 10,890 − 3,590) = 79.63%
    expect(collectionEffectivenessIndex({ ...input, periods: 1 })).toBe(79.63)
  })
})
