// The proposal: per customer at most one communication (per currency) listing every overdue item at its own
// level, or the reason it gets none. Pure: the same input on the same date gives the same proposal.
import { type Cents } from '../../money'
import { type IsoDate, addDays, daysBetween } from '../../dates'
import { type CandidateCustomer, type CandidateInvoice, type Freshness, type ProposalInput } from './candidates'
import { type Excluded, customerExclusion, invoiceExclusion } from './eligibility'
import { type DunningLine } from './explain/lines'
import { type Step, ladderStep } from './ladder'
import { type LineLegal, legalAmounts, legalGate } from './legal-amounts'
import { type PolicyRule, regimeOf, resolvePolicy } from './policy'
import { composeAction } from './compose'
import { type DunningChannel, type ExclusionReason, type Regime } from './vocabulary'

export type ProposedLine = {
  invoiceId: number
  number: string
  /** 0 for a courtesy line or an overdue item not reminded yet */
  level: number
  /** this communication moves the invoice up to `level` */
  advances: boolean
  openCents: Cents
  dueDate: IsoDate
  daysOverdue: number
  legal: Omit<LineLegal, 'explanation'>
  explanation: DunningLine[]
}

export type ExcludedInvoice = { invoiceId: number; number: string; reason: ExclusionReason; explanation: DunningLine }

export type ProposedAction = {
  customerId: number
  customerCode: string
  customerName: string
  policyId: number
  level: number
  levelName: string | null
  channel: DunningChannel
  templateKey: string
  language: CandidateCustomer['language']
  regime: Regime
  currency: string
  legalNotice: boolean
  autoSend: boolean
  lines: ProposedLine[]
  excludedInvoices: ExcludedInvoice[]
  principalCents: Cents
  feeCents: Cents
  costsCents: Cents
  interestCents: Cents
  totalCents: Cents
  maxFeeCents: Cents
  allowedCostsCents: Cents
  allowedInterestCents: Cents
  announcedCostsCents: Cents
  explanation: DunningLine[]
}

export type ProposedExclusion = {
  customerId: number
  customerCode: string
  customerName: string
  reason: ExclusionReason
  invoiceIds: number[]
  explanation: DunningLine[]
}

export type Proposal = { asOf: IsoDate; freshness: Freshness; actions: ProposedAction[]; excluded: ProposedExclusion[] }

type Stepped = { invoice: CandidateInvoice; policy: PolicyRule; step: Exclude<Step, { kind: 'none' }>; excluded: Excluded | null }

const isTrigger = (s: Stepped) => s.step.kind === 'advance' || s.step.kind === 'courtesy'

function stepsOf(customer: CandidateCustomer, regime: Regime, input: ProposalInput): Stepped[] {
  const out: Stepped[] = []
  for (const invoice of customer.invoices) {
    const resolved = resolvePolicy(input.policies, { regime, customerPolicyId: customer.policyId, segmentPolicyId: customer.segmentPolicyId, invoicePolicyId: invoice.policyId })
    if (!resolved) continue
    const notice = regime === 'NL-b2c' ? invoice.firstNotice : invoice.firstReminder
    const step = ladderStep({ number: invoice.number, dueDate: invoice.dueDate, history: invoice.history, policy: resolved.policy, regime, gate: legalGate(regime, notice), asOf: input.asOf })
    if (step.kind === 'none') continue
    out.push({ invoice, policy: resolved.policy, step, excluded: invoiceExclusion(invoice.exclusion, input.asOf) })
  }
  return out
}

function withNumber(line: DunningLine, number: string): DunningLine {
  return { ...line, values: { ...line.values, number: { text: number } } } as DunningLine
}

function exclusionOf(customer: CandidateCustomer, reason: ExclusionReason, invoiceIds: number[], explanation: DunningLine[]): ProposedExclusion {
  return { customerId: customer.id, customerCode: customer.code, customerName: customer.name, reason, invoiceIds, explanation }
}

/** Amount rules on the communication as a whole: unapplied money, tolerance, minimum interval. */
function amountExclusion(customer: CandidateCustomer, policy: PolicyRule, principal: Cents, asOf: IsoDate): Excluded | null {
  const unapplied = customer.exclusion.unappliedCents
  if (unapplied > 0 && unapplied >= principal) {
    return { reason: 'covered', explanation: { key: 'excluded.covered', values: { unapplied: { money: unapplied }, principal: { money: principal } } } }
  }
  if (principal < policy.minimumCents) {
    return { reason: 'below_tolerance', explanation: { key: 'excluded.belowTolerance', values: { principal: { money: principal }, tolerance: { money: policy.minimumCents } } } }
  }
  const last = customer.lastCommunicationOn
  if (last !== null && daysBetween(last, asOf) < policy.minIntervalDays) {
    return { reason: 'interval', explanation: { key: 'excluded.interval', values: { date: { date: last }, next: { date: addDays(last, policy.minIntervalDays) } } } }
  }
  return null
}

