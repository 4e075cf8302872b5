// The dunning engine takes its interest from interestTotals (integers on a cached rate schedule); letters and
// screens list accrueInterest's periods (big.js). These tables hold the two side by side, so neither can drift:
// the same cents, the same 20 decimals, the same last rate, the same errors.
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/dates'
import {
  BE_COMMERCIAL_RATES,
  BE_COMMERCIAL_RATES_PRE_2013,
  BE_LEGAL_RATES,
  type InterestInput,
  NL_COMMERCIAL_RATES,
  NL_STATUTORY_RATES,
  type RateTable,
  accrueInterest,
  interestTotals
} from '../../../src/shared/domains/legal'

const TABLES: readonly RateTable[] = [NL_STATUTORY_RATES, NL_COMMERCIAL_RATES, BE_COMMERCIAL_RATES, BE_COMMERCIAL_RATES_PRE_2013, BE_LEGAL_RATES]

/** What accrueInterest says, in the shape interestTotals answers. */
function reference(input: InterestInput) {
  const r = accrueInterest(input)
  return { firstInterestDay: r.firstInterestDay, lastInterestDay: r.lastInterestDay, exactInterest: r.exactInterest, interestCents: r.interestCents, lastRatePercent: r.periods.at(-1)?.ratePercent ?? null }
}

/** A fixed pseudo-random sequence (LCG), so a failure names a case that can be replayed. */
function sequence(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state % n
  }
}

const PRINCIPALS = [0, 1, 5, 99, 2_500, 12_345, 41_267, 400_000, 1_234_567, 98_765_432, 5_000_000_000_000]
const SPANS = [0, 1, 13, 30, 59, 150, 364, 365, 366, 731, 1_200, 4_000]
const AGREED = [undefined, undefined, undefined, '4', '9.5', '12.25', '11.125']

describe('interestTotals equals accrueInterest', () => {
  it('over tables, first days from 2003 to 2027, spans up to 11 years, amounts, compounding, day counts and agreed rates', () => {
    const pick = sequence(20_261_130)
    const cases: InterestInput[] = []
    for (let n = 0; n < 2_000; n++) {
      const table = TABLES[pick(TABLES.length)] as RateTable
      const first = addDays('2003-01-01', pick(9_000))
      const input: InterestInput = {
        principalCents: PRINCIPALS[pick(PRINCIPALS.length)] as number,
        firstInterestDay: first,
        lastInterestDay: addDays(first, (SPANS[pick(SPANS.length)] as number) - 1),
        table,
        compounding: pick(2) === 0,
        dayCount: pick(3) === 0 ? 'act/act' : 'act/365',
        rounding: pick(4) === 0 ? 'per-period' : 'end'
      }
      const agreed = AGREED[pick(AGREED.length)]
      cases.push(agreed === undefined ? input : { ...input, agreedPercent: agreed })
    }
    let compared = 0
    for (const input of cases) {
      let expected: ReturnType<typeof reference> | Error
      try {
        expected = reference(input)
      } catch (err) {
        expected = err as Error
      }
      if (expected instanceof Error) {
        expect(() => interestTotals(input), JSON.stringify(input)).toThrow(expected.message)
      } else {
        expect(interestTotals(input), JSON.stringify(input)).toEqual(expected)
        compared++
      }
    }
    // most cases accrue (the tables start in 1996-2002; NL 6:119a only in December 2002)
    expect(compared).toBeGreaterThan(1_600)
  })

  it('day by day over the rate changes of 2022-2026 for the dunning regimes, on every amount', () => {
    for (const table of TABLES) {
      for (const compounding of [true, false]) {
        for (let d = 0; d < 1_600; d += 29) {
          const first = addDays('2022-06-01', d)
          for (const principalCents of PRINCIPALS) {
            const input = { principalCents, firstInterestDay: first, lastInterestDay: '2026-06-15', table, compounding }
            if (first > '2026-06-15') continue
            expect(interestTotals(input), JSON.stringify(input)).toEqual(reference(input))
          }
        }
      }
    }
  })

  it('rounds an exact half cent up, like big.js', () => {
    const flat: RateTable = { id: 'nl-6:119', version: 'test', rows: [{ from: '2020-01-01', percent: '10', confidence: 'confirmed' }] }
    // 5 cents at 10% for 365 days: exactly 0.005 euro
    const input = { principalCents: 5, firstInterestDay: '2021-01-01', lastInterestDay: '2021-12-31', table: flat, compounding: false }
    expect(interestTotals(input)).toEqual({ ...reference(input), exactInterest: '0.005', interestCents: 1 })
  })

  it('starts its interest years on 1 March after a 29 February start, and capitalises on them', () => {
    for (const last of ['2025-02-28', '2025-03-01', '2026-03-01', '2028-02-29', '2028-03-01']) {
      const input = { principalCents: 1_000_000, firstInterestDay: '2024-02-29', lastInterestDay: last, table: NL_COMMERCIAL_RATES, compounding: true }
      expect(interestTotals(input)).toEqual(reference(input))
    }
  })

  it('answers with no interest and no rate for an empty span', () => {
    const input = { principalCents: 100_000, firstInterestDay: '2025-03-01', lastInterestDay: '2025-02-28', table: NL_STATUTORY_RATES, compounding: true }
    expect(interestTotals(input)).toEqual({ ...reference(input), interestCents: 0, exactInterest: '0', lastRatePercent: null })
  })

  it('takes the reference path for what it does not model, with the same answer or the same error', () => {
    const unsorted: RateTable = { id: 'be-legal', version: 'test', rows: [BE_LEGAL_RATES.rows[3], BE_LEGAL_RATES.rows[1]] as RateTable['rows'] }
    const spaced: RateTable = { id: 'be-legal', version: 'test', rows: [{ from: '2020-01-01', percent: ' 5', confidence: 'confirmed' }] }
    const span = { principalCents: 123_456, firstInterestDay: '2010-05-05', lastInterestDay: '2012-05-05', compounding: false }
    expect(interestTotals({ ...span, table: unsorted })).toEqual(reference({ ...span, table: unsorted }))
    expect(() => interestTotals({ ...span, table: spaced, firstInterestDay: '2021-01-01' })).toThrow()
    for (const bad of [
      { ...span, table: NL_STATUTORY_RATES, firstInterestDay: '1999-01-01' },
      { ...span, table: NL_STATUTORY_RATES, lastInterestDay: '2010-02-30' },
      { ...span, table: NL_STATUTORY_RATES, principalCents: -1 },
      { ...span, table: NL_STATUTORY_RATES, lastInterestDay: '2010-05-01' },
      { ...span, table: NL_STATUTORY_RATES, agreedPercent: '5%' }
    ]) {
      expect(() => accrueInterest(bad)).toThrow()
      expect(() => interestTotals(bad)).toThrow(((): string => {
        try {
          accrueInterest(bad)
        } catch (err) {
          return (err as Error).message
        }
        return 'no error'
      })())
    }
  })
})
