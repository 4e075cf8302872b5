import { describe, expect, it } from 'vitest'
import {
  BE_COMMERCIAL_RATES,
  BE_COMMERCIAL_RATES_PRE_2013,
  BE_LEGAL_RATES,
  NL_COMMERCIAL_RATES,
  NL_STATUTORY_RATES,
  SHIPPED_RATES_VERSION,
  checkRateTable,
  interestAnniversary,
  nlCommercialInterestStart,
  nlStatutoryInterest,
  rateRowOn
} from '../../../src/shared/domains/legal'

const interest = (input: Parameters<typeof nlStatutoryInterest>[0]) => nlStatutoryInterest(input)

describe('NL statutory interest (6:119 / 6:119a)', () => {
  it('splits on the 1-1-2025 rate change and counts actual days over 365', () => {
    const r = interest({ regime: '6:119', principalCents: 250_000, firstInterestDay: '2024-12-01', lastInterestDay: '2025-02-28' })
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2024-12-01', '2024-12-31', 31, '7'],
      ['2025-01-01', '2025-02-28', 59, '6']
    ])
    expect(r.interestCents).toBe(3911)
  })

  it('takes the new rate on the very day it takes effect', () => {
    const onChange = interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2025-01-01', lastInterestDay: '2025-01-01' })
    expect(onChange.periods).toHaveLength(1)
    expect(onChange.periods[0]?.ratePercent).toBe('6')
    const dayBefore = interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2024-12-31', lastInterestDay: '2024-12-31' })
    expect(dayBefore.periods[0]?.ratePercent).toBe('7')
    // 1000 × 7% / 365 = 0.1918
    expect(dayBefore.interestCents).toBe(19)
  })

  it('compounds on each anniversary of the first interest day, not per calendar year', () => {
    const r = interest({ regime: '6:119', principalCents: 500_000, firstInterestDay: '2021-07-01', lastInterestDay: '2024-12-31' })
    expect(r.capitalisations.map((c) => c.on)).toEqual(['2022-07-01', '2023-07-01', '2024-07-01'])
    expect(r.capitalisations[0]?.newBasis).toBe('5100')
    expect(r.interestCents).toBe(79_222)
  })

  it('carries simple interest when compounding is off (claims from the old BW)', () => {
    const r = interest({ regime: '6:119', principalCents: 500_000, firstInterestDay: '2021-07-01', lastInterestDay: '2024-12-31', compounding: false })
    expect(r.capitalisations).toEqual([])
    // 5000 × (365×2 + 184×2 + 181×4 + 184×6 + 182×7 + 184×7) / 36500 = 751.7808
    expect(r.interestCents).toBe(75_178)
  })

  it('keeps 365 in leap years by default and uses 366 with act/act', () => {
    const base = { regime: '6:119', principalCents: 100_000, firstInterestDay: '2024-02-01', lastInterestDay: '2024-03-31' } as const
    expect(interest(base).interestCents).toBe(1151)
    const actAct = interest({ ...base, dayCount: 'act/act' })
    expect(actAct.periods[0]?.yearDays).toBe(366)
    expect(actAct.interestCents).toBe(1148)
  })

  it('splits act/act at 1 January so each year uses its own length', () => {
    const r = interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2023-12-31', lastInterestDay: '2024-01-01', dayCount: 'act/act' })
    expect(r.periods.map((p) => p.yearDays)).toEqual([365, 366])
  })

  it('restarts the interest year of a 29 February start on 1 March', () => {
    expect(interestAnniversary('2024-02-29', 1)).toBe('2025-03-01')
    expect(interestAnniversary('2024-02-29', 4)).toBe('2028-02-29')
    expect(interestAnniversary('2013-02-01', 1)).toBe('2014-02-01')
    const r = interest({ regime: '6:119a', principalCents: 100_000, firstInterestDay: '2024-02-29', lastInterestDay: '2025-03-10' })
    expect(r.capitalisations.map((c) => c.on)).toEqual(['2025-03-01'])
  })

  it('rounds once at the end unless per-period rounding is chosen', () => {
    const base = { regime: '6:119a', principalCents: 10_000, firstInterestDay: '2025-06-28', lastInterestDay: '2025-07-03' } as const
    // 0.0916 (11.15%) + 0.0834 (10.15%) = 0.1751
    expect(interest(base).interestCents).toBe(18)
    expect(interest({ ...base, rounding: 'per-period' }).interestCents).toBe(17)
  })

  it('uses an agreed rate only where it is higher than the statutory one', () => {
    const lower = interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2024-12-01', lastInterestDay: '2024-12-31', agreedPercent: '5' })
    expect(lower.periods[0]?.rateSource).toBe('table')
    const higher = interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2024-12-01', lastInterestDay: '2024-12-31', agreedPercent: '10' })
    expect(higher.periods[0]?.rateSource).toBe('agreed')
    // 1000 × 10% × 31 / 365 = 8.4932
    expect(higher.interestCents).toBe(849)
  })

  it('treats 6:119b (public debtor) with the commercial table', () => {
    const a = interest({ regime: '6:119a', principalCents: 100_000, firstInterestDay: '2025-06-16', lastInterestDay: '2025-07-15' })
    const b = interest({ regime: '6:119b', principalCents: 100_000, firstInterestDay: '2025-06-16', lastInterestDay: '2025-07-15' })
    expect(b.interestCents).toBe(a.interestCents)
    expect(b.interestCents).toBe(875)
  })

  it('flags rows that rest on the formula only', () => {
    const r = interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2025-12-01', lastInterestDay: '2026-01-31' })
    expect(r.periods.map((p) => p.confidence)).toEqual(['conflict', 'computed'])
  })

  it('gives zero interest for an empty period and refuses a reversed one or a date before the table', () => {
    expect(interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2025-03-02', lastInterestDay: '2025-03-01' }).interestCents).toBe(0)
    expect(() => interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2025-03-05', lastInterestDay: '2025-03-01' })).toThrow(/before the first/)
    const early = () => interest({ regime: '6:119', principalCents: 100_000, firstInterestDay: '2000-01-01', lastInterestDay: '2000-12-31' })
    expect(early).toThrow(/no nl-6:119 rate/)
    expect(early).toThrow(expect.objectContaining({ kind: 'validation', field: 'firstInterestDay' }))
  })

  it('accepts a user-supplied rate table', () => {
    const table = { id: 'nl-6:119' as const, version: 'test', rows: [{ from: '2020-01-01', percent: '10', confidence: 'confirmed' as const }] }
    const r = interest({ regime: '6:119', principalCents: 36_500, firstInterestDay: '2024-01-01', lastInterestDay: '2024-01-10', table })
    // 365 × 10% × 10 / 365 = 1.00
    expect(r.interestCents).toBe(100)
  })

  it('names the table and edition it used', () => {
    const r = interest({ regime: '6:119a', principalCents: 100_000, firstInterestDay: '2025-01-01', lastInterestDay: '2025-01-31' })
    expect([r.tableId, r.tableVersion]).toEqual(['nl-6:119a', SHIPPED_RATES_VERSION])
  })
})

