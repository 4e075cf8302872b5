// Prepared statements for the bulk path: drizzle builds SQL per call (≈5× slower, STACK.md §4), so a
// 100k-row import binds positional parameters to statements prepared once per commit.
import type Database from 'better-sqlite3'
import type { ImportedCustomer } from '../../../shared/domains/imports/records'
import { checkVerifier, withChecksDeferred } from '../../db/deferred-checks'

/** A stored customer as the import reads it back: its id plus the fields an export can fill in. */
export type ExistingCustomer = { id: number } & Pick<
  ImportedCustomer,
  'code' | 'name' | 'email' | 'phone' | 'addressLine' | 'postalCode' | 'city' | 'vatNumber' | 'kboNumber' | 'kvkNumber' | 'iban' | 'paymentTermDays' | 'creditLimitCents'
>

export type ExistingInvoice = {
  id: number
  customerId: number
  number: string
  invoiceDate: string
  dueDate: string
  currency: string
  amountCents: number
  openCents: number
  paymentReference: string | null
  description: string | null
  status: string
  importSource: string | null
  archivedAt: string | null
  settledOn: string | null
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`

const INVOICE_COLUMNS = [
  'customer_id', 'number', 'invoice_date', 'due_date', 'currency', 'amount_cents', 'open_cents',
  'payment_reference', 'description', 'status', 'import_source', 'created_at', 'updated_at', 'settled_on'
] as const

const BATCH_ROWS = 64
/** rows buffered before they are written, whatever the caller's slices */
const FLUSH_ROWS = 4_096

type Value = string | number | null

/**
 * Buffers rows and writes them BATCH_ROWS at a time with one multi-row INSERT: a bound statement per
 * row costs more in the call than SQLite spends on the row. `flush()` writes what is buffered. After
 * `uncheck()` (a bulk load), the rows skip their CHECKs one by one and each flush verifies its rows in
 * one scan instead (db/deferred-checks.ts), while they are still in the cache.
 */
export function batchInsert(sqlite: Database.Database, table: string, columns: readonly string[]) {
  const values = (rows: number) => Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')
  const sql = (rows: number) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values(rows)}`
  const batch = BATCH_ROWS * columns.length
  let full: Database.Statement | null = null
  let buffer: Value[] = []
  let verify: ((afterRowid: number) => void) | null = null
  const lastRowid = sqlite.prepare<[], { id: number }>(`SELECT coalesce(max(rowid), 0) AS id FROM ${table}`)
  const write = () => {
    let at = 0
    for (; buffer.length - at >= batch; at += batch) (full ??= sqlite.prepare(sql(BATCH_ROWS))).run(buffer.slice(at, at + batch))
    if (at < buffer.length) sqlite.prepare(sql((buffer.length - at) / columns.length)).run(buffer.slice(at))
    buffer = []
  }
  const inserts = {
    uncheck() {
      verify = checkVerifier(sqlite, table)
    },
    add(row: readonly Value[]) {
      for (const v of row) buffer.push(v)
      if (buffer.length >= FLUSH_ROWS * columns.length) inserts.flush()
    },
    flush() {
      if (buffer.length === 0) return
      if (!verify) return write()
      const after = lastRowid.get()?.id ?? 0
      withChecksDeferred(sqlite, write)
      verify(after)
    }
  }
  return inserts
}

export function prepareImportStatements(sqlite: Database.Database) {
  return {
    customers: sqlite.prepare<[], ExistingCustomer>(
      `SELECT id, code, name, email, phone, address_line AS addressLine, postal_code AS postalCode, city, vat_number AS vatNumber,
              kbo_number AS kboNumber, kvk_number AS kvkNumber, iban, payment_term_days AS paymentTermDays, credit_limit_cents AS creditLimitCents
       FROM customers`
    ),
    insertCustomer: sqlite.prepare(
      `INSERT INTO customers (code, name, debtor_type, country, language, email, phone, address_line, postal_code, city,
                              vat_number, kbo_number, kvk_number, iban, payment_term_days, credit_limit_cents)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ),
    // only fills what Debito does not know yet: a bookkeeper's own corrections are never overwritten
    fillCustomer: sqlite.prepare(
      `UPDATE customers SET email = coalesce(email, ?), phone = coalesce(phone, ?), address_line = coalesce(address_line, ?),
              postal_code = coalesce(postal_code, ?), city = coalesce(city, ?), vat_number = coalesce(vat_number, ?),
              kbo_number = coalesce(kbo_number, ?), kvk_number = coalesce(kvk_number, ?), iban = coalesce(iban, ?),
              payment_term_days = coalesce(payment_term_days, ?), credit_limit_cents = coalesce(credit_limit_cents, ?), updated_at = ${NOW}
       WHERE id = ?`
    ),
    // a customer this import created: its final record, gathered from all its rows, replaces the first
    replaceCustomer: sqlite.prepare(
      `UPDATE customers SET name = ?, debtor_type = ?, country = ?, language = ?, email = ?, phone = ?, address_line = ?,
              postal_code = ?, city = ?, vat_number = ?, kbo_number = ?, kvk_number = ?, iban = ?, payment_term_days = ?,
              credit_limit_cents = ?, updated_at = ${NOW}
       WHERE id = ?`
    ),
    setDueDate: sqlite.prepare(`UPDATE invoices SET due_date = ? WHERE customer_id = ? AND number = ?`),
    invoices: sqlite.prepare<[], ExistingInvoice>(
      `SELECT id, customer_id AS customerId, number, invoice_date AS invoiceDate, due_date AS dueDate, currency,
              amount_cents AS amountCents, open_cents AS openCents, payment_reference AS paymentReference, description,
              status, import_source AS importSource, archived_at AS archivedAt, settled_on AS settledOn FROM invoices`
    ),
    allocated: sqlite.prepare<[], { invoiceId: number; cents: number }>(
      `SELECT invoice_id AS invoiceId, sum(amount_cents) AS cents FROM allocations WHERE undone_at IS NULL GROUP BY invoice_id`
    ),
    insertInvoices: batchInsert(sqlite, 'invoices', INVOICE_COLUMNS),
    updateInvoice: sqlite.prepare(
      `UPDATE invoices SET invoice_date = ?, due_date = ?, currency = ?, amount_cents = ?, open_cents = ?,
              payment_reference = ?, description = ?, status = ?, archived_at = ?, settled_on = ?, updated_at = ${NOW}
       WHERE id = ?`
    ),
    invoiceKeys: sqlite.prepare<[], [number, number, string]>(`SELECT id, customer_id, number FROM invoices`).raw(),
    archiveInvoice: sqlite.prepare(`UPDATE invoices SET status = 'paid', open_cents = 0, archived_at = ?, updated_at = ${NOW} WHERE id = ?`)
  }
}

export type ImportStatements = ReturnType<typeof prepareImportStatements>
