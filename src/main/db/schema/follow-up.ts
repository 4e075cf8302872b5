// What a credit manager records between reminders: promises, payment plans, disputes, holds, hand-overs
// and notes. The dunning engine reads these as exclusions; the flags on customers and invoices
// (on_hold, snoozed_until, disputed, handed_over) mirror the active records for fast filtering.
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import {
  CALL_OUTCOMES,
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
  HANDOVER_KINDS,
  HANDOVER_STATUSES,
  HOLD_KINDS,
  NOTE_KINDS,
  PLAN_FREQUENCIES,
  PLAN_STATUSES,
  PROMISE_STATUSES
} from '../../../shared/domains/arrangements/vocabulary'
import { createdAt, id, isInteger, isIntegerOrNull, isIsoDate, isIsoDateOrNull, oneOf } from './columns'
import { customers } from './customers'
import { invoices } from './invoices'

export { DISPUTE_STATUSES, NOTE_KINDS, PLAN_STATUSES, PROMISE_STATUSES } from '../../../shared/domains/arrangements/vocabulary'

/** A promise to pay an amount by a date for the invoices in `promise_invoices` (on a customer: all it had open). */
export const promises = sqliteTable(
  'promises',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    promisedDate: text().notNull(),
    amountCents: integer().notNull(),
    status: text({ enum: PROMISE_STATUSES }).notNull().default('open'),
    note: text(),
    /** the day the promise was found kept or broken, or was cancelled */
    resolvedOn: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('promises_customer').on(t.customerId, t.status),
    check('promises_amount', isInteger(t.amountCents)),
    check('promises_date', isIsoDate(t.promisedDate)),
    check('promises_status', oneOf(t.status, PROMISE_STATUSES)),
    check('promises_resolved', isIsoDateOrNull(t.resolvedOn))
  ]
)

/** The invoices a promise covers. */
export const promiseInvoices = sqliteTable(
  'promise_invoices',
  {
    promiseId: integer()
      .notNull()
      .references(() => promises.id),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id)
  },
  (t) => [primaryKey({ columns: [t.promiseId, t.invoiceId] }), index('promise_invoices_invoice').on(t.invoiceId)]
)

export const paymentPlans = sqliteTable(
  'payment_plans',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    status: text({ enum: PLAN_STATUSES }).notNull().default('active'),
    startDate: text().notNull(),
    /** everything the plan collects: principal + costs + interest (down payment included) */
    totalCents: integer().notNull(),
    frequency: text({ enum: PLAN_FREQUENCIES }).notNull().default('monthly'),
    instalmentCount: integer().notNull().default(1),
    downPaymentCents: integer().notNull().default(0),
    costsCents: integer().notNull().default(0),
    interestCents: integer().notNull().default(0),
    /** days after an instalment's due date before a shortfall breaks the plan */
    graceDays: integer().notNull().default(7),
    /** days before an instalment's due date its reminder is due */
    reminderDays: integer().notNull().default(5),
    /** the day the plan was completed, breached or cancelled */
    endedOn: text(),
    note: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('payment_plans_customer').on(t.customerId, t.status),
    check('payment_plans_total', isInteger(t.totalCents)),
    check('payment_plans_start', isIsoDate(t.startDate)),
    check('payment_plans_status', oneOf(t.status, PLAN_STATUSES)),
    check('payment_plans_frequency', oneOf(t.frequency, PLAN_FREQUENCIES)),
    check('payment_plans_count', sql`${t.instalmentCount} >= 1`),
    check('payment_plans_down', isInteger(t.downPaymentCents)),
    check('payment_plans_costs', isInteger(t.costsCents)),
    check('payment_plans_interest', isInteger(t.interestCents)),
    check('payment_plans_days', sql`${t.graceDays} >= 0 AND ${t.reminderDays} >= 0`),
    check('payment_plans_ended', isIsoDateOrNull(t.endedOn))
  ]
)

export const planInstalments = sqliteTable(
  'plan_instalments',
  {
    id: id(),
    planId: integer()
      .notNull()
      .references(() => paymentPlans.id),
    /** 0 is the down payment */
    seq: integer().notNull(),
    dueDate: text().notNull(),
    amountCents: integer().notNull(),
    /** the day the reminder before this instalment was sent */
    remindedOn: text()
  },
  (t) => [
    uniqueIndex('plan_instalments_plan_seq').on(t.planId, t.seq),
    check('plan_instalments_amount', isInteger(t.amountCents)),
    check('plan_instalments_due', isIsoDate(t.dueDate)),
    check('plan_instalments_reminded', isIsoDateOrNull(t.remindedOn))
  ]
)

