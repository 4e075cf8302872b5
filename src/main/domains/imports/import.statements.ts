// Prepared statements for the bulk path: drizzle builds SQL per call (≈5× slower, STACK.md §4), so a
// 100k-row import binds positional parameters to statements prepared once per commit.
import type Database from 'better-sqlite3'
import type { ImportedCustomer } from '../../../shared/domains/imports/records'

/** A stored customer as the import reads it back: its id plus the fields an export can fill in. */
export type ExistingCustomer = { id: number } & Pick<
  ImportedCustomer,
  'code' | 'name' | 'email' | 'phone' | 'addressLine' | 'postalCode' | 'city' | 'vatNumber' | 'kboNumber' | 'kvkNumber' | 'iban' | 'paymentTermDays'
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
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`

export function prepareImportStatements(sqlite: Database.Database) {
  return {
    customers: sqlite.prepare<[], ExistingCustomer>(
      `SELECT id, code, name, email, phone, address_line AS addressLine, postal_code AS postalCode, city, vat_number AS vatNumber,
              kbo_number AS kboNumber, kvk_number AS kvkNumber, iban, payment_term_days AS paymentTermDays FROM customers`
    ),
    insertCustomer: sqlite.prepare(
      `INSERT INTO customers (code, name, debtor_type, country, language, email, phone, address_line, postal_code, city,
                              vat_number, kbo_number, kvk_number, iban, payment_term_days)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ),
    // only fills what Debito does not know yet: a bookkeeper's own corrections are never overwritten
    fillCustomer: sqlite.prepare(
      `UPDATE customers SET email = coalesce(email, ?), phone = coalesce(phone, ?), address_line = coalesce(address_line, ?),
              postal_code = coalesce(postal_code, ?), city = coalesce(city, ?), vat_number = coalesce(vat_number, ?),
              kbo_number = coalesce(kbo_number, ?), kvk_number = coalesce(kvk_number, ?), iban = coalesce(iban, ?),
              payment_term_days = coalesce(payment_term_days, ?), updated_at = ${NOW}
       WHERE id = ?`
    ),
    invoices: sqlite.prepare<[], ExistingInvoice>(
      `SELECT id, customer_id AS customerId, number, invoice_date AS invoiceDate, due_date AS dueDate, currency,
              amount_cents AS amountCents, open_cents AS openCents, payment_reference AS paymentReference, description,
              status, import_source AS importSource, archived_at AS archivedAt FROM invoices`
    ),
    insertInvoice: sqlite.prepare(
      `INSERT INTO invoices (customer_id, number, invoice_date, due_date, currency, amount_cents, open_cents,
                             payment_reference, description, status, import_source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ),
    updateInvoice: sqlite.prepare(
      `UPDATE invoices SET invoice_date = ?, due_date = ?, currency = ?, amount_cents = ?, open_cents = ?,
              payment_reference = ?, description = ?, status = ?, archived_at = ?, updated_at = ${NOW}
       WHERE id = ?`
    ),
    archiveInvoice: sqlite.prepare(`UPDATE invoices SET status = 'paid', open_cents = 0, archived_at = ?, updated_at = ${NOW} WHERE id = ?`)
  }
}

export type ImportStatements = ReturnType<typeof prepareImportStatements>
