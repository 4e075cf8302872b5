// One customer's whole risk picture from its figures: behaviour, score and reasons, limit use, segment,
// suggested limit and insured exposure. The card, the stored scores and the CLI all come through here.
import type { IsoDate } from '../../dates'
import type { Cents } from '../../money'
import type { CountryCode } from '../countries'
import type { DebtorType } from '../parties'
import { type Behaviour, behaviourOf, type CustomerFacts, type PaymentStats } from './history'
import { type Cover, type Exposure, insuredExposure } from './insurance'
import { creditUse, type CreditUse, type LimitSuggestion, suggestLimit } from './limits'
import { type ExternalScore, type RiskScore, scoreCustomer } from './score'
import { bySegment, matchSegment, type Segment } from './segments'
import type { RiskWeights } from './weights'

export type AssessInput = {
  stats: PaymentStats
  facts: CustomerFacts
  customer: { country: CountryCode; debtorType: DebtorType; paymentTermDays: number | null; creditLimitCents: Cents | null; dunningPolicyId: number | null }
  openCents: Cents
  notInvoicedCents: Cents
  external: ExternalScore | null
  cover: Cover | null
  asOf: IsoDate
}

export type Assessment = RiskScore & {
  behaviour: Behaviour
  creditUse: CreditUse
  segment: { id: number; name: string } | null
  suggestedLimit: LimitSuggestion
  exposure: Exposure
  paymentTerm: ReturnType<typeof bySegment<number>>
  dunningPolicy: ReturnType<typeof bySegment<number>>
}

export function assessCustomer(input: AssessInput, weights: RiskWeights, segments: readonly Segment[]): Assessment {
  const behaviour = behaviourOf(input.stats, input.facts)
  const use = creditUse(input.openCents, input.notInvoicedCents, input.customer.creditLimitCents)
  const score = scoreCustomer({ behaviour, creditUsePct: use.pct, external: input.external, asOf: input.asOf }, weights)
  const { country, debtorType } = input.customer
  const segment = matchSegment(segments, { riskClass: score.riskClass, country, debtorType, openCents: Math.max(0, input.openCents) })
  const paymentTerm = bySegment(input.customer.paymentTermDays, segment?.paymentTermDays)
  const suggestedLimit = suggestLimit({
    invoiced12mCents: input.stats.invoiced12mCents,
    weightedDaysToPay: behaviour.weightedDaysToPay,
    paymentTermDays: paymentTerm.value,
    riskClass: score.riskClass,
    segment: segment && { name: segment.name, creditLimitCents: segment.creditLimitCents }
  })
  return {
    ...score,
    behaviour,
    creditUse: use,
    segment: segment && { id: segment.id, name: segment.name },
    suggestedLimit,
    exposure: insuredExposure(input.openCents, input.cover),
    paymentTerm,
    dunningPolicy: bySegment(input.customer.dunningPolicyId, segment?.dunningPolicyId)
  }
}
