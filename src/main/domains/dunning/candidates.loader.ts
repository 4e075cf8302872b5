// Loads what the proposal reads: the open items due by the horizon, per customer, with what was sent for
// each (the sent action lines are the history) and the exclusion state.
import { sql } from 'drizzle-orm'
import { type IsoDate, addDays } from '../../../shared/dates'
import { type CandidateCustomer, type CandidateInvoice, type DunningChannel, NO_HISTORY } from '../../../shared/domains/dunning'
import type { Cents } from '../../../shared/money'
import type { CountryCode } from '../../../shared/domains/countries'
import type { DebtorType, Language } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'
import { loadExclusionState } from './exclusion-state'

/** Courtesy reminders look at most this many days ahead (the policy editor keeps courtesy days within it). */
export const COURTESY_HORIZON_DAYS = 30

/** One open item, in customer, due date and number order. */
type ItemRow = [id: number, customerId: number, number: string, dueDate: string, openCents: number, currency: string, policyId: number | null]
/** One line of an executed run, in sending order. */
type SentRow = [invoiceId: number, level: number, advances: number, daysOverdue: number, sentOn: string, channel: DunningChannel, legalNotice: number]
type CustomerRow = [
  id: number,
  code: string,
  name: string,
  debtorType: DebtorType,
  country: CountryCode,
  language: Language,
  email: string | null,
  policyId: number | null,
  segmentPolicyId: number | null
]
type Payment = { date: IsoDate; cents: Cents }

const NO_PAYMENTS: readonly Payment[] = []

/** Adds one sent line (oldest first) to the history of its invoice. */
function foldSent(invoice: CandidateInvoice, row: SentRow): void {
  const [, level, advances, daysOverdue, sentOn, channel, legalNotice] = row
  if (advances === 1 && level === 0) invoice.history = { ...invoice.history, courtesySent: true }
  if (advances === 1 && level >= invoice.history.reachedLevel && level > 0) invoice.history = { ...invoice.history, reachedLevel: level, lastSentOn: sentOn, lastChannel: channel }
  if (daysOverdue > 0 && channel !== 'phone') {
    const notice = { sentOn, channel }
    invoice.firstReminder ??= notice
    if (legalNotice === 1) invoice.firstNotice ??= notice
  }
}

/** Ids as a JSON array, for `IN (SELECT value FROM json_each(…))`: one bound parameter however many there are. */
const idList = (ids: Iterable<number>) => JSON.stringify([...ids])

/**
 * Every customer with an open item due on or before `asOf` plus the courtesy horizon, in code order. The open items
 * are read once; what hangs off them (sent lines, customers, consumer payments) is then read by id, in id order:
 * lines and actions were written in that order, so the encrypted pages are read once each, not at random.
 */
export function loadCandidates(db: AppDb, asOf: IsoDate): CandidateCustomer[] {
  const horizon = addDays(asOf, COURTESY_HORIZON_DAYS)
  const exclusions = loadExclusionState(db, asOf)
  // the one definition of open, as of the proposal's day (replayed from the payment history for a past day)
  const rows = db.values<ItemRow>(sql`
    SELECT o.id, o.customer_id, o.number, o.due_date, o.open_cents, i.currency, i.dunning_policy_id
    FROM ${openItems(db, asOf)} AS o JOIN invoices i ON i.id = o.id
    WHERE o.open_cents > 0 AND o.due_date <= ${horizon}
    ORDER BY o.customer_id, o.due_date, o.number`)
  const invoicesOf = new Map<number, CandidateInvoice[]>()
  const byId = new Map<number, CandidateInvoice>()
  for (const [id, customerId, number, dueDate, openCents, currency, policyId] of rows) {
    const invoice: CandidateInvoice = { id, number, dueDate, openCents, currency, policyId, history: NO_HISTORY, firstNotice: null, firstReminder: null, exclusion: exclusions.invoice(id), payments: NO_PAYMENTS }
    byId.set(id, invoice)
    const list = invoicesOf.get(customerId)
    if (list) list.push(invoice)
    else invoicesOf.set(customerId, [invoice])
  }
  const ids = idList([...byId.keys()].sort((a, b) => a - b))
  // only executed runs make history: a draft never escalates anything
  for (const row of db.values<SentRow>(sql`
    SELECT l.invoice_id, l.level, l.advances, l.days_overdue, a.sent_on, a.channel, a.legal_notice
    FROM dunning_action_lines l JOIN dunning_actions a ON a.id = l.action_id
    WHERE a.status = 'sent' AND a.sent_on <= ${asOf} AND l.invoice_id IN (SELECT value FROM json_each(${ids}))
    ORDER BY a.sent_on, a.id`)) {
    const invoice = byId.get(row[0])
    if (invoice) foldSent(invoice, row)
  }
  const customers = db.values<CustomerRow>(sql`
    SELECT c.id, c.code, c.name, c.debtor_type, c.country, c.language, c.email, c.dunning_policy_id, s.dunning_policy_id
    FROM customers c LEFT JOIN customer_risk r ON r.customer_id = c.id LEFT JOIN segments s ON s.id = r.segment_id
    WHERE c.id IN (SELECT value FROM json_each(${idList(invoicesOf.keys())}))`)
  loadConsumerPayments(db, asOf, customers.flatMap(([id, , , debtorType]) => (debtorType === 'b2c' ? (invoicesOf.get(id) ?? []) : [])))
  const lastSent = new Map(
    db.values<[number, string]>(sql`SELECT customer_id, max(sent_on) FROM dunning_actions WHERE status = 'sent' AND sent_on <= ${asOf} GROUP BY customer_id`)
  )
  const out: CandidateCustomer[] = customers.map(([id, code, name, debtorType, country, language, email, policyId, segmentPolicyId]) => ({
    id,
    code,
    name,
    debtorType,
    country,
    language,
    hasEmail: email !== null && email.trim() !== '',
    policyId,
    segmentPolicyId,
    lastCommunicationOn: lastSent.get(id) ?? null,
    exclusion: exclusions.customer(id),
    invoices: invoicesOf.get(id) ?? []
  }))
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/**
 * Consumer claims need their payment dates (the WIK basis after a 14-day letter): bank allocations and the
 * accounting package's payments, the same history the one definition of open replays.
 */
function loadConsumerPayments(db: AppDb, asOf: IsoDate, invoices: CandidateInvoice[]): void {
  if (invoices.length === 0) return
  const byId = new Map(invoices.map((i) => [i.id, i]))
  const rows = db.values<[number, string, number]>(sql`
    SELECT p.invoiceId, p.date, p.cents FROM (
      SELECT al.invoice_id AS invoiceId, e.booking_date AS date, al.amount_cents AS cents
      FROM allocations al JOIN bank_entries e ON e.id = al.entry_id WHERE al.undone_at IS NULL
      UNION ALL
      SELECT invoice_id, paid_on, amount_cents FROM invoice_payments) AS p
    WHERE p.date <= ${asOf} AND p.invoiceId IN (SELECT value FROM json_each(${idList(byId.keys())}))`)
  const paid = new Map<number, Payment[]>()
  for (const [invoiceId, date, cents] of rows) {
    const list = paid.get(invoiceId)
    if (list) list.push({ date, cents })
    else paid.set(invoiceId, [{ date, cents }])
  }
  for (const [invoiceId, payments] of paid) {
    const invoice = byId.get(invoiceId)
    if (invoice) invoice.payments = payments
  }
}