describe('rate tables', () => {
  it('ship valid tables', () => {
    for (const table of [NL_STATUTORY_RATES, NL_COMMERCIAL_RATES, BE_COMMERCIAL_RATES, BE_COMMERCIAL_RATES_PRE_2013, BE_LEGAL_RATES]) {
      expect(checkRateTable(table)).toBe(table)
    }
    expect(rateRowOn(NL_STATUTORY_RATES, '2024-06-30')?.percent).toBe('7')
    expect(rateRowOn(NL_STATUTORY_RATES, '2000-12-31')).toBeUndefined()
  })

  it('reject user tables with unordered dates, bad percents, no rows or no version', () => {
    const row = (from: string, percent: string) => ({ from, percent, confidence: 'confirmed' as const })
    const table = (rows: ReturnType<typeof row>[], version = 'v1') => ({ id: 'nl-6:119' as const, version, rows })
    expect(() => checkRateTable(table([row('2025-01-01', '6'), row('2024-01-01', '7')]))).toThrow(/ascend/)
    expect(() => checkRateTable(table([row('2025-01-01', '6%')]))).toThrow(expect.objectContaining({ field: 'percent' }))
    expect(() => checkRateTable(table([row('2025-02-30', '6')]))).toThrow(expect.objectContaining({ field: 'from' }))
    expect(() => checkRateTable(table([]))).toThrow(/empty/)
    expect(() => checkRateTable(table([row('2025-01-01', '6')], ' '))).toThrow(expect.objectContaining({ field: 'version' }))
  })
})

describe('NL commercial default term (6:119a lid 2)', () => {
  it('starts interest 30 days after the start of the day after receipt', () => {
    expect(nlCommercialInterestStart({ invoiceReceived: '2025-03-03' })).toEqual({
      lastPaymentDay: '2025-04-02',
      firstInterestDay: '2025-04-03',
      basis: 'statutory-default'
    })
  })

  it('starts the day after an agreed last payment day, across a leap day', () => {
    expect(nlCommercialInterestStart({ invoiceReceived: '2024-01-15', agreedLastPaymentDay: '2024-02-29' }).firstInterestDay).toBe('2024-03-01')
    expect(nlCommercialInterestStart({ invoiceReceived: '2024-01-30' }).firstInterestDay).toBe('2024-03-01')
  })
})
