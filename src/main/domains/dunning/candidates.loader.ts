// Loads what the proposal reads: the open items due by the horizon, per customer, with what was sent for
// each (the sent action lines are the history) and the exclusion state.
import { sql } from 'drizzle-orm'
import { type IsoDate, addDays } from '../../../shared/dates'
import { type CandidateCustomer, type CandidateInvoice, type DunningChannel, type InvoiceHistory, NO_HISTORY, type Notice } from '../../../shared/domains/dunning'
import type { CountryCode } from '../../../shared/domains/countries'
import type { DebtorType, Language } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'
import { loadExclusionState } from './exclusion-state'

/** Courtesy reminders look at most this many days ahead (the policy editor keeps courtesy days within it). */
export const COURTESY_HORIZON_DAYS = 30

type InvoiceRow = { id: number; customerId: number; number: string; dueDate: string; openCents: number; currency: string; policyId: number | null }
type CustomerRow = { id: number; code: string; name: string; debtorType: DebtorType; country: CountryCode; language: Language; email: string | null; policyId: number | null; segmentPolicyId: number | null }
type SentRow = { invoiceId: number; level: number; advances: number; daysOverdue: number; sentOn: string; channel: DunningChannel; legalNotice: number }

type History = { history: InvoiceHistory; firstNotice: Notice | null; firstReminder: Notice | null }

/** Folds the sent lines of one invoice (oldest first) into its history. */
function foldHistory(rows: readonly SentRow[]): History {
  let history: InvoiceHistory = NO_HISTORY
  let firstNotice: Notice | null = null
  let firstReminder: Notice | null = null
  for (const r of rows) {
    if (r.advances === 1 && r.level === 0) history = { ...history, courtesySent: true }
    if (r.advances === 1 && r.level >= history.reachedLevel && r.level > 0) history = { ...history, reachedLevel: r.level, lastSentOn: r.sentOn, lastChannel: r.channel }
    if (r.daysOverdue > 0 && r.channel !== 'phone') {
      const notice = { sentOn: r.sentOn, channel: r.channel }
      firstReminder ??= notice
      if (r.legalNotice === 1) firstNotice ??= notice
    }
  }
  return { history, firstNotice, firstReminder }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = out.get(k)
    if (list) list.push(r)
    else out.set(k, [r])
  }
  return out
}

/** Every customer with an open item due on or before `asOf` plus the courtesy horizon, in code order. */
export function loadCandidates(db: AppDb, asOf: IsoDate): CandidateCustomer[] {
  const horizon = addDays(asOf, COURTESY_HORIZON_DAYS)
  // the one definition of open, as of the proposal's day (replayed from the payment history for a past day)
  const items = openItems(db, asOf)
  const open = sql`SELECT id FROM ${items} AS o WHERE open_cents > 0 AND due_date <= ${horizon}`
  const invoices = db.all<InvoiceRow>(sql`
    SELECT o.id, o.customer_id AS customerId, o.number, o.due_date AS dueDate, o.open_cents AS openCents, i.currency, i.dunning_policy_id AS policyId
    FROM ${items} AS o JOIN invoices i ON i.id = o.id WHERE o.open_cents > 0 AND o.due_date <= ${horizon}
    ORDER BY o.customer_id, o.due_date, o.number`)
  const sent = groupBy(
    db.all<SentRow>(sql`
      SELECT l.invoice_id AS invoiceId, l.level, l.advances, l.days_overdue AS daysOverdue, a.sent_on AS sentOn, a.channel, a.legal_notice AS legalNotice
      FROM dunning_action_lines l JOIN dunning_actions a ON a.id = l.action_id
      WHERE a.status = 'sent' AND a.sent_on <= ${asOf} AND l.invoice_id IN (${open})
      ORDER BY a.sent_on, a.id`),
    (r) => r.invoiceId
  )
  // only consumer claims need the payment dates (the WIK basis after a 14-day letter): bank allocations
  // and the accounting package's payments, the same history the one definition of open replays
  const payments = groupBy(
    db.all<{ invoiceId: number; date: string; cents: number }>(sql`
      SELECT p.invoiceId, p.date, p.cents FROM (
        SELECT al.invoice_id AS invoiceId, e.booking_date AS date, al.amount_cents AS cents
        FROM allocations al JOIN bank_entries e ON e.id = al.entry_id WHERE al.undone_at IS NULL
        UNION ALL
        SELECT invoice_id, paid_on, amount_cents FROM invoice_payments) AS p
      JOIN invoices i ON i.id = p.invoiceId JOIN customers c ON c.id = i.customer_id
      WHERE c.debtor_type = 'b2c' AND p.date <= ${asOf} AND p.invoiceId IN (${open})`),
    (r) => r.invoiceId
  )
  const lastSent = new Map(
    db.all<{ customerId: number; on: string }>(sql`SELECT customer_id AS customerId, max(sent_on) AS "on" FROM dunning_actions WHERE status = 'sent' AND sent_on <= ${asOf} GROUP BY customer_id`).map((r) => [r.customerId, r.on])
  )
  const customers = new Map(
    db
      .all<CustomerRow>(sql`
        SELECT c.id, c.code, c.name, c.debtor_type AS debtorType, c.country, c.language, c.email, c.dunning_policy_id AS policyId,
               s.dunning_policy_id AS segmentPolicyId
        FROM customers c LEFT JOIN customer_risk r ON r.customer_id = c.id LEFT JOIN segments s ON s.id = r.segment_id
        WHERE c.id IN (SELECT customer_id FROM invoices WHERE id IN (${open}))`)
      .map((c) => [c.id, c])
  )
  const exclusions = loadExclusionState(db, asOf)
  const out: CandidateCustomer[] = []
  for (const [customerId, rows] of groupBy(invoices, (r) => r.customerId)) {
    const c = customers.get(customerId)
    if (!c) continue
    out.push({
      id: c.id,
      code: c.code,
      name: c.name,
      debtorType: c.debtorType,
      country: c.country,
      language: c.language,
      hasEmail: c.email !== null && c.email.trim() !== '',
      policyId: c.policyId,
      segmentPolicyId: c.segmentPolicyId,
      lastCommunicationOn: lastSent.get(c.id) ?? null,
      exclusion: exclusions.customer(c.id),
      invoices: rows.map(
        (r): CandidateInvoice => ({
          ...r,
          ...foldHistory(sent.get(r.id) ?? []),
          exclusion: exclusions.invoice(r.id),
          payments: payments.get(r.id) ?? []
        })
      )
    })
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}