/** Invoices a payment plan covers: they leave dunning while the plan runs. */
export const planInvoices = sqliteTable(
  'plan_invoices',
  {
    planId: integer()
      .notNull()
      .references(() => paymentPlans.id),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id)
  },
  (t) => [uniqueIndex('plan_invoices_plan_invoice').on(t.planId, t.invoiceId), index('plan_invoices_invoice').on(t.invoiceId)]
)

export const disputes = sqliteTable(
  'disputes',
  {
    id: id(),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    reason: text({ enum: DISPUTE_REASONS }).notNull(),
    status: text({ enum: DISPUTE_STATUSES }).notNull().default('open'),
    /** the disputed part; null disputes the whole invoice */
    amountCents: integer(),
    /** what the debtor says */
    note: text(),
    openedOn: text().notNull(),
    resolvedOn: text(),
    /** why it was accepted, rejected or cancelled */
    resolution: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('disputes_invoice').on(t.invoiceId, t.status),
    check('disputes_opened', isIsoDate(t.openedOn)),
    check('disputes_resolved', isIsoDateOrNull(t.resolvedOn)),
    check('disputes_status', oneOf(t.status, DISPUTE_STATUSES)),
    check('disputes_reason', oneOf(t.reason, DISPUTE_REASONS)),
    check('disputes_amount', isIntegerOrNull(t.amountCents))
  ]
)

/** Dunning paused for a customer, or for one invoice, with a reason; a snooze always ends on a date. */
export const holds = sqliteTable(
  'holds',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    invoiceId: integer().references(() => invoices.id),
    kind: text({ enum: HOLD_KINDS }).notNull(),
    reason: text().notNull(),
    startsOn: text().notNull(),
    /** last day of the pause; null holds until released */
    until: text(),
    /** the day it was released or expired */
    endedOn: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('holds_customer').on(t.customerId, t.endedOn),
    index('holds_invoice').on(t.invoiceId),
    check('holds_kind', oneOf(t.kind, HOLD_KINDS)),
    check('holds_starts', isIsoDate(t.startsOn)),
    check('holds_until', isIsoDateOrNull(t.until)),
    check('holds_ended', isIsoDateOrNull(t.endedOn)),
    check('holds_snooze_ends', sql`${t.kind} = 'hold' OR ${t.until} IS NOT NULL`)
  ]
)

/** A customer's claim handed over to a collection agency, bailiff or lawyer: dunning stops for good. */
export const handovers = sqliteTable(
  'handovers',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    kind: text({ enum: HANDOVER_KINDS }).notNull(),
    /** who took it over: the agency, bailiff or lawyer */
    party: text().notNull(),
    handedOverOn: text().notNull(),
    /** their case number */
    reference: text(),
    note: text(),
    status: text({ enum: HANDOVER_STATUSES }).notNull().default('active'),
    withdrawnOn: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('handovers_customer').on(t.customerId, t.status),
    check('handovers_kind', oneOf(t.kind, HANDOVER_KINDS)),
    check('handovers_status', oneOf(t.status, HANDOVER_STATUSES)),
    check('handovers_on', isIsoDate(t.handedOverOn)),
    check('handovers_withdrawn', isIsoDateOrNull(t.withdrawnOn))
  ]
)

/** The invoices in a hand-over, with what was open on the day. */
export const handoverInvoices = sqliteTable(
  'handover_invoices',
  {
    handoverId: integer()
      .notNull()
      .references(() => handovers.id),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    openCents: integer().notNull()
  },
  (t) => [primaryKey({ columns: [t.handoverId, t.invoiceId] }), index('handover_invoices_invoice').on(t.invoiceId), check('handover_invoices_open', isInteger(t.openCents))]
)

/** The customer timeline: notes, calls (with their outcome) and system events; a follow-up date lands in the worklist. */
export const notes = sqliteTable(
  'notes',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    invoiceId: integer().references(() => invoices.id),
    kind: text({ enum: NOTE_KINDS }).notNull().default('note'),
    body: text().notNull(),
    callOutcome: text({ enum: CALL_OUTCOMES }),
    followUpOn: text(),
    followUpDoneOn: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('notes_customer').on(t.customerId, t.createdAt),
    index('notes_follow_up').on(t.followUpOn),
    check('notes_kind', oneOf(t.kind, NOTE_KINDS)),
    check('notes_outcome', sql`${t.callOutcome} IS NULL OR ${oneOf(t.callOutcome, CALL_OUTCOMES)}`),
    check('notes_follow_up', isIsoDateOrNull(t.followUpOn)),
    check('notes_follow_up_done', isIsoDateOrNull(t.followUpDoneOn))
  ]
)
