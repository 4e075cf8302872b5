import { describe, expect, it } from 'vitest'
import { allocatePaymentNl } from '../../../src/shared/domains/legal'

const open = { costsCents: 4000, interestCents: 1250, principalCents: 100_000 }

describe('payment allocation (art. 6:44 BW)', () => {
  it('pays costs first, then interest, then principal', () => {
    expect(allocatePaymentNl(3000, open)).toEqual({ toCostsCents: 3000, toInterestCents: 0, toPrincipalCents: 0, unallocatedCents: 0 })
    expect(allocatePaymentNl(5000, open)).toEqual({ toCostsCents: 4000, toInterestCents: 1000, toPrincipalCents: 0, unallocatedCents: 0 })
    expect(allocatePaymentNl(10_000, open)).toEqual({ toCostsCents: 4000, toInterestCents: 1250, toPrincipalCents: 4750, unallocatedCents: 0 })
  })

  it('leaves an overpayment unallocated', () => {
    expect(allocatePaymentNl(110_000, open)).toEqual({ toCostsCents: 4000, toInterestCents: 1250, toPrincipalCents: 100_000, unallocatedCents: 4750 })
  })

  it('rejects negative or fractional amounts', () => {
    expect(() => allocatePaymentNl(-1, open)).toThrow(expect.objectContaining({ field: 'paymentCents' }))
    expect(() => allocatePaymentNl(100, { ...open, interestCents: 1.5 })).toThrow(expect.objectContaining({ field: 'interestCents' }))
  })
})
