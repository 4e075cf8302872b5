// Bulk actions on a multi-selection of the invoice grid: hold, snooze, dispute, promise or another dunning
// policy. All of it in one transaction: either every selected invoice gets it, or none does.
import { eq, inArray } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import type { BulkInput } from '../../../shared/ipc/arrangements.contract'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningPolicies, invoices } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { openDisputeIn } from './disputes.service'
import { placeHoldIn } from './holds.service'
import { recordPromiseIn } from './promises.service'

function byCustomer(rows: readonly (typeof invoices.$inferSelect)[]): Map<number, (typeof invoices.$inferSelect)[]> {
  const out = new Map<number, (typeof invoices.$inferSelect)[]>()
  for (const r of rows) out.set(r.customerId, [...(out.get(r.customerId) ?? []), r])
  return out
}

function required<T>(value: T | null | undefined, field: string, message: string): T {
  if (value === undefined || value === null || value === '') throw new AppError('validation', message, field)
  return value
}

export function bulkAction(db: AppDb, input: BulkInput, today: IsoDate): { affected: number; customers: number } {
  return withWrite(db, (tx) => {
    const ids = [...new Set(input.invoiceIds)]
    const rows = tx.select().from(invoices).where(inArray(invoices.id, ids)).all()
    const missing = ids.find((id) => !rows.some((r) => r.id === id))
    if (missing !== undefined) throw new AppError('not-found', `No invoice with id ${missing}.`, 'invoiceIds')
    const groups = byCustomer(rows)
    switch (input.action) {
      case 'hold':
      case 'snooze': {
        const reason = required(input.reason?.trim(), 'reason', 'a reason is required')
        for (const [customerId, list] of groups) placeHoldIn(tx, { customerId, invoiceIds: list.map((r) => r.id), kind: input.action, reason, until: input.until ?? null }, today)
        break
      }
      case 'dispute': {
        const reason = required(input.disputeReason, 'disputeReason', 'choose the reason of the dispute')
        for (const r of rows) openDisputeIn(tx, { invoiceId: r.id, reason }, today)
        break
      }
      case 'promise': {
        const promisedDate = required(input.promisedDate, 'promisedDate', 'the promised date is required')
        for (const [customerId, list] of groups) {
          const amountCents = list.reduce((s, r) => s + Math.max(0, r.openCents), 0)
          recordPromiseIn(tx, { customerId, amountCents, promisedDate, invoiceIds: list.map((r) => r.id) }, today)
        }
        break
      }
      case 'policy': {
        const policyId = input.policyId ?? null
        if (policyId !== null && !tx.select({ id: dunningPolicies.id }).from(dunningPolicies).where(eq(dunningPolicies.id, policyId)).get()) {
          throw new AppError('not-found', `No dunning policy with id ${policyId}.`, 'policyId')
        }
        tx.update(invoices).set({ dunningPolicyId: policyId, updatedAt: new Date().toISOString() }).where(inArray(invoices.id, ids)).run()
        appendAudit(tx, { action: 'invoice.policy-changed', entity: 'invoice', data: { policyId, invoices: rows.map((r) => r.number) } })
        break
      }
    }
    return { affected: rows.length, customers: groups.size }
  })
}

export function listPolicies(db: AppDb): { id: number; name: string }[] {
  return db.select({ id: dunningPolicies.id, name: dunningPolicies.name }).from(dunningPolicies).orderBy(dunningPolicies.name).all()
}
