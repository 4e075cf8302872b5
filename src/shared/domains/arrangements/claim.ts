// The claim specification handed to a collection agency: per invoice the principal, the statutory
// interest up to a date and the extrajudicial costs, computed by the legal engine for the debtor's
// country and type. Consumer costs (and Belgian consumer interest) only count once the legal notice
// (14-dagenbrief, first free reminder) was sent; agreed contractual rates are not known here.
import { addDays, type IsoDate } from '../../dates'
import { allocateCents, type Cents } from '../../money'
import { beCommercialInterest, beLegalInterest, BE_FIXED_COMPENSATION_CENTS } from '../legal/be-interest'
import { nlStatutoryInterest, type NlInterestRegime } from '../legal/nl-interest'
import { wikCosts } from '../legal/wik-costs'
import type { Country, DebtorType } from '../parties'

export type ClaimInvoice = { invoiceId: number; number: string; invoiceDate: IsoDate; dueDate: IsoDate; principalCents: Cents }

export type ClaimDebtor = { country: Country; debtorType: DebtorType }

export type ClaimOptions = {
  asOf: IsoDate
  /** a consumer received the legal notice that makes costs (NL) or interest (BE) due */
  consumerNoticeSent: boolean
  /** VAT-registered creditors cannot add VAT to the NL collection costs */
  creditorCanDeductVat?: boolean
}

export type InterestBasis = 'nl-6:119' | 'nl-6:119a' | 'nl-6:119b' | 'be-commercial' | 'be-legal' | 'none'
export type CostsBasis = 'nl-wik-per-invoice' | 'nl-wik-combined' | 'be-fixed-40' | 'none'

export type ClaimLine = ClaimInvoice & {
  interestFrom: IsoDate | null
  interestCents: Cents
  interestBasis: InterestBasis
  costsCents: Cents
  costsBasis: CostsBasis
  totalCents: Cents
}

export type ClaimSpecification = {
  asOf: IsoDate
  lines: ClaimLine[]
  principalCents: Cents
  interestCents: Cents
  costsCents: Cents
  totalCents: Cents
}

const NL_REGIME: Record<DebtorType, NlInterestRegime> = { b2b: '6:119a', government: '6:119b', b2c: '6:119' }

function interestOf(inv: ClaimInvoice, debtor: ClaimDebtor, opts: ClaimOptions): { basis: InterestBasis; cents: Cents; from: IsoDate | null } {
  const first = addDays(inv.dueDate, 1)
  if (inv.principalCents <= 0 || first > opts.asOf) return { basis: 'none', cents: 0, from: null }
  const period = { principalCents: inv.principalCents, firstInterestDay: first, lastInterestDay: opts.asOf }
  if (debtor.country === 'NL') {
    const regime = NL_REGIME[debtor.debtorType]
    return { basis: `nl-${regime}`, cents: nlStatutoryInterest({ ...period, regime }).interestCents, from: first }
  }
  if (debtor.debtorType !== 'b2c') return { basis: 'be-commercial', cents: beCommercialInterest(period).interestCents, from: first }
  if (!opts.consumerNoticeSent) return { basis: 'none', cents: 0, from: null }
  return { basis: 'be-legal', cents: beLegalInterest(period).interestCents, from: first }
}

/** Costs per invoice; a Dutch consumer's fee is one staffel over all principals, spread over the invoices. */
function costsOf(open: readonly ClaimInvoice[], debtor: ClaimDebtor, opts: ClaimOptions): { basis: CostsBasis; cents: Cents[] } {
  const none = { basis: 'none' as const, cents: open.map(() => 0) }
  if (open.length === 0) return none
  if (debtor.country === 'BE') return debtor.debtorType === 'b2c' ? none : { basis: 'be-fixed-40', cents: open.map(() => BE_FIXED_COMPENSATION_CENTS) }
  const vat = { creditorCanDeductVat: opts.creditorCanDeductVat ?? true, vatPercent: '21' }
  if (debtor.debtorType !== 'b2c') {
    return { basis: 'nl-wik-per-invoice', cents: open.map((i) => wikCosts({ principalsCents: [i.principalCents], ...vat }).amountClaimableCents) }
  }
  if (!opts.consumerNoticeSent) return none
  const fee = wikCosts({ principalsCents: open.map((i) => i.principalCents), ...vat }).amountClaimableCents
  return { basis: 'nl-wik-combined', cents: allocateCents(fee, open.map((i) => i.principalCents)) }
}

export function claimSpecification(invoices: readonly ClaimInvoice[], debtor: ClaimDebtor, opts: ClaimOptions): ClaimSpecification {
  const sorted = [...invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.invoiceId - b.invoiceId))
  // only items past due with something open carry costs; credit notes and not-yet-due items count as principal only
  const late = sorted.filter((i) => i.principalCents > 0 && i.dueDate < opts.asOf)
  const costs = costsOf(late, debtor, opts)
  const lines = sorted.map((inv): ClaimLine => {
    const interest = interestOf(inv, debtor, opts)
    const k = late.indexOf(inv)
    const costsCents = k < 0 ? 0 : (costs.cents[k] ?? 0)
    return {
      ...inv,
      interestFrom: interest.from,
      interestCents: interest.cents,
      interestBasis: interest.basis,
      costsCents,
      costsBasis: costsCents > 0 ? costs.basis : 'none',
      totalCents: inv.principalCents + interest.cents + costsCents
    }
  })
  const sum = (f: (l: ClaimLine) => Cents) => lines.reduce((s, l) => s + f(l), 0)
  return { asOf: opts.asOf, lines, principalCents: sum((l) => l.principalCents), interestCents: sum((l) => l.interestCents), costsCents: sum((l) => l.costsCents), totalCents: sum((l) => l.totalCents) }
}
