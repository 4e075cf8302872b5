// THE definition of an open item, as of any day: the dashboard, the grids, the risk card, the reports,
// the exports and the letters all read open amounts through `openItems`, so their totals reconcile.
//
// An item (an invoice, or a credit note with a negative amount) is open on day D when it was issued by
// then (invoice_date <= D) and its open amount that day is not zero. Today's amount is stored
// (invoices.open_cents of the items with status 'open'). For an earlier day the history is replayed:
// money dated after D is added back (bank allocations by the entry's booking date, the accounting
// package's movements in invoice_payments by their date), and an item closed after D (settled_on,
// else the day an import found it gone) counts from its amount less what was paid by D.
//
// - Credit notes count in every total, negative, in the bucket of their own due date.
// - Disputed items count in every total; every screen shows their part apart (disputedCents).
// - Unapplied payments (money in that no item was matched to) belong to no customer: they are shown
//   beside the open total (`unappliedPayments`), never netted into it.
import { type SQL, sql } from 'drizzle-orm'
import { addDays, type IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'

/** The columns an open-items row carries besides `open_cents`, the open amount as of the day asked. */
const NAMES = ['id', 'customer_id', 'number', 'invoice_date', 'due_date', 'amount_cents', 'disputed', 'on_hold', 'handed_over', 'dunning_level', 'last_dunned_on', 'payment_reference', 'description', 'status']
const COLUMNS = sql.raw(NAMES.join(', '))
const I_COLUMNS = sql.raw(NAMES.map((n) => `i.${n}`).join(', '))

/**
 * True when something dated after `asOf` changed an open amount, so the stored amounts are not that day's.
 * Every part is an index probe (`+settled_on` keeps SQLite off the settled_on index, where the open
 * items all sit under NULL, and on archived_at): the grid and every report ask this first.
 */
export function hasHistoryAfter(db: AppDb, asOf: IsoDate): boolean {
  const next = addDays(asOf, 1)
  // `+settled_on` keeps SQLite on the archived_at range: through the settled_on index it visited every open item
  const row = db.get<{ moved: number }>(sql`
    SELECT EXISTS(SELECT 1 FROM bank_entries e JOIN allocations a ON a.entry_id = e.id
                  WHERE e.booking_date > ${asOf} AND a.undone_at IS NULL)
        OR EXISTS(SELECT 1 FROM invoice_payments WHERE paid_on > ${asOf})
        OR EXISTS(SELECT 1 FROM invoices WHERE settled_on > ${asOf} AND status <> 'open')
        OR EXISTS(SELECT 1 FROM invoices WHERE archived_at >= ${next} AND +settled_on IS NULL AND status <> 'open') AS moved`)
  return row?.moved === 1
}

/** Today's items straight from the stored amounts: the covering index answers it. */
function storedOpenItems(asOf: IsoDate): SQL {
  return sql`(SELECT ${COLUMNS}, open_cents FROM invoices WHERE status = 'open' AND open_cents <> 0 AND invoice_date <= ${asOf})`
}

/** Money dated after `asOf`, per item: what has to be added back to reach that day's open amount. */
function paidAfter(asOf: IsoDate): SQL {
  return sql`
    SELECT invoice_id, sum(cents) AS cents FROM (
      SELECT a.invoice_id, a.amount_cents AS cents FROM allocations a JOIN bank_entries e ON e.id = a.entry_id
      WHERE e.booking_date > ${asOf} AND a.undone_at IS NULL
      UNION ALL
      SELECT invoice_id, amount_cents FROM invoice_payments WHERE paid_on > ${asOf})
    GROUP BY invoice_id`
}

/** Everything ever paid on a closed item (its amount less this is what it was closed with, e.g. by an import). */
const paidInTotal = sql.raw(`(coalesce((SELECT sum(amount_cents) FROM allocations WHERE invoice_id = i.id AND undone_at IS NULL), 0)
   + coalesce((SELECT sum(amount_cents) FROM invoice_payments WHERE invoice_id = i.id), 0))`)

/** The items as they stood at the end of `asOf`, replayed from the payment history. */
function replayedOpenItems(asOf: IsoDate): SQL {
  const next = addDays(asOf, 1)
  return sql`(
    WITH later AS (${paidAfter(asOf)}),
    items AS (
      SELECT ${I_COLUMNS}, i.open_cents + coalesce(l.cents, 0) AS open_cents
      FROM invoices i LEFT JOIN later l ON l.invoice_id = i.id
      WHERE i.status = 'open' AND i.invoice_date <= ${asOf}
      UNION ALL
      SELECT ${I_COLUMNS}, i.amount_cents - ${paidInTotal} + coalesce(l.cents, 0)
      FROM invoices i LEFT JOIN later l ON l.invoice_id = i.id
      WHERE i.status <> 'open' AND i.settled_on > ${asOf} AND i.invoice_date <= ${asOf}
      UNION ALL
      SELECT ${I_COLUMNS}, i.amount_cents - ${paidInTotal} + coalesce(l.cents, 0)
      FROM invoices i LEFT JOIN later l ON l.invoice_id = i.id
      WHERE i.status <> 'open' AND i.settled_on IS NULL AND i.archived_at >= ${next} AND i.invoice_date <= ${asOf})
    SELECT * FROM items WHERE open_cents <> 0)`
}

/**
 * The open items as of `asOf`, as a table expression: `FROM ${openItems(db, asOf)} AS i`. Without
 * history after that day (the usual case: today) it reads the stored amounts through the indexes;
 * otherwise it replays payments (`replay: true` forces that, for tests).
 */
export function openItems(db: AppDb, asOf: IsoDate, opts: { replay?: boolean } = {}): SQL {
  return opts.replay || hasHistoryAfter(db, asOf) ? replayedOpenItems(asOf) : storedOpenItems(asOf)
}

/** Money received by `asOf` that is not applied to any item (unknown payers, overpayments). */
export function unappliedPayments(db: AppDb, asOf: IsoDate): { cents: number; count: number } {
  const row = db.get<{ cents: number; count: number }>(sql`
    SELECT coalesce(sum(unapplied_cents), 0) AS cents, count(*) AS count FROM bank_entries
    WHERE status IN ('unmatched', 'partial') AND amount_cents > 0 AND unapplied_cents > 0 AND booking_date <= ${asOf}`)
  return { cents: row?.cents ?? 0, count: row?.count ?? 0 }
}
