import Big from 'big.js'
import { describe, expect, it } from 'vitest'
import {
  BE_COMMERCIAL_RATES,
  NL_COMMERCIAL_RATES,
  beCommercialInterest,
  beCommercialInterestStart,
  beCommercialRateFromEcb,
  beLegalInterest,
  rateRowOn,
  semesterOf,
  semesterStart
} from '../../../src/shared/domains/legal'
import { addMonths } from '../../../src/shared/dates'

describe('BE commercial rate (art. 5 Wet 2-8-2002)', () => {
  it('adds 8 points and rounds up to the next half point', () => {
    expect(beCommercialRateFromEcb('4.25', '2024-H2')).toBe('12.5')
    expect(beCommercialRateFromEcb('2.15', '2025-H2')).toBe('10.5')
    expect(beCommercialRateFromEcb('3.15', '2025-H1')).toBe('11.5')
    expect(beCommercialRateFromEcb('4.51', '2024-H1')).toBe('13')
  })

  it('leaves a rate that is already on a half point alone', () => {
    expect(beCommercialRateFromEcb('2.5', '2023-H1')).toBe('10.5')
    expect(beCommercialRateFromEcb('4', '2023-H2')).toBe('12')
    expect(beCommercialRateFromEcb('0', '2016-H2')).toBe('8')
  })

  it('uses 7 points before 2013, and until 2015-H1 for contracts from before 16-3-2013', () => {
    expect(beCommercialRateFromEcb('1.00', '2012-H1')).toBe('8')
    expect(beCommercialRateFromEcb('0.75', '2013-H1')).toBe('9')
    expect(beCommercialRateFromEcb('0.75', '2013-H1', { contractBefore2013: true })).toBe('8')
    expect(beCommercialRateFromEcb('0.05', '2015-H1', { contractBefore2013: true })).toBe('7.5')
    expect(beCommercialRateFromEcb('0.05', '2015-H2', { contractBefore2013: true })).toBe('8.5')
  })

  it('matches the shipped table for every semester from 2013-H2, using the ECB rate behind the unrounded NL rate', () => {
    for (let start = '2013-07-01'; start <= '2026-01-01'; start = addMonths(start, 6)) {
      const ecb = new Big(rateRowOn(NL_COMMERCIAL_RATES, start)?.percent ?? 'NaN').minus(8).toFixed()
      expect(beCommercialRateFromEcb(ecb, semesterOf(start)), start).toBe(rateRowOn(BE_COMMERCIAL_RATES, start)?.percent)
    }
  })

  it('reads and writes semesters', () => {
    expect(semesterStart('2024-H2')).toBe('2024-07-01')
    expect(semesterOf('2024-06-30')).toBe('2024-H1')
    expect(semesterOf('2024-07-01')).toBe('2024-H2')
    expect(() => semesterStart('2024-H3')).toThrow(expect.objectContaining({ kind: 'validation' }))
  })
})

describe('BE commercial interest', () => {
  it('splits at the semester change and adds the EUR 40 compensation', () => {
    const r = beCommercialInterest({ principalCents: 1_000_000, firstInterestDay: '2024-12-16', lastInterestDay: '2025-02-13' })
    expect(r.periods.map((p) => [p.days, p.ratePercent])).toEqual([
      [16, '12.5'],
      [44, '11.5']
    ])
    expect(r.interestCents).toBe(19_342)
    expect(r.fixedCompensationCents).toBe(4000)
  })

  it('never capitalises, even over more than a year', () => {
    const r = beCommercialInterest({ principalCents: 100_000, firstInterestDay: '2023-01-01', lastInterestDay: '2024-01-31' })
    expect(r.compounding).toBe(false)
    expect(r.capitalisations).toEqual([])
    expect(r.periods.every((p) => p.basis === '1000')).toBe(true)
    // 1000 × (181 × 10.5% + 184 × 12% + 31 × 12.5%) / 365 = 123.1781
    expect(r.interestCents).toBe(12_318)
  })

  it('applies the transitional 7-point rate to contracts from before 16-3-2013 until 16-3-2015', () => {
    const base = { principalCents: 100_000, firstInterestDay: '2014-01-01', lastInterestDay: '2014-01-31' }
    // 31 days at 7.5% = 6.37, at 8.5% = 7.22
    expect(beCommercialInterest({ ...base, contractConcluded: '2012-05-01' }).interestCents).toBe(637)
    expect(beCommercialInterest({ ...base, contractConcluded: '2013-03-16' }).interestCents).toBe(722)
    const switchDay = beCommercialInterest({ principalCents: 100_000, firstInterestDay: '2015-03-10', lastInterestDay: '2015-03-20', contractConcluded: '2012-05-01' })
    expect(switchDay.periods.map((p) => [p.from, p.ratePercent])).toEqual([
      ['2015-03-10', '7.5'],
      ['2015-03-16', '8.5']
    ])
    expect(switchDay.interestCents).toBe(240)
  })
})

describe('BE legal (civil) interest', () => {
  it('uses the yearly legal rate as simple interest', () => {
    const r = beLegalInterest({ principalCents: 100_000, firstInterestDay: '2024-12-01', lastInterestDay: '2025-01-31' })
    expect(r.periods.map((p) => [p.days, p.ratePercent])).toEqual([
      [31, '5.75'],
      [31, '4.5']
    ])
    // 1000 × (31 × 5.75% + 31 × 4.5%) / 365 = 8.7055
    expect(r.interestCents).toBe(871)
    expect(r.tableId).toBe('be-legal')
  })
})

describe('BE commercial payment term', () => {
  it('defaults to 30 calendar days after receipt of the invoice', () => {
    expect(beCommercialInterestStart({ invoiceReceived: '2025-03-03' })).toEqual({ lastPaymentDay: '2025-04-02', firstInterestDay: '2025-04-03', basis: 'statutory-default' })
  })

  it('keeps an agreed term of up to 60 days and disregards a longer one', () => {
    expect(beCommercialInterestStart({ invoiceReceived: '2025-03-03', agreedLastPaymentDay: '2025-05-02' })).toMatchObject({ firstInterestDay: '2025-05-03', basis: 'agreed' })
    expect(beCommercialInterestStart({ invoiceReceived: '2025-03-03', agreedLastPaymentDay: '2025-05-03' })).toMatchObject({ firstInterestDay: '2025-04-03', basis: 'agreed-term-too-long' })
  })

  it('does not cap terms of contracts concluded before 1-2-2022', () => {
    expect(beCommercialInterestStart({ invoiceReceived: '2025-03-03', agreedLastPaymentDay: '2025-06-01', contractConcluded: '2021-06-01' }).basis).toBe('agreed')
    expect(() => beCommercialInterestStart({ invoiceReceived: '2025-02-30' })).toThrow(expect.objectContaining({ field: 'invoiceReceived' }))
  })
})
