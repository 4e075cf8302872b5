import { describe, expect, it } from 'vitest'
import { wikClaimableCents, wikCosts, wikCostsPerClaim } from '../../../src/shared/domains/legal'

const noVat = (principalsCents: number[], extra: Partial<Parameters<typeof wikCosts>[0]> = {}) =>
  wikCosts({ principalsCents, creditorCanDeductVat: true, vatPercent: '21', ...extra })

describe('WIK collection costs (Besluit BIK art. 2)', () => {
  it('applies the EUR 40 minimum up to EUR 266.66 and the staffel from EUR 266.67', () => {
    const below = noVat([26_666])
    expect(below.rawFee).toBe('39.999')
    expect(below.feeExVatCents).toBe(4000)
    expect(below.clampedTo).toBe('minimum')
    expect(noVat([26_700]).feeExVatCents).toBe(4005)
    expect(noVat([26_700]).clampedTo).toBeNull()
  })

  it('hits the cumulative checkpoints at each tier boundary', () => {
    expect(noVat([250_000]).feeExVatCents).toBe(37_500)
    expect(noVat([250_001]).feeExVatCents).toBe(37_500)
    expect(noVat([500_000]).feeExVatCents).toBe(62_500)
    expect(noVat([1_000_000]).feeExVatCents).toBe(87_500)
    expect(noVat([20_000_000]).feeExVatCents).toBe(277_500)
    expect(noVat([100_000_000]).feeExVatCents).toBe(677_500)
    expect(noVat([100_000_000]).clampedTo).toBeNull()
  })

  it('lists the slices that make up the fee', () => {
    expect(noVat([375_000]).slices.map((s) => [s.fromCents, s.toCents, s.percent, s.fee])).toEqual([
      [0, 250_000, '15', '375'],
      [250_000, 375_000, '10', '125']
    ])
  })

  it('caps the fee at EUR 6,775 above EUR 1,000,000', () => {
    const r = noVat([200_000_000])
    expect(r.rawFee).toBe('11775')
    expect(r.feeExVatCents).toBe(677_500)
    expect(r.clampedTo).toBe('maximum')
  })

  it('adds the principals of one aanmaning before applying the staffel', () => {
    const combined = noVat([15_000, 20_000, 30_000])
    expect(combined.basisCents).toBe(65_000)
    expect(combined.feeExVatCents).toBe(9750)
    expect(combined.claimCount).toBe(3)
  })

  it('adds VAT only when the creditor cannot deduct it', () => {
    expect(wikCosts({ principalsCents: [10_000], creditorCanDeductVat: false, vatPercent: '21' }).amountClaimableCents).toBe(4840)
    expect(wikCosts({ principalsCents: [10_000], creditorCanDeductVat: true, vatPercent: '21' }).amountClaimableCents).toBe(4000)
    // 185.18 × 21% = 38.8878 → 38.89
    expect(wikCosts({ principalsCents: [123_456], creditorCanDeductVat: false, vatPercent: '21' }).vatCents).toBe(3889)
  })

  it('keeps fee plus VAT within the maximum', () => {
    // 90,000: fee 6,275 + 21% = 7,592.75, cut back to 6,775
    const r = wikCosts({ principalsCents: [90_000_000], creditorCanDeductVat: false, vatPercent: '21' })
    expect(r.feeExVatCents).toBe(627_500)
    expect(r.vatCents).toBe(50_000)
    expect(r.vatCappedAtMaximum).toBe(true)
    expect(r.amountClaimableCents).toBe(677_500)
    const under = wikCosts({ principalsCents: [50_000_000], creditorCanDeductVat: false, vatPercent: '21' })
    expect(under.vatCappedAtMaximum).toBe(false)
    // 500,000: fee 4,275 + 21% = 5,172.75
    expect(under.amountClaimableCents).toBe(517_275)
  })

  it('computes the fee on the unpaid rest after a partial payment within the 14 days', () => {
    const r = noVat([300_000], { paidWithinPeriodCents: 100_000 })
    expect(r.basisCents).toBe(200_000)
    expect(r.feeExVatCents).toBe(30_000)
  })

  it('charges nothing when everything was paid within the period', () => {
    const r = noVat([50_000], { paidWithinPeriodCents: 50_000 })
    expect(r.basisCents).toBe(0)
    expect(r.amountClaimableCents).toBe(0)
  })

  it('raises the basis by interest capitalised after a full year', () => {
    expect(noVat([250_000], { capitalisedInterestCents: 10_000 }).feeExVatCents).toBe(38_500)
  })

  it('rejects an empty demand, negative amounts and a malformed VAT rate', () => {
    expect(() => noVat([])).toThrow(expect.objectContaining({ kind: 'validation', field: 'principals' }))
    expect(() => noVat([-1])).toThrow(expect.objectContaining({ field: 'principals' }))
    expect(() => wikCosts({ principalsCents: [100], creditorCanDeductVat: false, vatPercent: '21%' })).toThrow(expect.objectContaining({ field: 'vatPercent' }))
  })
})

describe('WIK collection costs for business debtors', () => {
  it('computes each invoice as its own claim, each with the EUR 40 minimum', () => {
    const r = wikCostsPerClaim({ principalsCents: [15_000, 20_000, 30_000], creditorCanDeductVat: true, vatPercent: '0' })
    expect(r.claims.map((c) => c.amountClaimableCents)).toEqual([4000, 4000, 4500])
    expect(r.amountClaimableCents).toBe(12_500)
    expect(() => wikCostsPerClaim({ principalsCents: [], creditorCanDeductVat: true, vatPercent: '0' })).toThrow(expect.objectContaining({ field: 'principals' }))
  })
})

describe('wikClaimableCents (the per-invoice figure of a dunning proposal) equals wikCosts', () => {
  it('over amounts across every slice and both clamps, partial payments, capitalised interest and VAT', () => {
    const amounts = [0, 1, 2_666, 26_666, 26_667, 26_700, 33_333, 249_999, 250_000, 250_001, 374_999, 500_000, 777_777, 1_000_000, 1_000_003, 19_999_999, 20_000_000, 20_000_001, 123_456_789, 200_000_000]
    for (const a of amounts) {
      for (const b of [0, 1, 4_999, 250_005]) {
        for (const vat of [
          { creditorCanDeductVat: true, vatPercent: '21' },
          { creditorCanDeductVat: false, vatPercent: '21' },
          { creditorCanDeductVat: false, vatPercent: '9' },
          { creditorCanDeductVat: false, vatPercent: '0' }
        ]) {
          for (const extra of [{}, { paidWithinPeriodCents: 3_333 }, { capitalisedInterestCents: 12_345 }]) {
            const input = { principalsCents: b === 0 ? [a] : [a, b], ...vat, ...extra }
            expect(wikClaimableCents(input), JSON.stringify(input)).toBe(wikCosts(input).amountClaimableCents)
          }
        }
      }
    }
  })

  it('takes wikCosts itself for a basis too large for integer thousandths of a cent, and refuses what it refuses', () => {
    const huge = { principalsCents: [Number.MAX_SAFE_INTEGER - 1], creditorCanDeductVat: false, vatPercent: '21' }
    expect(wikClaimableCents(huge)).toBe(wikCosts(huge).amountClaimableCents)
    expect(() => wikClaimableCents({ principalsCents: [], creditorCanDeductVat: true, vatPercent: '21' })).toThrow(expect.objectContaining({ field: 'principals' }))
    expect(() => wikClaimableCents({ principalsCents: [100], creditorCanDeductVat: true, vatPercent: '21%' })).toThrow(expect.objectContaining({ field: 'vatPercent' }))
  })
})
