// The claim specification handed to a collection agency: per invoice the principal, the statutory
// interest up to a date and the extrajudicial costs, computed by the legal engine for the debtor's
// country and type. Consumer costs (and Belgian consumer interest) only count once the legal notice
// (14-dagenbrief, first free reminder) was sent; agreed contractual rates are not known here.
import { addDays, type IsoDate } from '../../dates'
import { allocateCents, type Cents } from '../../money'
import { beCommercialInterest, beLegalInterest, BE_FIXED_COMPENSATION_CENTS } from '../legal/be-interest'
import { explainInterest, explainWik } from '../legal/explain/explanations'
import type { ExplainLine } from '../legal/explain/render'
import type { InterestResult } from '../legal/interest'
import { nlStatutoryInterest, type NlInterestRegime } from '../legal/nl-interest'
import { wikCosts } from '../legal/wik-costs'
import type { DebtorType, Jurisdiction } from '../parties'

export type ClaimInvoice = { invoiceId: number; number: string; invoiceDate: IsoDate; dueDate: IsoDate; principalCents: Cents }

/** `country`: the administration's jurisdiction, whose law sets interest and costs (not where the debtor lives) */
export type ClaimDebtor = { country: Jurisdiction; debtorType: DebtorType }

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
  /** how the interest and the costs were computed, to render in the reader's language */
  explanation: ExplainLine[]
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

type Interest = { basis: InterestBasis; cents: Cents; from: IsoDate | null; explanation: ExplainLine[] }

const accrued = (basis: Exclude<InterestBasis, 'none'>, result: InterestResult): Interest => ({
  basis,
  cents: result.interestCents,
  from: result.firstInterestDay,
  explanation: explainInterest(result, basis === 'be-commercial' || basis === 'be-legal' ? basis : (basis.slice(3) as NlInterestRegime))
})

function interestOf(inv: ClaimInvoice, debtor: ClaimDebtor, opts: ClaimOptions): Interest {
  const none: Interest = { basis: 'none', cents: 0, from: null, explanation: [] }
  const first = addDays(inv.dueDate, 1)
  if (inv.principalCents <= 0 || first > opts.asOf) return none
  const period = { principalCents: inv.principalCents, firstInterestDay: first, lastInterestDay: opts.asOf }
  if (debtor.country === 'NL') {
    const regime = NL_REGIME[debtor.debtorType]
    return accrued(`nl-${regime}`, nlStatutoryInterest({ ...period, regime }))
  }
  if (debtor.debtorType !== 'b2c') return accrued('be-commercial', beCommercialInterest(period))
  return opts.consumerNoticeSent ? accrued('be-legal', beLegalInterest(period)) : none
}

/** Costs per invoice; a Dutch consumer's fee is one staffel over all principals, spread over the invoices. */
type Costs = { basis: CostsBasis; cents: Cents[]; explanation: ExplainLine[][] }

function costsOf(open: readonly ClaimInvoice[], debtor: ClaimDebtor, opts: ClaimOptions): Costs {
  const none: Costs = { basis: 'none', cents: open.map(() => 0), explanation: open.map(() => []) }
  if (open.length === 0) return none
  if (debtor.country === 'BE') {
    if (debtor.debtorType === 'b2c') return none
    const line: ExplainLine = { key: 'be.fixedCompensation', values: { amount: { money: BE_FIXED_COMPENSATION_CENTS } } }
    return { basis: 'be-fixed-40', cents: open.map(() => BE_FIXED_COMPENSATION_CENTS), explanation: open.map(() => [line]) }
  }
  const vat = { creditorCanDeductVat: opts.creditorCanDeductVat ?? true, vatPercent: '21' }
  if (debtor.debtorType !== 'b2c') {
    const results = open.map((i) => wikCosts({ principalsCents: [i.principalCents], ...vat }))
    return { basis: 'nl-wik-per-invoice', cents: results.map((r) => r.amountClaimableCents), explanation: results.map(explainWik) }
  }
  if (!opts.consumerNoticeSent) return none
  const result = wikCosts({ principalsCents: open.map((i) => i.principalCents), ...vat })
  // one fee over all principals: the first line carries the calculation, every line its share
  return { basis: 'nl-wik-combined', cents: allocateCents(result.amountClaimableCents, open.map((i) => i.principalCents)), explanation: open.map((_, k) => (k === 0 ? explainWik(result) : [])) }
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
      totalCents: inv.principalCents + interest.cents + costsCents,
      explanation: [...interest.explanation, ...(k < 0 ? [] : (costs.explanation[k] ?? []))]
    }
  })
  const sum = (f: (l: ClaimLine) => Cents) => lines.reduce((s, l) => s + f(l), 0)
  return { asOf: opts.asOf, lines, principalCents: sum((l) => l.principalCents), interestCents: sum((l) => l.interestCents), costsCents: sum((l) => l.costsCents), totalCents: sum((l) => l.totalCents) }
}
