// Manual entry and editing of debtors, with validation and one audit entry per change.
import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { type CustomerInput, customerInputSchema, type CustomerUpdate, customerUpdateSchema } from '../../../shared/domains/customers/customer.schema'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { countryFromVat } from '../../../shared/domains/countries'
import { proposeDebtorType, proposeLanguage } from '../../../shared/domains/imports/party'
import { type AppDb, withWrite } from '../../db/connection'
import { customers } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { creditorDefaults } from '../imports/creditor-defaults'
import { changedFields } from '../invoices/changes'

export type CustomerRecord = typeof customers.$inferSelect

export function getCustomer(db: AppDb, id: number): CustomerRecord {
  const row = db.select().from(customers).where(eq(customers.id, id)).get()
  if (!row) throw new AppError('not-found', `No customer with id ${id}.`, 'customerId')
  return row
}

function assertCodeFree(tx: AppDb, code: string, exceptId?: number): void {
  const other = tx.select({ id: customers.id }).from(customers).where(eq(customers.code, code)).get()
  if (other && other.id !== exceptId) throw new AppError('conflict', `Customer code "${code}" is already in use.`, 'code')
}

/** Creates a debtor; type, country and language are proposed from the identifiers and the creditor when not given. */
export function createCustomer(db: AppDb, input: CustomerInput): CustomerRecord {
  const c = parseInput(customerInputSchema, input)
  return withWrite(db, (tx) => {
    assertCodeFree(tx, c.code)
    const creditor = creditorDefaults(tx)
    const country = c.country ?? countryFromVat(c.vatNumber ?? null) ?? creditor.defaultCountry
    const row = tx
      .insert(customers)
      .values({
        ...c,
        country,
        language: c.language ?? proposeLanguage(country, c.postalCode ?? null, creditor.defaultLanguage),
        debtorType: c.debtorType ?? proposeDebtorType({ name: c.name, vatNumber: c.vatNumber ?? null, kboNumber: c.kboNumber ?? null, kvkNumber: c.kvkNumber ?? null })
      })
      .returning()
      .get()
    appendAudit(tx, { action: 'customer.created', entity: 'customer', entityId: row.id, data: { code: row.code, name: row.name, debtorType: row.debtorType } })
    return row
  })
}

/** Changes the given fields; an edit that changes nothing writes nothing, not even an audit entry. */
export function updateCustomer(db: AppDb, id: number, patch: CustomerUpdate): CustomerRecord {
  const p = parseInput(customerUpdateSchema, patch)
  return withWrite(db, (tx) => {
    const before = getCustomer(tx, id)
    const changes = changedFields(before, p)
    if (Object.keys(changes).length === 0) return before
    if (p.code !== undefined) assertCodeFree(tx, p.code, id)
    const row = tx
      .update(customers)
      .set({ ...p, updatedAt: new Date().toISOString() })
      .where(eq(customers.id, id))
      .returning()
      .get()
    appendAudit(tx, { action: 'customer.updated', entity: 'customer', entityId: id, data: { code: row.code, changes } })
    return row
  })
}
