// A controlled clock for the dunning engine: build customers and invoices, then let days pass, sending every
// proposal on its day (or not), with payments and other events on the days they happen.
import { type IsoDate, addDays } from '../../../src/shared/dates'
import {
  type CandidateCustomer,
  type CandidateInvoice,
  type Freshness,
  NO_CUSTOMER_EXCLUSIONS,
  NO_HISTORY,
  NO_INVOICE_EXCLUSIONS,
  type PolicyRule,
  type Proposal,
  type ProposalInput,
  type ProposedAction,
  REGIMES,
  applySent,
  defaultPolicyIn,
  indexPolicies,
  propose
} from '../../../src/shared/domains/dunning'

/** The four default policies with ids 1–4 (NL-b2b, NL-b2c, BE-b2b, BE-b2c). */
export const DEFAULTS: PolicyRule[] = REGIMES.map((regime, i) => ({ ...defaultPolicyIn(regime, 'en'), id: i + 1 }))

let nextId = 1

export function invoice(over: Partial<CandidateInvoice> & Pick<CandidateInvoice, 'dueDate' | 'openCents'>): CandidateInvoice {
  const id = over.id ?? nextId++
  return {
    id,
    number: `F${id}`,
    currency: 'EUR',
    policyId: null,
    history: NO_HISTORY,
    firstNotice: null,
    firstReminder: null,
    exclusion: NO_INVOICE_EXCLUSIONS,
    payments: [],
    ...over
  }
}

export function customer(over: Partial<CandidateCustomer> & Pick<CandidateCustomer, 'invoices'>): CandidateCustomer {
  const id = over.id ?? nextId++
  return {
    id,
    code: `C${id}`,
    name: `Customer ${id}`,
    debtorType: 'b2b',
    country: 'NL',
    language: 'nl',
    hasEmail: true,
    policyId: null,
    lastCommunicationOn: null,
    exclusion: NO_CUSTOMER_EXCLUSIONS,
    ...over
  }
}

export type World = { creditorCountry: 'NL' | 'BE'; policies: PolicyRule[]; customers: CandidateCustomer[]; freshness: Freshness }

export function world(customers: CandidateCustomer[], over: Partial<World> = {}): World {
  return { creditorCountry: 'NL', policies: DEFAULTS, freshness: 'ok', customers, ...over }
}

export function inputOf(w: World, asOf: IsoDate): ProposalInput {
  return { asOf, creditorCountry: w.creditorCountry, policies: indexPolicies(w.policies), customers: w.customers, freshness: w.freshness }
}

export function proposeOn(w: World, asOf: IsoDate): Proposal {
  return propose(inputOf(w, asOf))
}

export type Sent = { date: IsoDate; customer: string; level: number; channel: ProposedAction['channel']; action: ProposedAction }

/**
 * Lets the days from `from` to `to` pass. Each day first applies `events[date]` (a payment, a dispute…), then
 * proposes and, unless `send` is false, executes the proposal on that day.
 */
export function live(w: World, from: IsoDate, to: IsoDate, events: Record<IsoDate, (w: World) => World> = {}, send = true): { world: World; sent: Sent[]; proposals: Map<IsoDate, Proposal> } {
  const sent: Sent[] = []
  const proposals = new Map<IsoDate, Proposal>()
  let current = w
  for (let d = from; d <= to; d = addDays(d, 1)) {
    current = events[d]?.(current) ?? current
    const p = proposeOn(current, d)
    proposals.set(d, p)
    if (!send) continue
    for (const a of p.actions) sent.push({ date: d, customer: a.customerCode, level: a.level, channel: a.channel, action: a })
    current = { ...current, customers: applySent(current.customers, p.actions, d) }
  }
  return { world: current, sent, proposals }
}

/** A payment of `cents` on invoice `id`, booked on `date`. */
export function pay(id: number, cents: number, date: IsoDate): (w: World) => World {
  return (w) => ({
    ...w,
    customers: w.customers.map((c) => ({
      ...c,
      invoices: c.invoices
        .map((i) => (i.id === id ? { ...i, openCents: i.openCents - cents, payments: [...i.payments, { date, cents }] } : i))
        .filter((i) => i.openCents > 0)
    }))
  })
}

/** Changes one customer (by id). */
export function change(id: number, f: (c: CandidateCustomer) => CandidateCustomer): (w: World) => World {
  return (w) => ({ ...w, customers: w.customers.map((c) => (c.id === id ? f(c) : c)) })
}
