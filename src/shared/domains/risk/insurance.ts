// Credit insurance: what the insurer covers of a customer's exposure, and the policy's deadlines per open
// invoice (notification of overdue debt, maximum extension period) that the worklist warns about.
import { addDays, daysBetween, type IsoDate } from '../../dates'
import type { Cents } from '../../money'
import type { RiskLine } from './lines'

export type Cover = { insuredLimitCents: Cents; coverPct: number }

export type Exposure = { exposureCents: Cents; insuredCents: Cents; uninsuredCents: Cents }

/** The insurer pays its cover percentage of the exposure up to the insured limit; the rest is the creditor's own risk. */
export function insuredExposure(openCents: Cents, cover: Cover | null): Exposure {
  const exposureCents = Math.max(0, openCents)
  if (!cover) return { exposureCents, insuredCents: 0, uninsuredCents: exposureCents }
  const insuredCents = Math.round((Math.min(exposureCents, Math.max(0, cover.insuredLimitCents)) * cover.coverPct) / 100)
  return { exposureCents, insuredCents, uninsuredCents: exposureCents - insuredCents }
}

export type PolicyTerms = { insurer: string; policyNumber: string; notifyAfterDays: number; maxExtensionDays: number | null; warnDaysBefore: number }

export type InsuredItem = { invoiceId: number; number: string; dueDate: IsoDate; openCents: Cents; notified: boolean }

export type DeadlineKind = 'notify' | 'extension'

export type Deadline = {
  invoiceId: number
  number: string
  kind: DeadlineKind
  deadline: IsoDate
  /** days left until the deadline; negative once it has passed */
  daysLeft: number
  missed: boolean
  line: RiskLine
}

/**
 * The deadlines of open, not yet notified items that fall within the policy's warning period or have
 * passed, soonest first. Both count from the original due date, as the insurers' policies say.
 */
export function insuranceDeadlines(items: readonly InsuredItem[], policy: PolicyTerms, asOf: IsoDate): Deadline[] {
  const out: Deadline[] = []
  const add = (item: InsuredItem, kind: DeadlineKind, afterDays: number) => {
    const deadline = addDays(item.dueDate, afterDays)
    const daysLeft = daysBetween(asOf, deadline)
    if (daysLeft > policy.warnDaysBefore) return
    const missed = daysLeft < 0
    const values = { insurer: { text: policy.insurer }, policy: { text: policy.policyNumber }, invoice: { text: item.number }, date: { date: deadline } }
    out.push({ invoiceId: item.invoiceId, number: item.number, kind, deadline, daysLeft, missed, line: { key: missed ? 'insurance.missed' : kind === 'notify' ? 'insurance.notify' : 'insurance.extension', values } })
  }
  for (const item of items) {
    if (item.openCents <= 0 || item.notified) continue
    add(item, 'notify', policy.notifyAfterDays)
    if (policy.maxExtensionDays !== null) add(item, 'extension', policy.maxExtensionDays)
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.number.localeCompare(b.number))
}
