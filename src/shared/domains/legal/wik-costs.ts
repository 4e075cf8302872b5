// Dutch extrajudicial collection costs (art. 6:96 BW, Besluit vergoeding voor buitengerechtelijke incassokosten art. 2).
import { AppError } from '../../errors'
import { type Cents } from '../../money'
import { Big, bigToCents, centsToBig, parseDecimal } from './decimal'

export const WIK_MINIMUM_CENTS: Cents = 4000
export const WIK_MAXIMUM_CENTS: Cents = 677_500

/** Staffel slices of the principal: width in cents (null = the rest) and rate in tenths of a percent. */
const STAFFEL: readonly { widthCents: Cents | null; tenths: number }[] = [
  { widthCents: 250_000, tenths: 150 },
  { widthCents: 250_000, tenths: 100 },
  { widthCents: 500_000, tenths: 50 },
  { widthCents: 19_000_000, tenths: 10 },
  { widthCents: null, tenths: 5 }
]

/** Below this basis every slice's width × tenths is a safe integer, so the staffel can be summed in thousandths of a cent. */
const INTEGER_STAFFEL_LIMIT_CENTS = Math.floor(Number.MAX_SAFE_INTEGER / 150)

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

type Slice = { fromCents: Cents; toCents: Cents; tenths: number }

function staffelSlices(basisCents: Cents): Slice[] {
  const out: Slice[] = []
  let from = 0
  for (const s of STAFFEL) {
    if (from >= basisCents) break
    const to = s.widthCents === null ? basisCents : Math.min(basisCents, from + s.widthCents)
    out.push({ fromCents: from, toCents: to, tenths: s.tenths })
    from = to
  }
  return out
}

function slicesFor(basisCents: Cents): WikSlice[] {
  return staffelSlices(basisCents).map(({ fromCents, toCents, tenths }) => {
    const percent = String(tenths / 10)
    return { fromCents, toCents, percent, fee: centsToBig(toCents - fromCents).times(percent).div(100).toFixed() }
  })
}

function checkCents(value: Cents, field: string): Cents {
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('validation', `${field} must be a non-negative amount`, field)
  return value
}

function basisOf(input: WikInput): { principal: Cents; paid: Cents; capitalised: Cents; basisCents: Cents } {
  if (input.principalsCents.length === 0) throw new AppError('validation', 'at least one principal is needed', 'principals')
  const principal = input.principalsCents.reduce((sum, p) => sum + checkCents(p, 'principals'), 0)
  const paid = checkCents(input.paidWithinPeriodCents ?? 0, 'paidWithinPeriod')
  const capitalised = checkCents(input.capitalisedInterestCents ?? 0, 'capitalisedInterest')
  return { principal, paid, capitalised, basisCents: Math.max(0, principal + capitalised - paid) }
}

/** The fee within the minimum and maximum, and the VAT on it, from the staffel sum rounded half-up to cents. */
function feeAndVat(basisCents: Cents, roundedCents: Cents, input: WikInput, vatPercent: Big): { feeExVatCents: Cents; fullVat: Cents; vatCents: Cents } {
  // nothing left unpaid means nothing to collect: the minimum only applies to an open claim
  const feeExVatCents = basisCents === 0 ? 0 : Math.min(WIK_MAXIMUM_CENTS, Math.max(WIK_MINIMUM_CENTS, roundedCents))
  const fullVat = input.creditorCanDeductVat ? 0 : bigToCents(centsToBig(feeExVatCents).times(vatPercent).div(100))
  // the total including VAT may not exceed the maximum (betalis.nl; legal-reference.md §6 item 11): claim the lower amount
  return { feeExVatCents, fullVat, vatCents: Math.min(fullVat, Math.max(0, WIK_MAXIMUM_CENTS - feeExVatCents)) }
}

export function wikCosts(input: WikInput): WikResult {
  const { principal, paid, capitalised, basisCents } = basisOf(input)
  const vatPercent = parseDecimal(input.vatPercent, 'vatPercent')
  const slices = slicesFor(basisCents)
  const raw = slices.reduce((sum, s) => sum.plus(s.fee), new Big(0))
  const { feeExVatCents, fullVat, vatCents } = feeAndVat(basisCents, bigToCents(raw), input, vatPercent)
  const clampedTo = basisCents === 0 ? null : raw.lt(centsToBig(WIK_MINIMUM_CENTS)) ? 'minimum' : raw.gt(centsToBig(WIK_MAXIMUM_CENTS)) ? 'maximum' : null
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
 * `wikCosts(input).amountClaimableCents` without the breakdown, for engines that need it per invoice over many
 * invoices: the staffel summed in integer thousandths of a cent (exact: each slice is width × tenths of a percent),
 * rounded half-up to cents like the decimal sum. A basis too large for that falls back to wikCosts.
 */
export function wikClaimableCents(input: WikInput): Cents {
  const { basisCents } = basisOf(input)
  if (basisCents > INTEGER_STAFFEL_LIMIT_CENTS) return wikCosts(input).amountClaimableCents
  const millicents = staffelSlices(basisCents).reduce((sum, s) => sum + (s.toCents - s.fromCents) * s.tenths, 0)
  const { feeExVatCents, vatCents } = feeAndVat(basisCents, Math.floor((millicents + 500) / 1000), input, parseDecimal(input.vatPercent, 'vatPercent'))
  return feeExVatCents + vatCents
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
