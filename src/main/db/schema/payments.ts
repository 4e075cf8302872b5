import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { createdAt, id, isInteger, isIsoDate, isIsoDateOrNull, oneOf } from './columns'
import { invoices } from './invoices'

export const BANK_FORMATS = ['camt053', 'mt940', 'coda'] as const
export const ENTRY_STATUSES = ['unmatched', 'partial', 'matched', 'ignored'] as const
export const ALLOCATION_KINDS = ['auto', 'manual', 'return'] as const

export const bankAccounts = sqliteTable(
  'bank_accounts',
  {
    id: id(),
    /** IBAN without spaces, or the bank's own account id */
    account: text().notNull(),
    name: text(),
    currency: text().notNull().default('EUR'),
    /** closing date of the newest imported statement: the freshness guard reads it */
    lastStatementDate: text(),
    createdAt: createdAt()
  },
  (t) => [uniqueIndex('bank_accounts_account').on(t.account), check('bank_accounts_last', isIsoDateOrNull(t.lastStatementDate))]
)

export const bankStatements = sqliteTable(
  'bank_statements',
  {
    id: id(),
    bankAccountId: integer()
      .notNull()
      .references(() => bankAccounts.id),
    format: text({ enum: BANK_FORMATS }).notNull(),
    sourceFile: text().notNull(),
    fileSha256: text().notNull(),
    openingDate: text().notNull(),
    openingCents: integer().notNull(),
    closingDate: text().notNull(),
    closingCents: integer().notNull(),
    importedAt: createdAt()
  },
  (t) => [
    index('bank_statements_account_closing').on(t.bankAccountId, t.closingDate),
    check('bank_statements_format', oneOf(t.format, BANK_FORMATS)),
    check('bank_statements_opening_cents', isInteger(t.openingCents)),
    check('bank_statements_closing_cents', isInteger(t.closingCents)),
    check('bank_statements_opening_date', isIsoDate(t.openingDate)),
    check('bank_statements_closing_date', isIsoDate(t.closingDate))
  ]
)

export const bankEntries = sqliteTable(
  'bank_entries',
  {
    id: id(),
    statementId: integer()
      .notNull()
      .references(() => bankStatements.id),
    bankAccountId: integer()
      .notNull()
      .references(() => bankAccounts.id),
    bookingDate: text().notNull(),
    valueDate: text().notNull(),
    /** signed: money in is positive */
    amountCents: integer().notNull(),
    counterpartyName: text(),
    counterpartyAccount: text(),
    structuredReference: text(),
    remittance: text(),
    bankReference: text(),
    /** bank reference, or a hash of the entry: the same movement in overlapping files is stored once */
    dedupKey: text().notNull(),
    returnReason: text(),
    status: text({ enum: ENTRY_STATUSES }).notNull().default('unmatched'),
    /** part of an incoming amount not applied to any invoice (overpayment, unknown payer) */
    unappliedCents: integer().notNull().default(0),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex('bank_entries_dedup').on(t.bankAccountId, t.dedupKey),
    index('bank_entries_status').on(t.status, t.bookingDate),
    // payments booked after a date: aging as of a past date adds them back
    index('bank_entries_booking_date').on(t.bookingDate),
    index('bank_entries_reference').on(t.structuredReference),
    check('bank_entries_amount_cents', isInteger(t.amountCents)),
    check('bank_entries_unapplied_cents', isInteger(t.unappliedCents)),
    check('bank_entries_booking_date', isIsoDate(t.bookingDate)),
    check('bank_entries_value_date', isIsoDate(t.valueDate)),
    check('bank_entries_status', oneOf(t.status, ENTRY_STATUSES))
  ]
)

/** A bank entry applied (partly) to an invoice. Undo sets `undoneAt`; nothing is deleted. */
export const allocations = sqliteTable(
  'allocations',
  {
    id: id(),
    entryId: integer()
      .notNull()
      .references(() => bankEntries.id),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    amountCents: integer().notNull(),
    kind: text({ enum: ALLOCATION_KINDS }).notNull(),
    confidence: real(),
    reason: text().notNull(),
    createdAt: createdAt(),
    undoneAt: text()
  },
  (t) => [
    index('allocations_entry').on(t.entryId),
    index('allocations_invoice').on(t.invoiceId),
    check('allocations_amount_cents', isInteger(t.amountCents)),
    check('allocations_kind', oneOf(t.kind, ALLOCATION_KINDS))
  ]
)
