// Turning the CLI's words into records: a customer by code, name or id, invoices by number, amounts and dates.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { isIsoDate } from '../../../shared/dates'
import { parseTypedAmount } from '../../../shared/domains/arrangements/typed-amount'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { customers, invoices } from '../../db/schema'
import { type ParsedArgs, UsageError, requireString } from '../command'

export function findCustomer(db: AppDb, ref: string): typeof customers.$inferSelect {
  const byCode = db.select().from(customers).where(eq(customers.code, ref)).get()
  if (byCode) return byCode
  const byName = db.select().from(customers).where(sql`lower(${customers.name}) = lower(${ref})`).all()
  if (byName.length === 1) return byName[0]!
  if (byName.length > 1) throw new AppError('validation', `several customers are called "${ref}": use the customer code (${byName.map((c) => c.code).join(', ')})`, 'customer')
  const byId = /^\d+$/.test(ref) ? db.select().from(customers).where(eq(customers.id, Number(ref))).get() : undefined
  if (byId) return byId
  throw new AppError('not-found', `no customer with code or name "${ref}"`, 'customer')
}

/** Invoices of one customer by number, in the order given. */
export function findInvoices(db: AppDb, customerId: number, numbers: readonly string[]): (typeof invoices.$inferSelect)[] {
  const rows = db.select().from(invoices).where(and(eq(invoices.customerId, customerId), inArray(invoices.number, [...numbers]))).all()
  return numbers.map((n) => {
    const row = rows.find((r) => r.number === n)
    if (!row) throw new AppError('not-found', `this customer has no invoice "${n}"`, 'invoices')
    return row
  })
}

/** One invoice by number; a number two customers share needs --customer. */
export function findInvoice(db: AppDb, number: string, customerRef: string | undefined): typeof invoices.$inferSelect {
  if (customerRef !== undefined) return findInvoices(db, findCustomer(db, customerRef).id, [number])[0]!
  const rows = db.select().from(invoices).where(eq(invoices.number, number)).all()
  if (rows.length === 0) throw new AppError('not-found', `no invoice "${number}"`, 'invoice')
  if (rows.length > 1) throw new AppError('validation', `${rows.length} customers have an invoice "${number}": add --customer`, 'invoice')
  return rows[0]!
}

export function listOption(args: ParsedArgs, name: string): string[] | undefined {
  const v = args.values[name]
  if (v === undefined) return undefined
  const items = String(v).split(',').map((s) => s.trim()).filter((s) => s !== '')
  if (items.length === 0) throw new UsageError(`--${name} needs at least one value`)
  return items
}

export function dateOption(args: ParsedArgs, name: string, required = true): string | undefined {
  const v = required ? requireString(args, name) : args.values[name]
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !isIsoDate(v)) throw new UsageError(`--${name} must be a date YYYY-MM-DD`)
  return v
}

/** "250,00", "1.250,00" or "250.00" to cents; more than two decimals is refused, not rounded. */
export function amountOption(args: ParsedArgs, name: string): number {
  const text = requireString(args, name).trim()
  // a point as decimal mark only with its decimals written: "1.250" is Dutch for one thousand two hundred and fifty
  const cents = parseTypedAmount(text, ',') ?? (/\.\d{1,2}$/.test(text) ? parseTypedAmount(text, '.') : null)
  if (cents === null || cents <= 0) throw new UsageError(`--${name} must be a positive amount with at most two decimals, such as 250,00`)
  return cents
}

export function intOption(args: ParsedArgs, name: string, fallback: number, max: number): number {
  const v = args.values[name]
  if (v === undefined) return fallback
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) > max) throw new UsageError(`--${name} must be a whole number up to ${max}`)
  return Number(v)
}
