// Art. 6:44 BW: a payment settles costs first (including extrajudicial collection costs, HR 10-7-2015), then interest,
// then the principal.
import { AppError } from '../../errors'
import { type Cents } from '../../money'

export type OpenParts = { costsCents: Cents; interestCents: Cents; principalCents: Cents }
export type Allocation = { toCostsCents: Cents; toInterestCents: Cents; toPrincipalCents: Cents; unallocatedCents: Cents }

export function allocatePaymentNl(paymentCents: Cents, open: OpenParts): Allocation {
  for (const [field, value] of Object.entries({ paymentCents, ...open })) {
    if (!Number.isSafeInteger(value) || value < 0) throw new AppError('validation', `${field} must be a non-negative amount`, field)
  }
  let rest = paymentCents
  const take = (due: Cents): Cents => {
    const part = Math.min(rest, due)
    rest -= part
    return part
  }
  const toCostsCents = take(open.costsCents)
  const toInterestCents = take(open.interestCents)
  const toPrincipalCents = take(open.principalCents)
  return { toCostsCents, toInterestCents, toPrincipalCents, unallocatedCents: rest }
}
