import { describe, expect, it } from 'vitest'
import { behaviourOf, EMPTY_STATS, type HistoryInvoice, summarizeHistory } from '../../../src/shared/domains/risk/history'
import { AS_OF, HISTORY } from './fixtures'

describe('payment history', () => {
  it('sums a customer history by hand-computed windows', () => {
    expect(summarizeHistory(HISTORY, AS_OF)).toEqual({
      paidCount: 4,
      sumDelay: 10 + 20 + 0 - 5,
      sumDelaySq: 100 + 400 + 0 + 25,
      lateCount: 2,
      sumDaysToPay: 40 + 50 + 30 + 25,
      paidCents: 100_000,
      // A 10,000 × 40 + B (10,000 × 40 + 20,000 × 50) + C 20,000 × 30 + D 40,000 × 25
      paidCentDays: 400_000 + 1_400_000 + 600_000 + 1_000_000,
      recentCount: 2,
      recentSumDelay: 30,
      priorCount: 2,
      priorSumDelay: -5,
      overdueCount: 1,
      oldestOverdueDays: 30,
      // A, B, C, E, H and I were invoiced after 2025-06-30
      invoiced12mCents: 10_000 + 30_000 + 20_000 + 50_000 + 10_000 + 7_000
    })
  })

  it('dates money by its parts only when they cover the amount', () => {
    const partial: HistoryInvoice = { ...HISTORY[1]!, parts: [{ date: '2026-04-10', cents: 10_000 }] }
    // the parts add up to 100.00 of 300.00: the whole amount counts at the settlement day (50 days)
    expect(summarizeHistory([partial], AS_OF).paidCentDays).toBe(30_000 * 50)
  })

  it('turns the sums into behaviour, with the trend of the last 3 months against the 12 before', () => {
    const b = behaviourOf(summarizeHistory(HISTORY, AS_OF), { brokenPromises: 2, disputes: 1, returnedPayments: 0, handOvers: 0 })
    expect(b).toEqual({
      brokenPromises: 2,
      disputes: 1,
      returnedPayments: 0,
      handOvers: 0,
      paidCount: 4,
      avgDaysToPay: 36.3, // 145 / 4 = 36.25, half up
      weightedDaysToPay: 34, // 3,400,000 / 100,000
      avgDaysLate: 6.3, // 25 / 4 = 6.25
      lateSharePct: 50,
      recentAvgDaysLate: 15, // (10 + 20) / 2
      priorAvgDaysLate: -2.5, // (0 − 5) / 2
      trendDays: 17.5,
      overdueCount: 1,
      oldestOverdueDays: 30
    })
  })

  it('shows no trend with fewer than two invoices in a window, and nothing without history', () => {
    const b = behaviourOf(summarizeHistory(HISTORY.slice(0, 3), AS_OF))
    expect(b.priorAvgDaysLate).toBeNull()
    expect(b.trendDays).toBeNull()
    expect(behaviourOf(EMPTY_STATS)).toMatchObject({ paidCount: 0, avgDaysLate: null, lateSharePct: null, weightedDaysToPay: null, trendDays: null })
  })
})
