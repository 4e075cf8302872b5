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
import type { IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'

export type ExclusionState = {
  customer(id: number): CustomerExclusionState
  invoice(id: number): InvoiceExclusionState
}

type Patch<S> = Map<number, Partial<S>>

function patch<S>(map: Patch<S>, id: number, change: Partial<S>): void {
  map.set(id, { ...map.get(id), ...change })
}

/**
 * Reads the exclusion state of every customer and open invoice as of `asOf`; only rows that differ from
 * "nothing" are kept. Holds, snoozes and hand-overs are read from the flags arrangements keeps in step
 * with its records; disputes, promises and plans from the records themselves.
 */
export function loadExclusionState(db: AppDb, asOf: IsoDate): ExclusionState {
  const customers: Patch<CustomerExclusionState> = new Map()
  const invoices: Patch<InvoiceExclusionState> = new Map()

  for (const c of db.all<{ id: number; onHold: number; snoozedUntil: string | null }>(
    sql`SELECT id, on_hold AS onHold, snoozed_until AS snoozedUntil FROM customers WHERE on_hold = 1 OR snoozed_until IS NOT NULL`
  )) {
    patch(customers, c.id, { onHold: c.onHold === 1, snoozedUntil: c.snoozedUntil })
  }

  for (const i of db.all<{ id: number; disputed: number; onHold: number; snoozedUntil: string | null; handedOver: number }>(sql`
    SELECT id, disputed, on_hold AS onHold, snoozed_until AS snoozedUntil, handed_over AS handedOver FROM invoices
    WHERE status = 'open' AND (disputed = 1 OR on_hold = 1 OR handed_over = 1 OR snoozed_until IS NOT NULL)`)) {
    patch(invoices, i.id, { disputed: i.disputed === 1, onHold: i.onHold === 1, snoozedUntil: i.snoozedUntil, handedOver: i.handedOver === 1 })
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

  for (const p of db.all<{ invoiceId: number }>(sql`
    SELECT DISTINCT pi.invoice_id AS invoiceId FROM plan_invoices pi JOIN payment_plans p ON p.id = pi.plan_id WHERE p.status = 'active'`)) {
    patch(invoices, p.invoiceId, { onPlan: true })
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

  return {
    customer: (id) => ({ ...NO_CUSTOMER_EXCLUSIONS, ...customers.get(id) }),
    invoice: (id) => ({ ...NO_INVOICE_EXCLUSIONS, ...invoices.get(id) })
  }
}
