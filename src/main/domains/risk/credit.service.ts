// Credit insurance and credit data: the insurer's policies with their deadlines, per customer the limit,
// work not yet invoiced and the cover, notifications of overdue debt, and the deadlines still to meet.
import { and, asc, eq, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { CreditInputSchema, type CreditInput, NoticeInputSchema, type NoticeInput, PolicyInputSchema, type PolicyInput } from '../../../shared/domains/risk/inputs'
import { type Deadline, insuranceDeadlines } from '../../../shared/domains/risk/insurance'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { customerCredit, customers, insuranceNotices, insurancePolicies, invoices } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { openItems } from '../receivables/open-items'

export type PolicyRow = typeof insurancePolicies.$inferSelect

export function listPolicies(db: AppDb): PolicyRow[] {
  return db.select().from(insurancePolicies).orderBy(asc(insurancePolicies.archived), asc(insurancePolicies.insurer), asc(insurancePolicies.policyNumber)).all()
}

export function savePolicy(db: AppDb, input: PolicyInput): PolicyRow {
  const { id, ...p } = parseInput(PolicyInputSchema, input)
  return withWrite(db, (tx) => {
    const same = tx.select({ id: insurancePolicies.id }).from(insurancePolicies).where(and(eq(insurancePolicies.insurer, p.insurer), eq(insurancePolicies.policyNumber, p.policyNumber))).get()
    if (same && same.id !== id) throw new AppError('conflict', `policy ${p.insurer} ${p.policyNumber} exists already`, 'policyNumber')
    const row =
      id === undefined
        ? tx.insert(insurancePolicies).values(p).returning().get()
        : tx.update(insurancePolicies).set({ ...p, updatedAt: new Date().toISOString() }).where(eq(insurancePolicies.id, id)).returning().get()
    if (!row) throw new AppError('not-found', `No insurance policy with id ${id}.`, 'id')
    appendAudit(tx, { action: id === undefined ? 'insurance.policy.created' : 'insurance.policy.updated', entity: 'insurance_policy', entityId: row.id, data: p })
    return row
  })
}

/** Retired policies keep their customers' history but are offered no more. */
export function archivePolicy(db: AppDb, id: number, archived: boolean): PolicyRow {
  return withWrite(db, (tx) => {
    const row = tx.update(insurancePolicies).set({ archived, updatedAt: new Date().toISOString() }).where(eq(insurancePolicies.id, id)).returning().get()
    if (!row) throw new AppError('not-found', `No insurance policy with id ${id}.`, 'id')
    appendAudit(tx, { action: 'insurance.policy.archived', entity: 'insurance_policy', entityId: id, data: { archived } })
    return row
  })
}

export type CreditRow = typeof customerCredit.$inferSelect

export function customerCreditOf(db: AppDb, customerId: number): CreditRow | null {
  return db.select().from(customerCredit).where(eq(customerCredit.customerId, customerId)).get() ?? null
}

/** Saves the limit (on the customer) and the credit data in one transaction, with one audit entry. */
export function saveCredit(db: AppDb, input: CreditInput): void {
  const { customerId, creditLimitCents, ...credit } = parseInput(CreditInputSchema, input)
  withWrite(db, (tx) => {
    const customer = tx.select({ id: customers.id, code: customers.code }).from(customers).where(eq(customers.id, customerId)).get()
    if (!customer) throw new AppError('not-found', `No customer with id ${customerId}.`, 'customerId')
    if (credit.policyId !== null && !tx.select({ id: insurancePolicies.id }).from(insurancePolicies).where(eq(insurancePolicies.id, credit.policyId)).get()) {
      throw new AppError('not-found', `No insurance policy with id ${credit.policyId}.`, 'policyId')
    }
    const updatedAt = new Date().toISOString()
    tx.update(customers).set({ creditLimitCents, updatedAt }).where(eq(customers.id, customerId)).run()
    tx.insert(customerCredit)
      .values({ customerId, ...credit, updatedAt })
      .onConflictDoUpdate({ target: customerCredit.customerId, set: { ...credit, updatedAt } })
      .run()
    appendAudit(tx, { action: 'customer.credit.updated', entity: 'customer', entityId: customerId, data: { code: customer.code, creditLimitCents, ...credit } })
  })
}

/** Records that overdue debt was notified to the insurer: for one invoice, or all of the customer's overdue items. */
export function addNotice(db: AppDb, input: NoticeInput): number {
  const n = parseInput(NoticeInputSchema, input)
  return withWrite(db, (tx) => {
    const credit = customerCreditOf(tx, n.customerId)
    if (!credit?.policyId) throw new AppError('validation', 'this customer has no credit insurance', 'customerId')
    if (n.invoiceId !== null) {
      const invoice = tx.select({ customerId: invoices.customerId }).from(invoices).where(eq(invoices.id, n.invoiceId)).get()
      if (invoice?.customerId !== n.customerId) throw new AppError('not-found', `invoice ${n.invoiceId} is not this customer's`, 'invoiceId')
    }
    const row = tx.insert(insuranceNotices).values({ ...n, policyId: credit.policyId }).returning({ id: insuranceNotices.id }).get()
    appendAudit(tx, { action: 'insurance.notice', entity: 'customer', entityId: n.customerId, data: { ...n, policyId: credit.policyId } })
    return row.id
  })
}

type InsuredItemRow = { customerId: number; customerName: string; policyId: number; invoiceId: number; number: string; dueDate: string; openCents: number; notified: number }

export type CustomerDeadline = Deadline & { customerId: number; customerName: string }

/**
 * The insurer deadlines of open items of insured customers, soonest first. An item counts as notified by a
 * notice for it, or by a notice for the whole customer on or after its due date.
 */
export function deadlinesDue(db: AppDb, asOf: IsoDate, customerId?: number): CustomerDeadline[] {
  const only = customerId === undefined ? sql`` : sql`AND c.id = ${customerId}`
  const rows = db.all<InsuredItemRow>(sql`
    SELECT c.id AS customerId, c.name AS customerName, cc.policy_id AS policyId, i.id AS invoiceId, i.number, i.due_date AS dueDate, i.open_cents AS openCents,
           EXISTS (SELECT 1 FROM insurance_notices n WHERE n.customer_id = c.id
                   AND (n.invoice_id = i.id OR (n.invoice_id IS NULL AND n.noticed_on >= i.due_date))) AS notified
    FROM customer_credit cc JOIN customers c ON c.id = cc.customer_id
    JOIN insurance_policies p ON p.id = cc.policy_id AND p.archived = 0
    JOIN ${openItems(db, asOf)} AS i ON i.customer_id = c.id AND i.open_cents > 0 AND i.due_date < ${asOf}
    WHERE c.archived = 0 ${only}`)
  const policies = new Map(listPolicies(db).map((p) => [p.id, p]))
  const out: CustomerDeadline[] = []
  for (const group of groupBy(rows, (r) => `${r.customerId}:${r.policyId}`)) {
    const first = group[0]
    const policy = first && policies.get(first.policyId)
    if (!first || !policy) continue
    const items = group.map((r) => ({ invoiceId: r.invoiceId, number: r.number, dueDate: r.dueDate, openCents: r.openCents, notified: r.notified === 1 }))
    for (const d of insuranceDeadlines(items, policy, asOf)) out.push({ ...d, customerId: first.customerId, customerName: first.customerName })
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.customerName.localeCompare(b.customerName) || a.number.localeCompare(b.number))
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>()
  for (const r of rows) {
    const list = map.get(key(r))
    if (list) list.push(r)
    else map.set(key(r), [r])
  }
  return [...map.values()]
}