function proposeCurrency(customer: CandidateCustomer, regime: Regime, customerPolicy: PolicyRule, steps: Stepped[], input: ProposalInput): ProposedAction | ProposedExclusion | null {
  const eligible = steps.filter((s) => s.excluded === null)
  const blocked = steps.filter((s) => s.excluded !== null)
  const blockedLines = blocked.map((s) => withNumber((s.excluded as Excluded).explanation, s.invoice.number))
  if (!eligible.some(isTrigger)) {
    const first = blocked.find(isTrigger)
    return first?.excluded ? exclusionOf(customer, first.excluded.reason, blocked.map((s) => s.invoice.id), blockedLines) : null
  }
  const whole = customerExclusion(customer.exclusion, input.asOf)
  if (whole) return exclusionOf(customer, whole.reason, eligible.map((s) => s.invoice.id), [whole.explanation])
  const principal = eligible.reduce((sum, s) => sum + s.invoice.openCents, 0)
  const byAmount = amountExclusion(customer, customerPolicy, principal, input.asOf)
  if (byAmount) return exclusionOf(customer, byAmount.reason, eligible.map((s) => s.invoice.id), [byAmount.explanation])
  const overdue = eligible.filter((s) => s.step.kind !== 'courtesy')
  const currency = eligible[0]?.invoice.currency ?? 'EUR'
  // the statutory amounts are euro amounts; other currencies get the reminder without them
  const isEur = currency === 'EUR'
  const legal = isEur
    ? legalAmounts(
        regime,
        customer.debtorType,
        overdue.map((s) => ({
          number: s.invoice.number,
          dueDate: s.invoice.dueDate,
          openCents: s.invoice.openCents,
          notice: regime === 'NL-b2c' ? s.invoice.firstNotice : s.invoice.firstReminder,
          paidAfter: (date: IsoDate) => s.invoice.payments.reduce((sum, p) => (p.date > date ? sum + p.cents : sum), 0)
        })),
        input.asOf
      )
    : { lines: [], announcedCostsCents: 0 }
  const legalByInvoice = new Map(overdue.map((s, i) => [s.invoice.id, legal.lines[i]]))
  const lines: ProposedLine[] = eligible.map((s) => {
    const l = legalByInvoice.get(s.invoice.id)
    const level = s.step.kind === 'advance' ? s.step.level.level : s.step.kind === 'listed' ? s.step.level : 0
    return {
      invoiceId: s.invoice.id,
      number: s.invoice.number,
      level,
      advances: s.step.kind !== 'listed',
      openCents: s.invoice.openCents,
      dueDate: s.invoice.dueDate,
      daysOverdue: Math.max(0, daysBetween(s.invoice.dueDate, input.asOf)),
      legal: {
        interestCents: l?.interestCents ?? 0,
        interestFrom: l?.interestFrom ?? null,
        interestRate: l?.interestRate ?? null,
        compensationCents: l?.compensationCents ?? 0,
        costsCents: l?.costsCents ?? 0
      },
      explanation: [s.step.explanation, ...(l?.explanation ?? [])]
    }
  })
  return composeAction({
    customer,
    regime,
    currency,
    customerPolicy,
    steps: eligible.map((s, i) => ({ policy: s.policy, step: s.step, line: lines[i] as ProposedLine })),
    lines,
    excludedInvoices: blocked.map((s, i) => ({ invoiceId: s.invoice.id, number: s.invoice.number, reason: (s.excluded as Excluded).reason, explanation: blockedLines[i] as DunningLine })),
    announcedCostsCents: legal.announcedCostsCents
  })
}

function proposeCustomer(customer: CandidateCustomer, input: ProposalInput): (ProposedAction | ProposedExclusion)[] {
  const regime = regimeOf(input.creditorCountry, customer)
  const customerPolicy = resolvePolicy(input.policies, { regime, customerPolicyId: customer.policyId, segmentPolicyId: customer.segmentPolicyId })?.policy
  if (!customerPolicy) return []
  const byCurrency = new Map<string, Stepped[]>()
  for (const s of stepsOf(customer, regime, input)) byCurrency.set(s.invoice.currency, [...(byCurrency.get(s.invoice.currency) ?? []), s])
  return [...byCurrency.values()].flatMap((steps) => proposeCurrency(customer, regime, customerPolicy, steps, input) ?? [])
}

const isAction = (x: ProposedAction | ProposedExclusion): x is ProposedAction => 'lines' in x

/** The proposal on `input.asOf`: stale bank data in block mode turns every communication into an exclusion. */
export function propose(input: ProposalInput): Proposal {
  const actions: ProposedAction[] = []
  const excluded: ProposedExclusion[] = []
  for (const customer of input.customers) {
    for (const result of proposeCustomer(customer, input)) {
      if (!isAction(result)) excluded.push(result)
      else if (input.freshness === 'block') excluded.push(exclusionOf(customer, 'stale_bank', result.lines.map((l) => l.invoiceId), [{ key: 'excluded.staleBank' }]))
      else actions.push(result)
    }
  }
  return { asOf: input.asOf, freshness: input.freshness, actions, excluded }
}
