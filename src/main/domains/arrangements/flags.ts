// The quick-filter flags on invoices and customers (disputed, on_hold, snoozed_until, handed_over) mirror
// the records in force. Every change to a record recomputes them here, in the same transaction.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'

const inForce = (asOf: IsoDate) => sql`h.starts_on <= ${asOf} AND (h.until IS NULL OR ${asOf} <= h.until) AND (h.ended_on IS NULL OR ${asOf} < h.ended_on)`

/** Recomputes the flags of one customer and all of its invoices as of `asOf`. */
export function syncFlags(tx: AppDb, customerId: number, asOf: IsoDate): void {
  tx.run(sql`
    UPDATE invoices AS i SET
      disputed = EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id AND d.status IN ('open', 'accepted')),
      on_hold = EXISTS (SELECT 1 FROM holds h WHERE h.invoice_id = i.id AND h.kind = 'hold' AND ${inForce(asOf)}),
      snoozed_until = (SELECT max(h.until) FROM holds h WHERE h.invoice_id = i.id AND h.kind = 'snooze' AND ${inForce(asOf)}),
      handed_over = EXISTS (SELECT 1 FROM handover_invoices hi JOIN handovers ho ON ho.id = hi.handover_id WHERE hi.invoice_id = i.id AND ho.status = 'active')
    WHERE i.customer_id = ${customerId}`)
  tx.run(sql`
    UPDATE customers AS c SET
      on_hold = EXISTS (SELECT 1 FROM holds h WHERE h.customer_id = c.id AND h.invoice_id IS NULL AND h.kind = 'hold' AND ${inForce(asOf)}),
      snoozed_until = (SELECT max(h.until) FROM holds h WHERE h.customer_id = c.id AND h.invoice_id IS NULL AND h.kind = 'snooze' AND ${inForce(asOf)})
    WHERE c.id = ${customerId}`)
}
