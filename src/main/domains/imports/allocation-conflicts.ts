// The preview's view of the allocation guard (shared/domains/imports/allocation-guard.ts): which items of
// the file would have their open amount raised above what their bank allocations leave, before anything
// is written. The writer applies the same rule item by item.
import { sql } from 'drizzle-orm'
import { type AllocationConflict, openAfterAllocations } from '../../../shared/domains/imports/allocation-guard'
import type { ImportedInvoice } from '../../../shared/domains/imports/records'
import type { AppDb } from '../../db/connection'

type Allocated = { code: string; number: string; cents: number }

export function allocationConflicts(db: AppDb, invoices: readonly Pick<ImportedInvoice, 'customerCode' | 'number' | 'amountCents' | 'openCents'>[]): AllocationConflict[] {
  // a written-off item is left alone by an import altogether
  const rows = db.all<Allocated>(sql`
    SELECT c.code AS code, i.number AS number, sum(a.amount_cents) AS cents
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id JOIN customers c ON c.id = i.customer_id
    WHERE a.undone_at IS NULL AND i.status <> 'written_off'
    GROUP BY a.invoice_id`)
  if (rows.length === 0) return []
  const allocated = new Map(rows.map((r) => [`${r.code}\u0000${r.number}`, r.cents]))
  const conflicts: AllocationConflict[] = []
  for (const inv of invoices) {
    const allocatedCents = allocated.get(`${inv.customerCode}\u0000${inv.number}`) ?? 0
    const keptOpenCents = openAfterAllocations(inv.openCents, inv.amountCents, allocatedCents)
    if (keptOpenCents !== inv.openCents) conflicts.push({ customerCode: inv.customerCode, number: inv.number, fileOpenCents: inv.openCents, keptOpenCents, allocatedCents })
  }
  return conflicts
}
