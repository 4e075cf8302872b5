// What a credit manager records between reminders: promises, payment plans, disputes and notes.
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { createdAt, id, isInteger, isIsoDate, isIsoDateOrNull, oneOf } from './columns'
import { customers } from './customers'
import { invoices } from './invoices'

export const PROMISE_STATUSES = ['open', 'kept', 'broken', 'cancelled'] as const
export const PLAN_STATUSES = ['active', 'completed', 'defaulted', 'cancelled'] as const
export const DISPUTE_STATUSES = ['open', 'resolved', 'rejected'] as const
export const NOTE_KINDS = ['note', 'call', 'email', 'letter', 'system'] as const

export const promises = sqliteTable(
  'promises',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    invoiceId: integer().references(() => invoices.id),
    promisedDate: text().notNull(),
    amountCents: integer().notNull(),
    status: text({ enum: PROMISE_STATUSES }).notNull().default('open'),
    note: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('promises_customer').on(t.customerId, t.status),
    check('promises_amount', isInteger(t.amountCents)),
    check('promises_date', isIsoDate(t.promisedDate)),
    check('promises_status', oneOf(t.status, PROMISE_STATUSES))
  ]
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
    totalCents: integer().notNull(),
    note: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('payment_plans_customer').on(t.customerId, t.status),
    check('payment_plans_total', isInteger(t.totalCents)),
    check('payment_plans_start', isIsoDate(t.startDate)),
    check('payment_plans_status', oneOf(t.status, PLAN_STATUSES))
  ]
)

export const planInstalments = sqliteTable(
  'plan_instalments',
  {
    id: id(),
    planId: integer()
      .notNull()
      .references(() => paymentPlans.id),
    seq: integer().notNull(),
    dueDate: text().notNull(),
    amountCents: integer().notNull(),
    paidCents: integer().notNull().default(0)
  },
  (t) => [
    index('plan_instalments_plan').on(t.planId, t.seq),
    check('plan_instalments_amount', isInteger(t.amountCents)),
    check('plan_instalments_paid', isInteger(t.paidCents)),
    check('plan_instalments_due', isIsoDate(t.dueDate))
  ]
)

/** Invoices a payment plan covers: they leave dunning while the plan runs. */
export const planInvoices = sqliteTable('plan_invoices', {
  planId: integer()
    .notNull()
    .references(() => paymentPlans.id),
  invoiceId: integer()
    .notNull()
    .references(() => invoices.id)
})

export const disputes = sqliteTable(
  'disputes',
  {
    id: id(),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    reason: text().notNull(),
    status: text({ enum: DISPUTE_STATUSES }).notNull().default('open'),
    openedOn: text().notNull(),
    resolvedOn: text(),
    resolution: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('disputes_invoice').on(t.invoiceId, t.status),
    check('disputes_opened', isIsoDate(t.openedOn)),
    check('disputes_resolved', isIsoDateOrNull(t.resolvedOn)),
    check('disputes_status', oneOf(t.status, DISPUTE_STATUSES))
  ]
)

/** The customer timeline: notes, calls and system events. */
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
    createdAt: createdAt()
  },
  (t) => [index('notes_customer').on(t.customerId, t.createdAt), check('notes_kind', oneOf(t.kind, NOTE_KINDS))]
)
