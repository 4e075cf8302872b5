// Read side of the customer grid and risk card: open and overdue amounts per customer, the age of the
// oldest overdue item and how much of the credit limit is used, all as of one date and over the one
// definition of open items (receivables/open-items.ts), so a customer's figures add up to the report's.
import { type SQL, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { CustomerRiskDto, CustomerRowDto, CUSTOMER_SORT_COLUMNS } from '../../../shared/ipc/customers.contract'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { likePattern } from '../invoices/invoices.queries'
import { openItems } from '../receivables/open-items'

export type CustomerQuery = {
  offset: number
  limit: number
  sort: (typeof CUSTOMER_SORT_COLUMNS)[number]
  direction: 'asc' | 'desc'
  search?: string | undefined
  asOf: IsoDate
}

/**
 * One row per customer with its open-item aggregates; `filter` narrows the customers. Overdue is the
 * past-due part of the open total (credit notes past due too, as in the aging); the oldest overdue
 * item is the oldest past-due invoice.
 */
function customerFigures(db: AppDb, asOf: IsoDate, filter: SQL): SQL {
  return sql`
    WITH agg AS (
      SELECT customer_id,
             sum(open_cents) AS open_cents,
             sum(CASE WHEN due_date < ${asOf} THEN open_cents ELSE 0 END) AS overdue_cents,
             min(CASE WHEN open_cents > 0 AND due_date < ${asOf} THEN due_date END) AS oldest_due,
             count(*) AS open_count,
             sum(due_date < ${asOf}) AS overdue_count,
             sum(disputed) AS disputed_count,
             sum(CASE WHEN disputed = 1 THEN open_cents ELSE 0 END) AS disputed_cents
      FROM ${openItems(db, asOf)} GROUP BY customer_id)
    SELECT c.id, c.code, c.name, c.country, c.language, c.debtor_type AS debtorType,
           coalesce(a.open_cents, 0) AS openCents, coalesce(a.overdue_cents, 0) AS overdueCents,
           CASE WHEN a.oldest_due IS NULL THEN 0 ELSE CAST(julianday(${asOf}) - julianday(a.oldest_due) AS INTEGER) END AS oldestOverdueDays,
           c.credit_limit_cents AS creditLimitCents,
           CASE WHEN c.credit_limit_cents > 0
                THEN CAST(round(100.0 * max(coalesce(a.open_cents, 0), 0) / c.credit_limit_cents) AS INTEGER) END AS creditUsePct,
           c.email, c.city, c.on_hold AS onHold,
           coalesce(a.open_count, 0) AS openCount, coalesce(a.overdue_count, 0) AS overdueCount,
           coalesce(a.disputed_count, 0) AS disputedCount, coalesce(a.disputed_cents, 0) AS disputedCents
    FROM customers c LEFT JOIN agg a ON a.customer_id = c.id
    WHERE c.archived = 0 AND ${filter}`
}

const SORT: Record<CustomerQuery['sort'], SQL> = {
  code: sql`code`,
  name: sql`name COLLATE NOCASE`,
  openCents: sql`openCents`,
  overdueCents: sql`overdueCents`,
  oldestOverdueDays: sql`oldestOverdueDays`,
  creditUsePct: sql`creditUsePct`
}

type RiskRow = Omit<CustomerRiskDto, 'onHold' | 'hasActivePlan' | 'openPromises'> & { onHold: number }

const toRow = (r: RiskRow): CustomerRowDto => ({
  id: r.id,
  code: r.code,
  name: r.name,
  country: r.country,
  language: r.language,
  debtorType: r.debtorType,
  openCents: r.openCents,
  overdueCents: r.overdueCents,
  oldestOverdueDays: r.oldestOverdueDays,
  creditLimitCents: r.creditLimitCents,
  creditUsePct: r.creditUsePct
})

export function listCustomers(db: AppDb, q: CustomerQuery): { rows: CustomerRowDto[]; total: number } {
  const filter = q.search
    ? sql`(c.name LIKE ${likePattern(q.search)} ESCAPE '\\' OR c.code LIKE ${likePattern(q.search)} ESCAPE '\\')`
    : sql`1 = 1`
  const direction = q.direction === 'desc' ? sql`DESC` : sql`ASC`
  const rows = db.all<RiskRow>(sql`
    SELECT * FROM (${customerFigures(db, q.asOf, filter)})
    ORDER BY ${SORT[q.sort]} ${direction} NULLS LAST, id ASC
    LIMIT ${q.limit} OFFSET ${q.offset}`)
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM customers c WHERE c.archived = 0 AND ${filter}`)
  return { rows: rows.map(toRow), total: total?.n ?? 0 }
}

export function customerRisk(db: AppDb, customerId: number, asOf: IsoDate): CustomerRiskDto {
  const row = db.get<RiskRow>(customerFigures(db, asOf, sql`c.id = ${customerId}`))
  if (!row) throw new AppError('not-found', `No customer with id ${customerId}.`, 'customerId')
  const follow = db.get<{ openPromises: number; activePlans: number }>(sql`
    SELECT (SELECT count(*) FROM promises WHERE customer_id = ${customerId} AND status = 'open') AS openPromises,
           (SELECT count(*) FROM payment_plans WHERE customer_id = ${customerId} AND status = 'active') AS activePlans`)
  return {
    ...toRow(row),
    email: row.email,
    city: row.city,
    openCount: row.openCount,
    overdueCount: row.overdueCount,
    disputedCount: row.disputedCount,
    disputedCents: row.disputedCents,
    openPromises: follow?.openPromises ?? 0,
    hasActivePlan: (follow?.activePlans ?? 0) > 0,
    onHold: row.onHold === 1
  }
}
