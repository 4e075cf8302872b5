// Money that reached a promise or a plan: bank allocations to its invoices made after it was agreed,
// booked up to a day, plus (for plans) what a payment with an instalment reference left unapplied,
// e.g. the costs and interest part once the invoices are paid.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'

/** Allocations to these invoices created at or after `since` (a timestamp), of entries booked up to `bookedUntil`. */
export function allocatedSince(tx: AppDb, invoiceIds: readonly number[], since: string, bookedUntil: IsoDate): number {
  if (invoiceIds.length === 0) return 0
  const row = tx.get<{ cents: number }>(sql`
    SELECT coalesce(sum(a.amount_cents), 0) AS cents
    FROM allocations a JOIN bank_entries e ON e.id = a.entry_id
    WHERE a.undone_at IS NULL AND a.created_at >= ${since} AND e.booking_date <= ${bookedUntil}
      AND a.invoice_id IN (${sql.join(invoiceIds.map((id) => sql`${id}`), sql`, `)})`)
  return row?.cents ?? 0
}

/** Unapplied money on entries booked up to `bookedUntil` that carry one of the plan's instalment references. */
export function unappliedOnPlanReferences(tx: AppDb, planId: number, bookedUntil: IsoDate): number {
  const row = tx.get<{ cents: number }>(sql`
    SELECT coalesce(sum(e.unapplied_cents), 0) AS cents FROM bank_entries e
    WHERE e.unapplied_cents > 0 AND e.booking_date <= ${bookedUntil} AND e.structured_reference IN (
      SELECT r.reference FROM payment_references r JOIN plan_instalments pi ON pi.id = r.source_id
      WHERE r.source_kind = 'instalment' AND pi.plan_id = ${planId})`)
  return row?.cents ?? 0
}
