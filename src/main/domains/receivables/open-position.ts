// The headline figures of the open items as of a day, from the one definition in open-items.ts: the
// dashboard's tiles, the report's totals and the export's title block all come from here.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { OpenPositionDto } from '../../../shared/ipc/reports.contract'
import type { AppDb } from '../../db/connection'
import { openItems, unappliedPayments } from './open-items'

type Row = Omit<OpenPositionDto, 'asOf' | 'unappliedCents' | 'unappliedCount'>

/**
 * Open total (invoices plus credit notes, disputed included), its parts, what is past due (items
 * whose due date is before `asOf`, credit notes too, so current + past due = open) and what is
 * disputed; unapplied payments beside it.
 */
export function openPosition(db: AppDb, asOf: IsoDate): OpenPositionDto {
  const row = db.get<Row>(sql`
    WITH i AS (SELECT customer_id, due_date, open_cents, disputed FROM ${openItems(db, asOf)}),
    late AS (SELECT customer_id, sum(open_cents) AS cents FROM i WHERE due_date < ${asOf} GROUP BY customer_id)
    SELECT coalesce(sum(open_cents), 0) AS openCents, count(*) AS openCount,
           coalesce(sum(CASE WHEN open_cents > 0 THEN open_cents END), 0) AS invoicesCents,
           coalesce(sum(open_cents > 0), 0) AS invoicesCount,
           coalesce(sum(CASE WHEN open_cents < 0 THEN open_cents END), 0) AS creditNotesCents,
           coalesce(sum(open_cents < 0), 0) AS creditNotesCount,
           coalesce(sum(CASE WHEN due_date < ${asOf} THEN open_cents END), 0) AS overdueCents,
           coalesce(sum(due_date < ${asOf}), 0) AS overdueCount,
           (SELECT count(*) FROM late WHERE cents > 0) AS customersOverdue,
           coalesce(sum(CASE WHEN disputed = 1 THEN open_cents END), 0) AS disputedCents,
           coalesce(sum(disputed), 0) AS disputedCount
    FROM i`)
  const unapplied = unappliedPayments(db, asOf)
  return {
    asOf,
    openCents: row?.openCents ?? 0,
    openCount: row?.openCount ?? 0,
    invoicesCents: row?.invoicesCents ?? 0,
    invoicesCount: row?.invoicesCount ?? 0,
    creditNotesCents: row?.creditNotesCents ?? 0,
    creditNotesCount: row?.creditNotesCount ?? 0,
    overdueCents: row?.overdueCents ?? 0,
    overdueCount: row?.overdueCount ?? 0,
    customersOverdue: row?.customersOverdue ?? 0,
    disputedCents: row?.disputedCents ?? 0,
    disputedCount: row?.disputedCount ?? 0,
    unappliedCents: unapplied.cents,
    unappliedCount: unapplied.count
  }
}
