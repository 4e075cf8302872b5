// Structured payment references issued by Debito (per plan instalment, per letter, …) and the invoices
// each one pays. A payment carrying such a reference is applied to those invoices, oldest first.
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { REFERENCE_SCHEMES, REFERENCE_SOURCES } from '../../../shared/domains/arrangements/vocabulary'
import { createdAt, id, oneOf } from './columns'
import { customers } from './customers'
import { invoices } from './invoices'

export const paymentReferences = sqliteTable(
  'payment_references',
  {
    id: id(),
    /** the bare form as banks report it: digits for OGM and betalingskenmerk, "RF…" upper case */
    reference: text().notNull(),
    scheme: text({ enum: REFERENCE_SCHEMES }).notNull(),
    /** what issued it, e.g. 'instalment' + plan_instalments.id or 'letter' + the letter's id */
    sourceKind: text({ enum: REFERENCE_SOURCES }).notNull(),
    sourceId: integer().notNull(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex('payment_references_reference').on(t.reference),
    index('payment_references_source').on(t.sourceKind, t.sourceId),
    check('payment_references_scheme', oneOf(t.scheme, REFERENCE_SCHEMES)),
    check('payment_references_source_kind', oneOf(t.sourceKind, REFERENCE_SOURCES))
  ]
)

/** The invoices a reference pays, in the order they were listed. */
export const paymentReferenceItems = sqliteTable(
  'payment_reference_items',
  {
    referenceId: integer()
      .notNull()
      .references(() => paymentReferences.id),
    seq: integer().notNull(),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id)
  },
  (t) => [primaryKey({ columns: [t.referenceId, t.seq] }), index('payment_reference_items_invoice').on(t.invoiceId)]
)
