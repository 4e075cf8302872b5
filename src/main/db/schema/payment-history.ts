import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { PAYMENT_HISTORY_KINDS, PAYMENT_HISTORY_SOURCES } from '../../../shared/domains/invoices/payment-history'
import { createdAt, id, isInteger, isIsoDate, oneOf } from './columns'
import { invoices } from './invoices'

/**
 * The movements that brought an item's open amount down in the accounting package (an auditfile's
 * bank, sales and memorial lines), one row each. Re-importing the same file writes nothing: a movement
 * is known by its place in the source (`source_ref`, e.g. fiscal year/journal/transaction/line).
 */
export const invoicePayments = sqliteTable(
  'invoice_payments',
  {
    id: id(),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    paidOn: text().notNull(),
    /** positive: the open amount went down by this much; negative: it went up (a reversed payment) */
    amountCents: integer().notNull(),
    kind: text({ enum: PAYMENT_HISTORY_KINDS }).notNull(),
    source: text({ enum: PAYMENT_HISTORY_SOURCES }).notNull(),
    sourceRef: text().notNull(),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex('invoice_payments_invoice_ref').on(t.invoiceId, t.sourceRef),
    index('invoice_payments_paid_on').on(t.paidOn),
    check('invoice_payments_amount_cents', isInteger(t.amountCents)),
    check('invoice_payments_paid_on_date', isIsoDate(t.paidOn)),
    check('invoice_payments_kind', oneOf(t.kind, PAYMENT_HISTORY_KINDS)),
    check('invoice_payments_source', oneOf(t.source, PAYMENT_HISTORY_SOURCES))
  ]
)
