// The payment history an import brings (an auditfile's payments and credit notes per invoice) into
// invoice_payments. A movement is known by its place in the source, so re-importing the same file
// writes nothing; a movement the file no longer has for an item it still carries is removed.
import type Database from 'better-sqlite3'
import type { PaymentHistorySource } from '../../../shared/domains/invoices/payment-history'
import type { ImportedPayment } from '../../../shared/domains/imports/records'
import { dropIndexes } from './deferred-indexes'
import { batchInsert } from './import.statements'

/** From this many movements into a source with none stored (a first import) the write is a bulk load. */
const BULK_MOVES = 10_000

export type PaymentHistoryCounts = { created: number; updated: number; removed: number }

type Stored = { id: number; invoiceId: number; ref: string; on: string; cents: number; kind: string }

/** `invoiceId` finds the item a movement belongs to (it was written by the same import). */
export function writePaymentHistory(
  sqlite: Database.Database,
  moves: readonly ImportedPayment[],
  source: PaymentHistorySource,
  invoiceId: (customerCode: string, number: string) => number | undefined
): PaymentHistoryCounts {
  const counts: PaymentHistoryCounts = { created: 0, updated: 0, removed: 0 }
  const stored = new Map<number, Map<string, Stored>>()
  const rows = sqlite
    .prepare<[string], Stored>(`SELECT id, invoice_id AS invoiceId, source_ref AS ref, paid_on AS "on", amount_cents AS cents, kind FROM invoice_payments WHERE source = ?`)
    .all(source)
  for (const r of rows) {
    const own = stored.get(r.invoiceId) ?? new Map<string, Stored>()
    own.set(r.ref, r)
    stored.set(r.invoiceId, own)
  }
  const insert = batchInsert(sqlite, 'invoice_payments', ['invoice_id', 'paid_on', 'amount_cents', 'kind', 'source', 'source_ref'])
  // as for the invoices (import.service.ts): indexes rebuilt once, CHECKs verified per flush
  let rebuildIndexes: (() => void) | null = null
  if (rows.length === 0 && moves.length >= BULK_MOVES) {
    rebuildIndexes = dropIndexes(sqlite, 'invoice_payments')
    insert.uncheck()
  }
  const update = sqlite.prepare(`UPDATE invoice_payments SET paid_on = ?, amount_cents = ?, kind = ? WHERE id = ?`)
  const remove = sqlite.prepare(`DELETE FROM invoice_payments WHERE id = ?`)
  // what is kept per item, to remove what the file no longer has; with nothing stored there is nothing to remove
  const kept = new Map<number, Set<string>>()
  for (const m of moves) {
    const id = invoiceId(m.customerCode, m.number)
    if (id === undefined) continue
    if (rows.length > 0) {
      const refs = kept.get(id) ?? new Set<string>()
      refs.add(m.ref)
      kept.set(id, refs)
    }
    const old = stored.get(id)?.get(m.ref)
    if (!old) {
      insert.add([id, m.on, m.cents, m.kind, source, m.ref])
      counts.created++
    } else if (old.on !== m.on || old.cents !== m.cents || old.kind !== m.kind) {
      update.run(m.on, m.cents, m.kind, old.id)
      counts.updated++
    }
  }
  insert.flush()
  rebuildIndexes?.()
  for (const [id, refs] of kept)
    for (const [ref, old] of stored.get(id) ?? [])
      if (!refs.has(ref)) {
        remove.run(old.id)
        counts.removed++
      }
  return counts
}
