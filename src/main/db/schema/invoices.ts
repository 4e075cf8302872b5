import { sql } from 'drizzle-orm'
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { INVOICE_STATUSES } from '../../../shared/domains/receivables'
import { createdAt, flag, id, isInteger, isIntegerOrNull, isIsoDate, isIsoDateOrNull, oneOf, updatedAt } from './columns'
import { customers } from './customers'
import { dunningPolicies } from './dunning'

/** Open items: invoices and credit notes (negative amounts). Never deleted: a vanished item is archived. */
export const invoices = sqliteTable(
  'invoices',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    number: text().notNull(),
    invoiceDate: text().notNull(),
    dueDate: text().notNull(),
    currency: text().notNull().default('EUR'),
    amountCents: integer().notNull(),
    openCents: integer().notNull(),
    paymentReference: text(),
    description: text(),
    status: text({ enum: INVOICE_STATUSES }).notNull().default('open'),
    disputed: flag(),
    onHold: flag(),
    handedOver: flag(),
    /** dunning paused for this invoice up to and including this day */
    snoozedUntil: text(),
    /** an invoice-level dunning policy overrides the customer's and the administration's */
    dunningPolicyId: integer().references((): AnySQLiteColumn => dunningPolicies.id),
    /** cache of the highest level sent for this invoice (the truth is dunning_action_lines); kept by execute */
    dunningLevel: integer().notNull().default(0),
    lastDunnedOn: text(),
    /** the day the open amount reached zero (the payment that settled it), when known: payment history */
    settledOn: text(),
    importSource: text(),
    archivedAt: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex('invoices_customer_number').on(t.customerId, t.number),
    // hot queries: open items by due date (aging, dunning) and per customer
    index('invoices_status_due').on(t.status, t.dueDate, t.openCents),
    // the invoice grid's default order (due date, then id): a page is read in index order and stops at its limit
    index('invoices_open_due').on(t.status, t.dueDate),
    // covering index of the aging report: every figure it needs, grouped per customer without a sort
    index('invoices_open_aging').on(t.status, t.customerId, t.dueDate, t.invoiceDate, t.openCents, t.disputed),
    // aging as of a past date finds the items closed after it (receivables/open-items.ts)
    index('invoices_settled_on').on(t.settledOn),
    index('invoices_archived_at').on(t.archivedAt),
    // credit sales per month (KPIs)
    index('invoices_invoice_date').on(t.invoiceDate, t.amountCents),
    index('invoices_customer_status_due').on(t.customerId, t.status, t.dueDate),
    // covering index of the risk history: every invoice per customer in one narrow scan (risk/history.pass.ts)
    index('invoices_customer_history').on(t.customerId, t.invoiceDate, t.dueDate, t.settledOn, t.amountCents, t.status, t.openCents),
    // covering index of the open items the forecast predicts and the risk facts count (handed over), open ones
    // only; it leads with status all the same so that SQLite's planner prefers it for status = 'open'
    index('invoices_open_items')
      .on(t.status, t.dueDate, t.customerId, t.invoiceDate, t.openCents, t.amountCents, t.disputed, t.handedOver, t.number)
      .where(sql`${t.status} = 'open'`),
    index('invoices_payment_reference').on(t.paymentReference),
    // the few open items with a dunning flag (disputed, held, handed over, snoozed): the exclusion state reads
    // them through this index instead of every open item (dunning/exclusion-state.ts names it)
    index('invoices_dunning_flags')
      .on(t.id)
      .where(sql`${t.status} = 'open' AND (${t.disputed} = 1 OR ${t.onHold} = 1 OR ${t.handedOver} = 1 OR ${t.snoozedUntil} IS NOT NULL)`),
    check('invoices_amount_cents', isInteger(t.amountCents)),
    check('invoices_open_cents', isInteger(t.openCents)),
    check('invoices_open_within_amount', sql`abs(${t.openCents}) <= abs(${t.amountCents})`),
    check('invoices_dunning_level', isIntegerOrNull(t.dunningLevel)),
    check('invoices_invoice_date', isIsoDate(t.invoiceDate)),
    check('invoices_due_date', isIsoDate(t.dueDate)),
    check('invoices_last_dunned_on', isIsoDateOrNull(t.lastDunnedOn)),
    check('invoices_settled_on', isIsoDateOrNull(t.settledOn)),
    check('invoices_snoozed_until', isIsoDateOrNull(t.snoozedUntil)),
    check('invoices_status', oneOf(t.status, INVOICE_STATUSES))
  ]
)
