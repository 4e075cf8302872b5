// The customer timeline: everything recorded between reminders, the reminders and letters sent, and the
// payments received, newest first, a page at a time. One UNION query keeps the paging in SQL.
import { sql } from 'drizzle-orm'
import type { TimelineEventDto } from '../../../shared/ipc/arrangements.contract'
import type { AppDb } from '../../db/connection'

type Row = Omit<TimelineEventDto, 'invoiceNumbers'> & { invoiceNumbers: string | null }

function events(customerId: number) {
  return sql`
    SELECT date(p.created_at) AS date, p.created_at AS at, 'promise' AS kind, p.id AS recordId, p.status, p.amount_cents AS amountCents,
           p.promised_date AS date2, NULL AS code, p.note AS text,
           (SELECT group_concat(i.number, ', ') FROM promise_invoices pi JOIN invoices i ON i.id = pi.invoice_id WHERE pi.promise_id = p.id) AS invoiceNumbers
    FROM promises p WHERE p.customer_id = ${customerId}
    UNION ALL
    SELECT date(pp.created_at), pp.created_at, 'plan', pp.id, pp.status, pp.total_cents, pp.start_date, pp.frequency, pp.note,
           (SELECT group_concat(i.number, ', ') FROM plan_invoices x JOIN invoices i ON i.id = x.invoice_id WHERE x.plan_id = pp.id)
    FROM payment_plans pp WHERE pp.customer_id = ${customerId}
    UNION ALL
    SELECT d.opened_on, d.created_at, 'dispute', d.id, d.status, coalesce(d.amount_cents, i.open_cents), d.resolved_on, d.reason,
           coalesce(d.resolution, d.note), i.number
    FROM disputes d JOIN invoices i ON i.id = d.invoice_id WHERE i.customer_id = ${customerId}
    UNION ALL
    SELECT h.starts_on, h.created_at, h.kind, h.id, CASE WHEN h.ended_on IS NULL THEN 'active' ELSE 'ended' END, NULL, h.until, NULL, h.reason, i.number
    FROM holds h LEFT JOIN invoices i ON i.id = h.invoice_id WHERE h.customer_id = ${customerId}
    UNION ALL
    SELECT ho.handed_over_on, ho.created_at, 'handover', ho.id, ho.status,
           (SELECT sum(x.open_cents) FROM handover_invoices x WHERE x.handover_id = ho.id), ho.withdrawn_on, ho.kind, ho.party,
           (SELECT group_concat(i.number, ', ') FROM handover_invoices x JOIN invoices i ON i.id = x.invoice_id WHERE x.handover_id = ho.id)
    FROM handovers ho WHERE ho.customer_id = ${customerId}
    UNION ALL
    SELECT date(n.created_at), n.created_at, n.kind, n.id, CASE WHEN n.follow_up_on IS NULL THEN NULL WHEN n.follow_up_done_on IS NULL THEN 'follow-up' ELSE 'done' END,
           NULL, n.follow_up_on, n.call_outcome, n.body, i.number
    FROM notes n LEFT JOIN invoices i ON i.id = n.invoice_id WHERE n.customer_id = ${customerId}
    UNION ALL
    SELECT a.sent_on, a.created_at, 'reminder', a.id, a.channel, a.principal_cents + a.fee_cents + a.costs_cents + a.interest_cents, NULL, CAST(a.level AS TEXT), NULL,
           (SELECT group_concat(l.number, ', ') FROM dunning_action_lines l WHERE l.action_id = a.id)
    FROM dunning_actions a WHERE a.customer_id = ${customerId} AND a.status = 'sent' AND a.sent_on IS NOT NULL
    UNION ALL
    -- statements, plan agreements and instalment reminders once they went out (a reminder letter is its reminder above)
    SELECT lt.letter_date, lt.sent_at, 'letter', lt.id, lt.channel, lt.total_cents, NULL, lt.kind, NULL, NULL
    FROM letters lt WHERE lt.customer_id = ${customerId} AND lt.kind <> 'dunning' AND lt.copy_of IS NULL AND lt.sent_at IS NOT NULL
    UNION ALL
    SELECT e.booking_date, min(al.created_at), 'payment', e.id, e.status, sum(al.amount_cents), NULL, NULL, e.counterparty_name, group_concat(i.number, ', ')
    FROM allocations al JOIN bank_entries e ON e.id = al.entry_id JOIN invoices i ON i.id = al.invoice_id
    WHERE i.customer_id = ${customerId} AND al.undone_at IS NULL
    GROUP BY e.id`
}

export function customerTimeline(db: AppDb, customerId: number, page: { offset: number; limit: number }): { events: TimelineEventDto[]; total: number } {
  const rows = db.all<Row>(sql`SELECT * FROM (${events(customerId)}) ORDER BY date DESC, at DESC, kind, recordId DESC LIMIT ${page.limit} OFFSET ${page.offset}`)
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${events(customerId)})`)?.n ?? 0
  return { events: rows.map((r) => ({ ...r, invoiceNumbers: r.invoiceNumbers === null ? [] : r.invoiceNumbers.split(', ') })), total }
}
