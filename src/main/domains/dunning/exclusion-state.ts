// THE loader of everything that can keep a customer or an invoice out of dunning: disputes, promises,
// payment plans, holds, snoozes, hand-overs and the customer's unapplied money. It only reads state; the
// pure rules in src/shared/domains/dunning/eligibility.ts decide on a date what it means.
// To add a kind of exclusion: add a field to the state types there, fill it here, add a rule there.
import { sql } from 'drizzle-orm'
import {
  type CustomerExclusionState,
  type InvoiceExclusionState,
  NO_CUSTOMER_EXCLUSIONS,
  NO_INVOICE_EXCLUSIONS
} from '../../../shared/domains/dunning'
import { addDays, type IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'
import { planDetail } from '../arrangements/plans.service'
import { openItems } from '../receivables/open-items'

export type ExclusionState = {
  customer(id: number): CustomerExclusionState
  invoice(id: number): InvoiceExclusionState
}

type Patch<S> = Map<number, Partial<S>>

/** The state's `snoozedUntil` is the day reminders may resume: the day after the last snoozed day. */
const resumesOn = (lastDay: IsoDate | null): IsoDate | null => (lastDay === null ? null : addDays(lastDay, 1))

function planRunsOn(db: AppDb, planId: number, asOf: IsoDate): boolean {
  const breachedOn = planDetail(db, planId, asOf).progress.breachedOn
  return breachedOn === null || breachedOn > asOf
}

function patch<S>(map: Patch<S>, id: number, change: Partial<S>): void {
  map.set(id, { ...map.get(id), ...change })
}

/**
 * Reads the exclusion state of every customer and open invoice as of `asOf`; only rows that differ from
 * "nothing" are kept. Holds, snoozes, hand-overs, disputes, promises and plans come from the arrangements
 * records, as they stand on `asOf` (a hold that ended, or a plan breached by then, no longer counts); the
 * flags on customers and invoices only speak for items without such records (imports, older files).
 */
export function loadExclusionState(db: AppDb, asOf: IsoDate): ExclusionState {
  const customers: Patch<CustomerExclusionState> = new Map()
  const invoices: Patch<InvoiceExclusionState> = new Map()

  // customers and invoices without hold records keep their flags (set by an import or by hand); the flagged
  // invoices come from their partial index (its WHERE is this one), not from a pass over every open item
  for (const c of db.all<{ id: number; onHold: number; snoozedUntil: string | null }>(sql`
    SELECT id, on_hold AS onHold, snoozed_until AS snoozedUntil FROM customers
    WHERE (on_hold = 1 OR snoozed_until IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.customer_id = customers.id AND h.invoice_id IS NULL)`)) {
    patch(customers, c.id, { onHold: c.onHold === 1, snoozedUntil: resumesOn(c.snoozedUntil) })
  }

  for (const i of db.all<{ id: number; disputed: number; onHold: number; snoozedUntil: string | null; handedOver: number; heldByRecord: number; handedByRecord: number }>(sql`
    SELECT id, disputed, on_hold AS onHold, snoozed_until AS snoozedUntil, handed_over AS handedOver,
           EXISTS (SELECT 1 FROM holds h WHERE h.invoice_id = invoices.id) AS heldByRecord,
           EXISTS (SELECT 1 FROM handover_invoices hi WHERE hi.invoice_id = invoices.id) AS handedByRecord
    FROM invoices INDEXED BY invoices_dunning_flags
    WHERE status = 'open' AND (disputed = 1 OR on_hold = 1 OR handed_over = 1 OR snoozed_until IS NOT NULL)`)) {
    const held = i.heldByRecord === 1 ? {} : { onHold: i.onHold === 1, snoozedUntil: resumesOn(i.snoozedUntil) }
    const handed = i.handedByRecord === 1 ? {} : { handedOver: i.handedOver === 1 }
    patch(invoices, i.id, { disputed: i.disputed === 1, ...held, ...handed })
  }

  // holds and snoozes from their records, as in force on `asOf`: a hold ends with its end date, a snooze
  // keeps reminders back up to and including its date
  for (const h of db.all<{ customerId: number; invoiceId: number | null; kind: 'hold' | 'snooze'; until: string | null }>(sql`
    SELECT customer_id AS customerId, invoice_id AS invoiceId, kind, until FROM holds
    WHERE starts_on <= ${asOf} AND (until IS NULL OR until >= ${asOf}) AND (ended_on IS NULL OR ended_on > ${asOf})`)) {
    const change = h.kind === 'hold' ? { onHold: true } : { snoozedUntil: resumesOn(h.until) }
    if (h.invoiceId === null) patch(customers, h.customerId, change)
    else patch(invoices, h.invoiceId, change)
  }

  for (const h of db.all<{ invoiceId: number }>(sql`
    SELECT DISTINCT hi.invoice_id AS invoiceId FROM handover_invoices hi JOIN handovers ho ON ho.id = hi.handover_id
    WHERE ho.status = 'active' AND ho.handed_over_on <= ${asOf}`)) {
    patch(invoices, h.invoiceId, { handedOver: true })
  }

  for (const d of db.all<{ invoiceId: number; since: string }>(sql`
    SELECT invoice_id AS invoiceId, min(opened_on) AS since FROM disputes WHERE status IN ('open', 'accepted') GROUP BY invoice_id`)) {
    patch(invoices, d.invoiceId, { disputed: true, disputedSince: d.since })
  }

  for (const p of db.all<{ invoiceId: number; until: string }>(sql`
    SELECT pi.invoice_id AS invoiceId, max(p.promised_date) AS until
    FROM promises p JOIN promise_invoices pi ON pi.promise_id = p.id WHERE p.status = 'open' GROUP BY pi.invoice_id`)) {
    patch(invoices, p.invoiceId, { promisedUntil: p.until })
  }

  // a plan still marked active but already breached on `asOf` (not yet evaluated, or a future day) no longer covers
  for (const p of db.all<{ planId: number; invoiceId: number }>(sql`
    SELECT pi.plan_id AS planId, pi.invoice_id AS invoiceId FROM plan_invoices pi JOIN payment_plans p ON p.id = pi.plan_id WHERE p.status = 'active'`)) {
    if (planRunsOn(db, p.planId, asOf)) patch(invoices, p.invoiceId, { onPlan: true })
  }
  for (const p of db.all<{ customerId: number }>(sql`
    SELECT DISTINCT customer_id AS customerId FROM payment_plans p
    WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM plan_invoices pi WHERE pi.plan_id = p.id)`)) {
    patch(customers, p.customerId, { planWithoutInvoices: true })
  }

  // the customer's own money: open credit notes (the one definition of open), and receipts from the
  // customer's IBAN that no item was matched to yet
  for (const u of db.all<{ customerId: number; cents: number }>(sql`
    SELECT customerId, sum(cents) AS cents FROM (
      SELECT customer_id AS customerId, -open_cents AS cents FROM ${openItems(db, asOf)} AS o WHERE open_cents < 0
      UNION ALL
      SELECT c.id, e.unapplied_cents FROM bank_entries e
      JOIN customers c ON c.iban IS NOT NULL AND replace(upper(c.iban), ' ', '') = replace(upper(e.counterparty_account), ' ', '')
      WHERE e.status IN ('unmatched', 'partial') AND e.unapplied_cents > 0 AND e.amount_cents > 0 AND e.booking_date <= ${asOf}
    ) GROUP BY customerId`)) {
    patch(customers, u.customerId, { unappliedCents: u.cents })
  }

  // whole states once, and the shared "nothing" for everyone else (a proposal asks for 100,000 invoices)
  const customerStates = new Map([...customers].map(([id, change]) => [id, { ...NO_CUSTOMER_EXCLUSIONS, ...change }]))
  const invoiceStates = new Map([...invoices].map(([id, change]) => [id, { ...NO_INVOICE_EXCLUSIONS, ...change }]))
  return {
    customer: (id) => customerStates.get(id) ?? NO_CUSTOMER_EXCLUSIONS,
    invoice: (id) => invoiceStates.get(id) ?? NO_INVOICE_EXCLUSIONS
  }
}
