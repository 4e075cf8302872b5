// Which step an invoice is at on a date: strictly one level after the last one actually sent, once the level's
// days after the due date and after that sending have passed (never counted from a run date).
import { type IsoDate, addDays, daysBetween, maxIso } from '../../dates'
import { type DunningLine } from './explain/lines'
import { type LegalGate } from './legal-amounts'
import { type LevelRule, type PolicyRule, nextLevel } from './policy'
import { type DunningChannel, type Regime } from './vocabulary'

/** What was sent for one invoice: only executed runs count, drafts never escalate anything. */
export type InvoiceHistory = {
  /** highest level sent (0: none) */
  reachedLevel: number
  lastSentOn: IsoDate | null
  lastChannel: DunningChannel | null
  courtesySent: boolean
}

export const NO_HISTORY: InvoiceHistory = { reachedLevel: 0, lastSentOn: null, lastChannel: null, courtesySent: false }

export type Step =
  | { kind: 'advance'; level: LevelRule; explanation: DunningLine }
  | { kind: 'courtesy'; explanation: DunningLine }
  /** overdue, listed at the level it already reached (0: not reminded yet) */
  | { kind: 'listed'; level: number; explanation: DunningLine }
  | { kind: 'none' }

export type StepInput = { number: string; dueDate: IsoDate; history: InvoiceHistory; policy: PolicyRule; regime: Regime; gate: LegalGate | null; asOf: IsoDate }

/** Consumer levels that charge what a notice's period protects must wait until that period is over. */
function legalWaitUntil(level: LevelRule, regime: Regime, gate: LegalGate | null, asOf: IsoDate): IsoDate | null {
  if (gate === null || gate.from <= asOf) return null
  const charges = regime === 'NL-b2c' ? level.chargeCosts : regime === 'BE-b2c' ? level.chargeCosts || level.chargeInterest || level.feeCents > 0 : false
  return charges ? gate.from : null
}

function courtesyStep(input: StepInput, daysOverdue: number): Step {
  const { policy, history, number, dueDate } = input
  const offered = policy.courtesyDays !== null && daysOverdue >= policy.courtesyDays
  if (!offered || history.courtesySent || history.reachedLevel > 0) return { kind: 'none' }
  return { kind: 'courtesy', explanation: { key: 'step.courtesy', values: { number: { text: number }, due: { date: dueDate } } } }
}

export function ladderStep(input: StepInput): Step {
  const { number, dueDate, history, policy, regime, gate, asOf } = input
  const daysOverdue = daysBetween(dueDate, asOf)
  if (daysOverdue <= 0) return courtesyStep(input, daysOverdue)
  const reached = history.reachedLevel
  const text = { text: number }
  const next = nextLevel(policy, reached)
  if (!next) return { kind: 'listed', level: reached, explanation: { key: 'step.final', values: { number: text, level: { count: reached } } } }
  const byDue = addDays(dueDate, next.daysAfterDue)
  const byPrevious = history.lastSentOn === null ? byDue : addDays(history.lastSentOn, next.minDaysSincePrevious)
  const dueFrom = maxIso(byDue, reached === 0 ? byDue : byPrevious)
  const wait = legalWaitUntil(next, regime, gate, asOf)
  if (dueFrom <= asOf && wait === null) {
    const explanation: DunningLine =
      reached === 0 || history.lastSentOn === null
        ? { key: 'step.afterDue', values: { number: text, days: { count: daysOverdue }, level: { count: next.level }, threshold: { count: next.daysAfterDue } } }
        : {
            key: 'step.afterPrevious',
            values: {
              previous: { count: reached },
              sent: { date: history.lastSentOn },
              channel: { term: `channel.${history.lastChannel ?? 'letter'}` },
              days: { count: next.minDaysSincePrevious },
              end: { date: byPrevious }
            }
          }
    return { kind: 'advance', level: next, explanation }
  }
  if (wait !== null && dueFrom <= asOf) {
    return { kind: 'listed', level: reached, explanation: { key: 'step.waitingLegal', values: { number: text, next: { count: next.level }, date: { date: wait } } } }
  }
  const from = wait === null ? dueFrom : maxIso(dueFrom, wait)
  return { kind: 'listed', level: reached, explanation: { key: 'step.listedNext', values: { number: text, level: { count: reached }, next: { count: next.level }, date: { date: from } } } }
}
