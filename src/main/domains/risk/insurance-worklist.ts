// The "Vandaag" provider of credit insurance: customers with open items whose insurer deadline (notification
// of overdue debt, maximum extension) falls within the policy's warning period or has passed, because a
// missed notification loses the cover.
import { sql } from 'drizzle-orm'
import type { WorklistProvider } from '../worklist/providers'
import { deadlinesDue } from './credit.service'

/** One item per customer: its soonest deadline and how many of its invoices wait to be notified. */
export const insuranceDeadlineWork: WorklistProvider = (db, today) => {
  const byCustomer = new Map<number, { date: string; invoices: Set<number> }>()
  // soonest first, so the first deadline seen per customer is its most urgent one
  for (const d of deadlinesDue(db, today)) {
    const entry = byCustomer.get(d.customerId) ?? { date: d.deadline, invoices: new Set<number>() }
    entry.invoices.add(d.invoiceId)
    byCustomer.set(d.customerId, entry)
  }
  if (byCustomer.size === 0) return []
  const ids = [...byCustomer.keys()]
  const customers = new Map(
    db.all<{ id: number; code: string; name: string }>(sql`SELECT id, code, name FROM customers WHERE id IN (${sql.join(ids, sql`, `)})`).map((c) => [c.id, c])
  )
  return ids.map((id) => {
    const entry = byCustomer.get(id)
    const c = customers.get(id)
    return { kind: 'insurance-deadline', ref: id, customerCode: c?.code ?? null, customerName: c?.name ?? null, date: entry?.date ?? null, amountCents: null, count: entry?.invoices.size ?? 0, level: null }
  })
}
