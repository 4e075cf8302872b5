// "What happens next": the proposals of the coming days if nobody pays and every proposal is executed on its
// day. Also the clock the table-driven scenarios run on.
import { type IsoDate, addDays } from '../../dates'
import { type CandidateCustomer, type CandidateInvoice, type ProposalInput } from './candidates'
import { type Notice } from './legal-amounts'
import { type Proposal, type ProposedAction, propose } from './proposal'

function noticeOf(action: ProposedAction, sentOn: IsoDate): Notice | null {
  return action.channel === 'phone' ? null : { sentOn, channel: action.channel }
}

function sentInvoice(invoice: CandidateInvoice, action: ProposedAction, sentOn: IsoDate): CandidateInvoice {
  const line = action.lines.find((l) => l.invoiceId === invoice.id)
  if (!line) return invoice
  const notice = line.daysOverdue > 0 ? noticeOf(action, sentOn) : null
  const history = !line.advances
    ? invoice.history
    : line.level === 0
      ? { ...invoice.history, courtesySent: true }
      : { ...invoice.history, reachedLevel: line.level, lastSentOn: sentOn, lastChannel: action.channel }
  return {
    ...invoice,
    history,
    firstReminder: invoice.firstReminder ?? notice,
    firstNotice: invoice.firstNotice ?? (action.legalNotice ? notice : null)
  }
}

/** The state after `actions` were sent on `sentOn`, as execute records it. */
export function applySent(customers: readonly CandidateCustomer[], actions: readonly ProposedAction[], sentOn: IsoDate): CandidateCustomer[] {
  const byCustomer = new Map<number, ProposedAction[]>()
  for (const a of actions) byCustomer.set(a.customerId, [...(byCustomer.get(a.customerId) ?? []), a])
  return customers.map((c) => {
    const sent = byCustomer.get(c.id)
    if (!sent) return c
    const invoices = c.invoices.map((inv) => sent.reduce((acc, a) => sentInvoice(acc, a, sentOn), inv))
    return { ...c, lastCommunicationOn: sentOn, invoices }
  })
}

export type ForecastDay = { date: IsoDate; proposal: Proposal }

/** Day by day from `input.asOf` for `days` more days: each day's proposal, assumed sent that day. */
export function forecast(input: ProposalInput, days: number): ForecastDay[] {
  const out: ForecastDay[] = []
  let customers = input.customers
  for (let d = 0; d <= days; d++) {
    const date = addDays(input.asOf, d)
    const proposal = propose({ ...input, asOf: date, customers })
    out.push({ date, proposal })
    customers = applySent(customers, proposal.actions, date)
  }
  return out
}
