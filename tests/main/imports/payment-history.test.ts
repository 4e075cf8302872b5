// The payment history an import writes, on the bulk path a first large auditfile takes (indexes dropped
// and rebuilt once, CHECKs verified per flush): same rows as row by row, indexes back, re-import idempotent.
import { describe, expect, it } from 'vitest'
import { writePaymentHistory } from '../../../src/main/domains/imports/payment-history'
import type { ImportedPayment } from '../../../src/shared/domains/imports/records'
import { useTestDb } from '../../helpers/db'

const db = useTestDb()
const INVOICES = 5_200

function seed(): void {
  const sqlite = db().$client
  sqlite.exec(`INSERT INTO customers (code, name) VALUES ('C1', 'Acme')`)
  const insert = sqlite.prepare(`INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents) VALUES (1, ?, '2024-01-01', '2024-01-31', 100, 0)`)
  sqlite.transaction(() => {
    for (let i = 0; i < INVOICES; i++) insert.run(`F${i}`)
  })()
}

/** two payments per invoice: over the bulk threshold */
const moves = (paidOn = '2024-02-01'): ImportedPayment[] =>
  Array.from({ length: INVOICES * 2 }, (_, k) => ({ customerCode: 'C1', number: `F${k >> 1}`, on: paidOn, cents: 50, kind: 'payment', ref: `2024/B/${k}/1` }))

const ids = () => new Map(db().$client.prepare<[], { id: number; number: string }>(`SELECT id, number FROM invoices`).all().map((r) => [r.number, r.id]))
const indexes = () => db().$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoice_payments' AND sql IS NOT NULL ORDER BY name`).pluck().all()

describe('payment history, bulk', () => {
  it('writes every movement, rebuilds the indexes, and a second write changes nothing', () => {
    seed()
    const before = indexes()
    const byNumber = ids()
    const write = (list: ImportedPayment[]) => db().$client.transaction(() => writePaymentHistory(db().$client, list, 'xaf', (_code, number) => byNumber.get(number)))()
    expect(write(moves())).toEqual({ created: INVOICES * 2, updated: 0, removed: 0 })
    expect(indexes()).toEqual(before)
    expect(before).toContain('invoice_payments_invoice_ref')
    expect(db().$client.prepare(`SELECT count(*) FROM invoice_payments WHERE invoice_id = ? AND amount_cents = 50`).pluck().get(byNumber.get('F7'))).toBe(2)
    expect(write(moves())).toEqual({ created: 0, updated: 0, removed: 0 })
    expect(write(moves('2024-02-02'))).toEqual({ created: 0, updated: INVOICES * 2, removed: 0 })
  })

  it('a movement given twice breaks the rebuilt unique index: the transaction rolls back with its indexes', () => {
    seed()
    const before = indexes()
    const byNumber = ids()
    const list = moves()
    list.push({ ...(list[0] as ImportedPayment) })
    const write = () => db().$client.transaction(() => writePaymentHistory(db().$client, list, 'xaf', (_code, number) => byNumber.get(number)))()
    expect(write).toThrow(/invoice_payments_invoice_ref/)
    expect(db().$client.prepare(`SELECT count(*) FROM invoice_payments`).pluck().get()).toBe(0)
    expect(indexes()).toEqual(before)
  })
})
