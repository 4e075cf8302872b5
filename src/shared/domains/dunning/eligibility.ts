// Who may not be reminded today, and why. The state comes from one loader in main
// (src/main/domains/dunning/exclusion-state.ts); the decisions, which depend on the date, are made here.
// To add a kind of exclusion: add its field to the state type, fill it in the loader, add a rule below.
import { type Cents } from '../../money'
import { type IsoDate } from '../../dates'
import { type DunningLine } from './explain/lines'
import { type ExclusionReason } from './vocabulary'

export type CustomerExclusionState = {
  onHold: boolean
  /** reminders resume on this day */
  snoozedUntil: IsoDate | null
  /** an active payment plan that names no invoices covers the whole customer */
  planWithoutInvoices: boolean
  /** the customer's money not applied to any invoice: unapplied bank receipts and open credit notes */
  unappliedCents: Cents
}

export type InvoiceExclusionState = {
  /** the invoice's dispute flag or an open dispute record, with the day it was opened when known */
  disputed: boolean
  disputedSince: IsoDate | null
  /** the latest date of an open promise naming this invoice */
  promisedUntil: IsoDate | null
  onPlan: boolean
  onHold: boolean
  /** reminders about this invoice resume on this day */
  snoozedUntil: IsoDate | null
  handedOver: boolean
}

export const NO_CUSTOMER_EXCLUSIONS: CustomerExclusionState = { onHold: false, snoozedUntil: null, planWithoutInvoices: false, unappliedCents: 0 }
export const NO_INVOICE_EXCLUSIONS: InvoiceExclusionState = { disputed: false, disputedSince: null, promisedUntil: null, onPlan: false, onHold: false, snoozedUntil: null, handedOver: false }

export type Excluded = { reason: ExclusionReason; explanation: DunningLine }

type Rule<S> = (state: S, asOf: IsoDate) => Excluded | null

/** In order: the first rule that applies names the reason. */
const INVOICE_RULES: readonly Rule<InvoiceExclusionState>[] = [
  (s) => (s.handedOver ? { reason: 'handover', explanation: { key: 'excluded.handover' } } : null),
  (s) =>
    s.disputed
      ? { reason: 'dispute', explanation: s.disputedSince ? { key: 'excluded.disputeSince', values: { date: { date: s.disputedSince } } } : { key: 'excluded.dispute' } }
      : null,
  (s) => (s.onPlan ? { reason: 'plan', explanation: { key: 'excluded.plan' } } : null),
  (s, asOf) => (s.promisedUntil !== null && s.promisedUntil >= asOf ? { reason: 'promise', explanation: { key: 'excluded.promise', values: { date: { date: s.promisedUntil } } } } : null),
  (s) => (s.onHold ? { reason: 'hold', explanation: { key: 'excluded.invoiceHold' } } : null),
  (s, asOf) => (s.snoozedUntil !== null && s.snoozedUntil > asOf ? { reason: 'snoozed', explanation: { key: 'excluded.invoiceSnoozed', values: { date: { date: s.snoozedUntil } } } } : null)
]

const CUSTOMER_RULES: readonly Rule<CustomerExclusionState>[] = [
  (s) => (s.onHold ? { reason: 'hold', explanation: { key: 'excluded.hold' } } : null),
  (s, asOf) => (s.snoozedUntil !== null && s.snoozedUntil > asOf ? { reason: 'snoozed', explanation: { key: 'excluded.snoozed', values: { date: { date: s.snoozedUntil } } } } : null),
  (s) => (s.planWithoutInvoices ? { reason: 'plan', explanation: { key: 'excluded.plan' } } : null)
]

function firstRule<S>(rules: readonly Rule<S>[], state: S, asOf: IsoDate): Excluded | null {
  for (const rule of rules) {
    const hit = rule(state, asOf)
    if (hit) return hit
  }
  return null
}

/** Why this invoice may not be reminded on `asOf`, or null. */
export function invoiceExclusion(state: InvoiceExclusionState, asOf: IsoDate): Excluded | null {
  return firstRule(INVOICE_RULES, state, asOf)
}

/** Why this customer may not be reminded at all on `asOf`, or null (amount rules come later, in the proposal). */
export function customerExclusion(state: CustomerExclusionState, asOf: IsoDate): Excluded | null {
  return firstRule(CUSTOMER_RULES, state, asOf)
}
