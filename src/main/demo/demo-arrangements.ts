// The demo's follow-up, recorded as a bookkeeper would: disputes with reason codes, promises (some broken),
// a payment plan made in the editor, hand-overs of long overdue claims, a snooze, a hold and calls to follow up.
import { addDays, daysBetween, type IsoDate, minIso } from '../../shared/dates'
import type { AppDb } from '../db/connection'
import { disputes, notes, promiseInvoices, promises } from '../db/schema'
import { syncFlags } from '../domains/arrangements/flags'
import { handOverIn } from '../domains/arrangements/handovers.service'
import { placeHoldIn } from '../domains/arrangements/holds.service'
import { createPlanIn, proposePlan } from '../domains/arrangements/plans.service'
import type { DemoInvoice } from './demo-ledger'
import { DEMO_AGENCIES, DEMO_DISPUTES } from './names'
import type { Random } from './random'

/** An open invoice past its due date, with its customer. */
export type OverdueItem = { item: DemoInvoice; id: number; open: number; customerId: number; government: boolean }

export type ArrangementCounts = { disputes: number; promises: number; plans: number; handovers: number }

/** Claims more than 150 days overdue went to an agency, per customer, on the day the oldest reached 150 days. */
function seedHandovers(tx: AppDb, overdue: readonly OverdueItem[], today: IsoDate): { count: number; handedOver: Set<number> } {
  const old = overdue.filter((x) => !x.government && daysBetween(x.item.dueDate, today) > 150)
  const byCustomer = new Map<number, OverdueItem[]>()
  for (const x of old) byCustomer.set(x.customerId, [...(byCustomer.get(x.customerId) ?? []), x])
  let k = 0
  for (const [customerId, items] of byCustomer) {
    const oldest = items.reduce((a, b) => (a.item.dueDate <= b.item.dueDate ? a : b))
    const { kind, party } = DEMO_AGENCIES[k++ % DEMO_AGENCIES.length]!
    handOverIn(tx, { customerId, kind, party, handedOverOn: minIso(addDays(oldest.item.dueDate, 151), today), invoiceIds: items.map((x) => x.id) }, today)
  }
  return { count: byCustomer.size, handedOver: new Set(old.map((x) => x.id)) }
}

export function seedArrangements(tx: AppDb, overdueAll: readonly OverdueItem[], rnd: Random, today: IsoDate): ArrangementCounts {
  const { count: handovers, handedOver } = seedHandovers(tx, overdueAll, today)
  const overdue = overdueAll.filter((x) => !handedOver.has(x.id))
  const disputed = overdue.filter((_, i) => i % 17 === 5).slice(0, 25)
  for (const [i, d] of disputed.entries()) {
    const said = DEMO_DISPUTES[i % DEMO_DISPUTES.length]!
    // every sixth dispute was accepted: a credit note is expected, so the invoice stays out of dunning;
    // nothing is dated after today (a dispute on an item due yesterday was opened today)
    const accepted = i % 6 === 0
    tx.insert(disputes).values({ invoiceId: d.id, reason: said.reason, note: said.note, openedOn: minIso(addDays(d.item.dueDate, 3), today), status: accepted ? 'accepted' : 'open', resolvedOn: accepted ? minIso(addDays(d.item.dueDate, 20), today) : null, resolution: accepted ? 'Creditnota toegezegd' : null }).run()
    tx.insert(notes).values({ customerId: d.customerId, invoiceId: d.id, kind: 'call', callOutcome: 'disputed', body: `Klant betwist ${d.item.number}: ${said.note}` }).run()
  }
  const disputedIds = new Set(disputed.map((d) => d.id))
  const promised = overdue.filter((x, i) => !disputedIds.has(x.id) && i % 13 === 2).slice(0, 15)
  for (const [i, p] of promised.entries()) {
    const kept = i % 5 !== 4
    const promisedDate = kept ? addDays(today, rnd.int(2, 20)) : addDays(today, -rnd.int(3, 10))
    const promise = tx
      .insert(promises)
      .values({ customerId: p.customerId, promisedDate, amountCents: p.open, status: kept ? 'open' : 'broken', resolvedOn: kept ? null : addDays(promisedDate, 1), note: 'Telefonisch toegezegd' })
      .returning({ id: promises.id })
      .get()
    tx.insert(promiseInvoices).values({ promiseId: promise.id, invoiceId: p.id }).run()
  }
  const busy = new Set([...disputedIds, ...promised.map((p) => p.id)])
  const free = overdue.filter((x) => !busy.has(x.id))
  const planCustomer = free.find((x) => free.filter((y) => y.customerId === x.customerId).length >= 3)?.customerId
  let plans = 0
  if (planCustomer !== undefined) {
    const terms = { customerId: planCustomer, invoiceIds: free.filter((x) => x.customerId === planCustomer).slice(0, 4).map((x) => x.id), frequency: 'monthly' as const, startDate: addDays(today, 10) }
    createPlanIn(tx, { ...terms, schedule: proposePlan(tx, { ...terms, instalments: 6 }, today).schedule, note: 'Zes maandelijkse termijnen' }, today)
    plans = 1
  }
  // a snooze, a hold on one invoice, and calls to follow up in the coming days
  const others = free.filter((x) => x.customerId !== planCustomer)
  const [snoozed, held, ...rest] = [...new Map(others.map((x) => [x.customerId, x])).values()]
  if (snoozed) placeHoldIn(tx, { customerId: snoozed.customerId, kind: 'snooze', reason: 'Klant op vakantie, belt na terugkomst', until: addDays(today, 14) }, today)
  if (held) placeHoldIn(tx, { customerId: held.customerId, invoiceIds: [held.id], kind: 'hold', reason: 'Wacht op creditnota van de leverancier' }, today)
  for (const [i, x] of rest.slice(0, 4).entries()) {
    tx.insert(notes).values({ customerId: x.customerId, invoiceId: x.id, kind: 'call', callOutcome: i % 2 === 0 ? 'no_answer' : 'reached', body: i % 2 === 0 ? 'Geen gehoor, morgen opnieuw proberen' : 'Boekhouding kijkt het na', followUpOn: addDays(today, i) }).run()
  }
  for (const customerId of new Set(overdueAll.map((x) => x.customerId))) syncFlags(tx, customerId, today)
  return { disputes: disputed.length, promises: promised.length, plans, handovers }
}
