// One communication from its lines: the level, channel and template of the highest line, the fee the law
// lets that level charge, the costs and interest it claims, and the explanation of all of it.
import { type Cents } from '../../money'
import { type CandidateCustomer } from './candidates'
import { type DunningLine } from './explain/lines'
import { type Step } from './ladder'
import { type LevelRule, type PolicyRule } from './policy'
import { type ExcludedInvoice, type ProposedAction, type ProposedLine } from './proposal'
import { type DunningChannel, type Regime } from './vocabulary'

/** Book XIX: later reminders to a consumer cost at most EUR 7.50 (postage, which may come on top, is not added). */
const BE_REMINDER_FEE_CAP_CENTS: Cents = 750

type ComposeInput = {
  customer: CandidateCustomer
  regime: Regime
  currency: string
  customerPolicy: PolicyRule
  steps: { policy: PolicyRule; step: Exclude<Step, { kind: 'none' }>; line: ProposedLine }[]
  lines: ProposedLine[]
  excludedInvoices: ExcludedInvoice[]
  announcedCostsCents: Cents
}

type Fee = { feeCents: Cents; maxFeeCents: Cents; note: DunningLine | null }

function feeFor(regime: Regime, level: LevelRule | null, firstReminder: boolean): Fee {
  const configured = level?.feeCents ?? 0
  if (level === null) return { feeCents: 0, maxFeeCents: 0, note: null }
  if (regime === 'NL-b2c') return { feeCents: 0, maxFeeCents: 0, note: configured > 0 ? { key: 'action.feeNlConsumer' } : null }
  if (regime === 'BE-b2c') {
    if (firstReminder) return { feeCents: 0, maxFeeCents: 0, note: configured > 0 ? { key: 'action.feeBeFirstFree' } : null }
    const fee = Math.min(configured, BE_REMINDER_FEE_CAP_CENTS)
    return { feeCents: fee, maxFeeCents: BE_REMINDER_FEE_CAP_CENTS, note: configured > fee ? { key: 'action.feeBeCapped', values: { amount: { money: fee } } } : null }
  }
  return { feeCents: configured, maxFeeCents: configured, note: null }
}

/**
 * The level a line gives the communication: its own, except that an older item listed at a phone level (a
 * call already asked for) counts at its last written level, so a new item's reminder stays a letter or e-mail.
 */
function communicationLevel(s: ComposeInput['steps'][number]): number {
  if (s.line.advances) return s.line.level
  return s.policy.levels.filter((l) => l.level <= s.line.level && l.channel !== 'phone').at(-1)?.level ?? 0
}

const sum = (lines: readonly ProposedLine[], pick: (l: ProposedLine) => Cents) => lines.reduce((total, l) => total + pick(l), 0)

export function composeAction(input: ComposeInput): ProposedAction {
  const { customer, regime, customerPolicy, steps, lines } = input
  // the highest line decides the level; among equals an advancing line, so the level's own rule applies
  const ranked = steps.map((s) => ({ ...s, level: communicationLevel(s) }))
  const top = ranked.reduce((best, s) => (s.level > best.level || (s.level === best.level && s.line.advances && !best.line.advances) ? s : best))
  const policy = top.policy
  const level = top.level === 0 ? null : (policy.levels.find((l) => l.level === top.level) ?? null)
  const wanted: DunningChannel = level?.channel ?? policy.courtesyChannel
  const channel: DunningChannel = wanted === 'email' && !customer.hasEmail ? 'letter' : wanted
  const advancing = steps.filter((s) => s.step.kind === 'advance')
  // Book XIX: the first reminder about a debt is free, also when it joins a later letter about others
  const firstReminder = advancing.some((s) => s.line.level === 1)
  const fee = feeFor(regime, level, firstReminder)
  const allowedCostsCents = sum(lines, (l) => l.legal.compensationCents + l.legal.costsCents)
  const allowedInterestCents = sum(lines, (l) => l.legal.interestCents)
  const costsCents = level?.chargeCosts ? allowedCostsCents : 0
  const interestCents = level?.chargeInterest ? allowedInterestCents : 0
  const principalCents = sum(lines, (l) => l.openCents)
  const driving = (advancing.at(-1) ?? steps.find((s) => s.step.kind === 'courtesy') ?? top).step.explanation
  const listed = lines.filter((l) => !l.advances).length
  const explanation: DunningLine[] = [
    level
      ? { key: 'action.level', values: { level: { count: level.level }, name: { levelName: level.name, regime }, channel: { term: `channel.${channel}` } } }
      : { key: 'action.courtesy', values: { channel: { term: `channel.${channel}` } } },
    driving,
    ...(listed > 0 ? [{ key: 'action.listedCount', values: { count: { count: listed } } } as const] : []),
    { key: 'action.tolerance', values: { principal: { money: principalCents }, tolerance: { money: customerPolicy.minimumCents } } },
    customer.lastCommunicationOn === null
      ? { key: 'action.firstCommunication' }
      : { key: 'action.interval', values: { date: { date: customer.lastCommunicationOn }, days: { count: customerPolicy.minIntervalDays } } },
    ...(input.excludedInvoices.length === 0 ? [{ key: 'action.clear' } as const] : input.excludedInvoices.map((x) => x.explanation)),
    ...(channel !== wanted ? [{ key: 'action.emailFallback' } as const] : []),
    ...(fee.note ? [fee.note] : []),
    ...(fee.feeCents > 0 ? [{ key: 'action.fee', values: { amount: { money: fee.feeCents } } } as const] : []),
    ...(allowedCostsCents > 0 ? [{ key: level?.chargeCosts ? 'action.costsCharged' : 'action.costsNotCharged', values: { amount: { money: allowedCostsCents } } } as const] : []),
    ...(allowedInterestCents > 0 ? [{ key: level?.chargeInterest ? 'action.interestCharged' : 'action.interestNotCharged', values: { amount: { money: allowedInterestCents } } } as const] : []),
    ...(level?.legalNotice && input.announcedCostsCents > 0 ? [{ key: 'action.announced', values: { amount: { money: input.announcedCostsCents } } } as const] : []),
    ...(customer.exclusion.unappliedCents > 0 ? [{ key: 'action.unapplied', values: { amount: { money: customer.exclusion.unappliedCents } } } as const] : [])
  ]
  return {
    customerId: customer.id,
    customerCode: customer.code,
    customerName: customer.name,
    policyId: policy.id,
    level: top.level,
    levelName: level?.name ?? null,
    channel,
    templateKey: level?.template ?? 'courtesy',
    language: customer.language,
    regime,
    currency: input.currency,
    legalNotice: level?.legalNotice ?? false,
    autoSend: (level?.autoSend ?? false) && channel === 'email',
    lines,
    excludedInvoices: input.excludedInvoices,
    principalCents,
    feeCents: fee.feeCents,
    costsCents,
    interestCents,
    totalCents: principalCents + fee.feeCents + costsCents + interestCents,
    maxFeeCents: fee.maxFeeCents,
    allowedCostsCents,
    allowedInterestCents,
    announcedCostsCents: input.announcedCostsCents,
    explanation
  }
}
