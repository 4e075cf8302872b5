// Dutch extrajudicial collection costs (art. 6:96 BW, Besluit vergoeding voor buitengerechtelijke incassokosten art. 2).
import { AppError } from '../../errors'
import { type Cents } from '../../money'
import { Big, bigToCents, centsToBig, parseDecimal } from './decimal'

export const WIK_MINIMUM_CENTS: Cents = 4000
export const WIK_MAXIMUM_CENTS: Cents = 677_500

/** Staffel slices of the principal: width in cents (null = the rest) and percentage. */
const STAFFEL: readonly { widthCents: Cents | null; percent: string }[] = [
  { widthCents: 250_000, percent: '15' },
  { widthCents: 250_000, percent: '10' },
  { widthCents: 500_000, percent: '5' },
  { widthCents: 19_000_000, percent: '1' },
  { widthCents: null, percent: '0.5' }
]

export type WikSlice = { fromCents: Cents; toCents: Cents; percent: string; fee: string }

export type WikInput = {
  /** Principals demanded in one aanmaning; art. 6:96 lid 7 requires them to be added up. */
  principalsCents: readonly Cents[]
  /** Paid within the 14-day period: the fee is computed on the unpaid rest (HR 25-11-2016). */
  paidWithinPeriodCents?: Cents
  /** Interest capitalised after a full year raises the principal the fee is computed on. */
  capitalisedInterestCents?: Cents
  creditorCanDeductVat: boolean
  vatPercent: string
}

export type WikResult = {
  /** Sum of the principals and how many claims it covers. */
  principalCents: Cents
  claimCount: number
  paidWithinPeriodCents: Cents
  capitalisedInterestCents: Cents
  basisCents: Cents
  slices: WikSlice[]
  /** Staffel sum before the minimum and maximum, in euros at full precision. */
  rawFee: string
  clampedTo: 'minimum' | 'maximum' | null
  feeExVatCents: Cents
  vatPercent: string
  vatCents: Cents
  /** True when the VAT surcharge had to be cut back to keep the total within the maximum. */
  vatCappedAtMaximum: boolean
  amountClaimableCents: Cents
}

function slicesFor(basisCents: Cents): WikSlice[] {
  const out: WikSlice[] = []
  let from = 0
  for (const s of STAFFEL) {
    if (from >= basisCents) break
    const to = s.widthCents === null ? basisCents : Math.min(basisCents, from + s.widthCents)
    out.push({ fromCents: from, toCents: to, percent: s.percent, fee: centsToBig(to - from).times(s.percent).div(100).toFixed() })
    from = to
  }
  return out
}

function checkCents(value: Cents, field: string): Cents {
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('validation', `${field} must be a non-negative amount`, field)
  return value
}

export function wikCosts(input: WikInput): WikResult {
  if (input.principalsCents.length === 0) throw new AppError('validation', 'at least one principal is needed', 'principals')
  const principal = input.principalsCents.reduce((sum, p) => sum + checkCents(p, 'principals'), 0)
  const paid = checkCents(input.paidWithinPeriodCents ?? 0, 'paidWithinPeriod')
  const capitalised = checkCents(input.capitalisedInterestCents ?? 0, 'capitalisedInterest')
  const basisCents = Math.max(0, principal + capitalised - paid)
  const vatPercent = parseDecimal(input.vatPercent, 'vatPercent')
  const slices = slicesFor(basisCents)
  const raw = slices.reduce((sum, s) => sum.plus(s.fee), new Big(0))
  const rounded = bigToCents(raw)
  // nothing left unpaid means nothing to collect: the minimum only applies to an open claim
  const feeExVatCents = basisCents === 0 ? 0 : Math.min(WIK_MAXIMUM_CENTS, Math.max(WIK_MINIMUM_CENTS, rounded))
  const clampedTo = basisCents === 0 ? null : raw.lt(centsToBig(WIK_MINIMUM_CENTS)) ? 'minimum' : raw.gt(centsToBig(WIK_MAXIMUM_CENTS)) ? 'maximum' : null
  const fullVat = input.creditorCanDeductVat ? 0 : bigToCents(centsToBig(feeExVatCents).times(vatPercent).div(100))
  // the total including VAT may not exceed the maximum (betalis.nl; legal-reference.md §6 item 11): claim the lower amount
  const vatCents = Math.min(fullVat, Math.max(0, WIK_MAXIMUM_CENTS - feeExVatCents))
  return {
    principalCents: principal,
    claimCount: input.principalsCents.length,
    paidWithinPeriodCents: paid,
    capitalisedInterestCents: capitalised,
    basisCents,
    slices,
    rawFee: raw.toFixed(),
    clampedTo,
    feeExVatCents,
    vatPercent: vatPercent.toFixed(),
    vatCents,
    vatCappedAtMaximum: vatCents < fullVat,
    amountClaimableCents: feeExVatCents + vatCents
  }
}

/**
 * Business debtors: adding the principals up (art. 6:96 lid 7) protects consumers only, so each late invoice is its
 * own claim with its own staffel and EUR 40 minimum, which also covers the 6:96 lid 4 compensation per late payment.
 * An amount agreed in the contract takes precedence; the caller applies it instead.
 */
export function wikCostsPerClaim(input: Omit<WikInput, 'paidWithinPeriodCents' | 'capitalisedInterestCents'>): { claims: WikResult[]; amountClaimableCents: Cents } {
  if (input.principalsCents.length === 0) throw new AppError('validation', 'at least one principal is needed', 'principals')
  const claims = input.principalsCents.map((p) => wikCosts({ ...input, principalsCents: [p] }))
  return { claims, amountClaimableCents: claims.reduce((sum, c) => sum + c.amountClaimableCents, 0) }
}
