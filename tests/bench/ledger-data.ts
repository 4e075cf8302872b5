// A large administration for the report and grid benches: customers and open items (some paid in part,
// a few credit notes) spread over two years, written with bare prepared statements in one transaction.
import type { AppDb } from '../../src/main/db/connection'

export const BENCH_AS_OF = '2026-11-23'

const pad = (n: number) => String(n).padStart(2, '0')

/** The day `k` days before BENCH_AS_OF (after it when negative), as an ISO date. */
function dayBefore(k: number): string {
  const d = new Date(Date.UTC(2026, 10, 23) - k * 86_400_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Writes `customers` debtors and `count` open items into `db`. */
export function seedLargeLedger(db: AppDb, count: number, customers = 2_000): void {
  const sqlite = db.$client
  const insertCustomer = sqlite.prepare('INSERT INTO customers (code, name) VALUES (?, ?)')
  const insertInvoice = sqlite.prepare(
    `INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents, status, import_source, description)
     VALUES (?, ?, ?, ?, ?, ?, 'open', 'csv', ?)`
  )
  sqlite.transaction(() => {
    const ids: number[] = []
    for (let c = 0; c < customers; c++) ids.push(Number(insertCustomer.run(`D${String(c).padStart(5, '0')}`, `Debiteur ${c} B.V.`).lastInsertRowid))
    for (let i = 0; i < count; i++) {
      const day = (i * 7_919) % 730
      const credit = i % 37 === 0
      const amount = (credit ? -1 : 1) * (1_000 + ((i * 104_729) % 500_000))
      const invoiceDate = dayBefore(day)
      const dueDate = dayBefore(day - 30)
      insertInvoice.run(ids[i % customers], `F${String(i).padStart(8, '0')}`, invoiceDate, dueDate, amount, i % 5 === 0 ? Math.trunc(amount / 2) : amount, 'Onderhoud installatie')
    }
  })()
}
