// Risk scores and the cash-in forecast of a large administration on the encrypted store: 10,000 customers
// over 1,000,000 invoices (paid with each customer's own habit, the newest still open). Timed: the SQL
// figures, scoring in the built risk worker, storing the scores, and the forecast with its backtest;
// beside it the bare SQL aggregation of the same history. Then the backtest on the demo history against
// the naive "paid on the due date" forecast (mean absolute error in days).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addDays } from '../../src/shared/dates'
import type { AppDb } from '../../src/main/db/connection'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'
import { seedDemoData } from '../../src/main/demo/seed-demo'
import { assessScores, cashInForecast, storeAssessments } from '../../src/main/domains/risk/risk.service'
import { type BenchOptions, type Figure, figure, timed } from './figure'

const AS_OF = '2026-06-30'
const BUILT_MAIN = fileURLToPath(new URL('../../out/main', import.meta.url))

function freshDb(dir: string, name: string): AppDb {
  return openMigratedDatabase(join(dir, `${name}.db`), { raw: newDatabaseKey() }, () => {}, { create: true })
}

/** Two years of invoices, 30 days' term; customer c pays (c mod 40) − 5 days late give or take 10. */
function seedHistory(db: AppDb, customers: number, invoices: number): void {
  const sqlite = db.$client
  const customer = sqlite.prepare('INSERT INTO customers (code, name) VALUES (?, ?)')
  const invoice = sqlite.prepare(
    "INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents, status, settled_on, import_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')"
  )
  sqlite.transaction(() => {
    const ids = Array.from({ length: customers }, (_, c) => Number(customer.run(`D${String(c).padStart(5, '0')}`, `Debiteur ${c} B.V.`).lastInsertRowid))
    for (let i = 0; i < invoices; i++) {
      const c = i % customers
      const invoiceDate = addDays(AS_OF, -((i * 37) % 730))
      const dueDate = addDays(invoiceDate, 30)
      const settledOn = addDays(dueDate, (c % 40) - 5 + ((i * 7_919) % 21) - 10)
      const amount = 5_000 + ((i * 7_717) % 400_000)
      const paid = settledOn <= AS_OF
      invoice.run(ids[c], `F${i}`, invoiceDate, dueDate, amount, paid ? 0 : amount, paid ? 'paid' : 'open', paid ? settledOn : null)
    }
  })()
}

/** The bare library: one SQL pass computing each customer's paid count, average delay and open amount. */
function bareAggregation(db: AppDb): number {
  const rows = db.$client
    .prepare(
      `SELECT customer_id, count(settled_on), avg(julianday(settled_on) - julianday(due_date)), sum(open_cents),
              max(CASE WHEN settled_on IS NULL AND due_date < ? THEN julianday(?) - julianday(due_date) END)
       FROM invoices WHERE amount_cents > 0 GROUP BY customer_id`
    )
    .all(AS_OF, AS_OF)
  return rows.length
}

export async function run(opts: BenchOptions): Promise<Figure[]> {
  if (!existsSync(join(BUILT_MAIN, 'risk-worker.js'))) throw new Error(`${BUILT_MAIN} has no risk-worker.js: run \`npm run build\` first`)
  process.env['DEBITO_WORKER_DIR'] = BUILT_MAIN
  const [customers, invoices] = opts.quick ? [1_000, 100_000] : [10_000, 1_000_000]
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-risk-'))
  try {
    const db = freshDb(dir, 'large')
    seedHistory(db, customers, invoices)
    let best = Infinity
    let bare = Infinity
    for (let round = 0; round < (opts.quick ? 1 : 2); round++) {
      const raw = await timed(() => bareAggregation(db))
      if (raw.result !== customers) throw new Error(`the bare aggregation saw ${raw.result} of ${customers} customers`)
      bare = Math.min(bare, raw.seconds)
      const ours = await timed(async () => {
        const assessed = await assessScores(db, AS_OF)
        storeAssessments(db, AS_OF, assessed)
        return { assessed: assessed.length, forecast: await cashInForecast(db, AS_OF, 13) }
      })
      if (ours.result.assessed !== customers) throw new Error(`scored ${ours.result.assessed} of ${customers} customers`)
      if (ours.result.forecast.backtest === null) throw new Error('the forecast has no backtest')
      best = Math.min(best, ours.seconds)
    }
    db.$client.close()

    // the backtest on the demo administration's own history, against "paid on the due date"
    const demo = freshDb(dir, 'demo')
    seedDemoData(demo, { today: AS_OF })
    const { backtest } = await cashInForecast(demo, AS_OF, 13)
    demo.$client.close()
    if (!backtest || backtest.maeDays === null) throw new Error('the demo history gave no backtest')
    return [
      figure(opts.quick ? 'risk.scores_1k_s' : 'risk.scores_10k_s', best, 's', bare),
      figure('risk.backtest_mae_days', backtest.maeDays, 'days', backtest.naiveMaeDays)
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
