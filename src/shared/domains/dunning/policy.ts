// Policies and their levels as the engine sees them, the legal regime of a debtor, and which policy
// governs an invoice.
import { type Cents } from '../../money'
import type { CountryCode } from '../countries'
import { type DebtorType, isJurisdiction, type Jurisdiction } from '../parties'
import { type DunningChannel, type Regime } from './vocabulary'

export type LevelRule = {
  level: number
  name: string
  /** due once the invoice is at least this many days overdue … */
  daysAfterDue: number
  /** … and this many days after the previous level was sent to the debtor */
  minDaysSincePrevious: number
  channel: DunningChannel
  template: string
  feeCents: Cents
  chargeCosts: boolean
  chargeInterest: boolean
  legalNotice: boolean
  autoSend: boolean
}

export type PolicyRule = {
  id: number
  name: string
  regime: Regime
  isDefault: boolean
  minimumCents: Cents
  minIntervalDays: number
  courtesyDays: number | null
  courtesyChannel: DunningChannel
  /** sorted by level number */
  levels: readonly LevelRule[]
}

/**
 * The law a claim falls under. A consumer keeps the consumer rules of the country they live in (Rome I
 * art. 6); business and public debtors are dunned under the creditor's law. Debito knows Dutch and
 * Belgian consumer law only, so a consumer elsewhere gets the creditor's consumer rules.
 */
export function regimeOf(creditorCountry: Jurisdiction, debtor: { debtorType: DebtorType; country: CountryCode }): Regime {
  if (debtor.debtorType !== 'b2c') return `${creditorCountry}-b2b`
  return `${isJurisdiction(debtor.country) ? debtor.country : creditorCountry}-b2c`
}

export type PolicyIndex = { byId: ReadonlyMap<number, PolicyRule>; defaults: ReadonlyMap<Regime, PolicyRule> }

export function indexPolicies(policies: readonly PolicyRule[]): PolicyIndex {
  return {
    byId: new Map(policies.map((p) => [p.id, p])),
    defaults: new Map(policies.filter((p) => p.isDefault).map((p) => [p.regime, p]))
  }
}

export type PolicySource = 'invoice' | 'customer' | 'segment' | 'default'
export type ResolvedPolicy = { policy: PolicyRule; source: PolicySource }

export type PolicyRequest = {
  regime: Regime
  customerPolicyId: number | null
  /** absent when the question is about the customer as a whole (tolerance, interval) */
  invoicePolicyId?: number | null
  /** the policy of the customer's risk segment */
  segmentPolicyId?: number | null
}

/**
 * The one place that decides which policy governs: the invoice's own, else the customer's (both set by
 * hand), else the one of the customer's risk segment when it is written for the debtor's regime, else
 * the administration's default for that regime. Null only when that default was removed.
 */
export function resolvePolicy(index: PolicyIndex, request: PolicyRequest): ResolvedPolicy | null {
  const own = request.invoicePolicyId == null ? undefined : index.byId.get(request.invoicePolicyId)
  if (own) return { policy: own, source: 'invoice' }
  const customer = request.customerPolicyId === null ? undefined : index.byId.get(request.customerPolicyId)
  if (customer) return { policy: customer, source: 'customer' }
  // a segment spans countries and debtor types: its policy only serves debtors of the regime it was written for
  const segment = request.segmentPolicyId == null ? undefined : index.byId.get(request.segmentPolicyId)
  if (segment?.regime === request.regime) return { policy: segment, source: 'segment' }
  const fallback = index.defaults.get(request.regime)
  return fallback ? { policy: fallback, source: 'default' } : null
}

/** The level after `reached` in the policy's sequence, if any. */
export function nextLevel(policy: PolicyRule, reached: number): LevelRule | undefined {
  return policy.levels.find((l) => l.level > reached)
}
