// `npm run bench -- dunning`: the proposal for 100,000 open invoices over 10,000 customers (NL and BE,
// businesses and consumers, a reminder history from an executed run two weeks earlier) on the encrypted
// store, against the bare SQL selection of the overdue items in the same run; and whether memory stays flat
// over repeated proposals.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { addDays } from '../../src/shared/dates'
import { type AppDb, withWrite } from '../../src/main/db/connection'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'
import { administrationProfile, bankAccounts } from '../../src/main/db/schema'
import { executeRun } from '../../src/main/domains/dunning/execute.service'
import { ensureDefaultPolicies } from '../../src/main/domains/dunning/policies.repo'
import { proposeDunning } from '../../src/main/domains/dunning/proposal.service'
import { saveRun } from '../../src/main/domains/dunning/runs.service'
import { type BenchOptions, type Figure, figure, timed } from './figure'

const AS_OF = '2026-06-15'
const HISTORY_DAY = '2026-06-01'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Customers of every regime; each has `perCustomer` invoices due from 150 days ago to 20 days ahead. */
function seed(db: AppDb, customers: number, perCustomer: number): void {
  const sqlite = db.$client
  withWrite(db, (tx) => {
    tx.insert(administrationProfile).values({ id: 1, name: 'Bench B.V.', country: 'NL', addressLine: 'Dam 1', postalCode: '1012 JS', city: 'Amsterdam', iban: 'NL91ABNA0417164300' }).run()
    ensureDefaultPolicies(tx)
    tx.insert(bankAccounts).values({ account: 'NL91ABNA0417164300', lastStatementDate: AS_OF }).run()
  })
  const customer = sqlite.prepare('INSERT INTO customers (code, name, debtor_type, country, language, email) VALUES (?, ?, ?, ?, ?, ?)')
  const invoice = sqlite.prepare('INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents, status, import_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  sqlite.transaction(() => {
    for (let c = 0; c < customers; c++) {
      const be = c % 10 >= 7
      const consumer = c % 5 === 0
      const id = Number(customer.run(`D${String(c).padStart(6, '0')}`, `Debiteur ${c}`, consumer ? 'b2c' : 'b2b', be ? 'BE' : 'NL', be && c % 2 === 0 ? 'fr' : 'nl', c % 4 === 0 ? null : `d${c}@example.nl`).lastInsertRowid)
      for (let i = 0; i < perCustomer; i++) {
        const due = addDays(AS_OF, 20 - ((c * 7 + i * 17) % 170))
        const amount = 2_500 + ((c * 7_919 + i * 104_729) % 400_000)
        const open = (c + i) % 6 === 0 ? Math.trunc(amount / 3) : amount
        invoice.run(id, `F${c}-${i}`, addDays(due, -30), due, amount, open, 'open', 'bench')
      }
    }
  })()
}

/** The bare library: the overdue open items with what a proposal reads of them, in customer order. */
function bareSelection(db: AppDb): number {
  return db.$client
    .prepare(
      `SELECT i.id, i.customer_id, i.number, i.due_date, i.open_cents, c.code, c.debtor_type, c.country
       FROM invoices i JOIN customers c ON c.id = i.customer_id
       WHERE i.status = 'open' AND i.open_cents > 0 AND i.due_date <= ? ORDER BY i.customer_id, i.due_date, i.number`
    )
    .all(addDays(AS_OF, 30)).length
}

/** Proposes and keeps only the count, so what is measured after it is what the proposal left behind. */
function proposedCustomers(db: AppDb): number {
  const p = proposeDunning(db, AS_OF)
  return p.actions.length + p.excluded.length
}

const heapMb = () => {
  gc()
  return process.memoryUsage().heapUsed / 1_048_576
}

export async function run(opts: BenchOptions): Promise<Figure[]> {
  const customers = opts.quick ? 1_000 : 10_000
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-dunning-'))
  try {
    const db = openMigratedDatabase(join(dir, 'bench.db'), { raw: newDatabaseKey() }, () => {}, { create: true })
    seed(db, customers, 10)
    // a history: the run of two weeks ago, executed (its letters are not the subject here)
    const history = saveRun(db, HISTORY_DAY)
    if (history.runId === null) throw new Error('the history run proposed nothing')
    executeRun(db, history.runId, { today: HISTORY_DAY })
    // warm both paths up, then the best of alternating rounds: one slow moment on a shared machine should not decide the ratio
    bareSelection(db)
    proposedCustomers(db)
    const heapBefore = heapMb()
    let ours = Infinity
    let bare = Infinity
    let rows = 0
    let customersProposed = 0
    for (let round = 0; round < (opts.quick ? 2 : 3); round++) {
      const b = await timed(() => bareSelection(db))
      const p = await timed(() => proposedCustomers(db))
      bare = Math.min(bare, b.seconds)
      ours = Math.min(ours, p.seconds)
      rows = b.result
      customersProposed = p.result
    }
    const heapGrowth = heapMb() - heapBefore
    db.$client.close()
    console.error(`dunning bench: ${customers} customers, ${rows} open items due by the courtesy horizon, ${customersProposed} customers proposed or excluded`)
    return [
      figure(opts.quick ? 'dunning.proposal_10k_s' : 'dunning.proposal_100k_s', ours, 's', bare),
      figure('dunning.proposal_heap_growth_mb', heapGrowth, 'MB', null),
      figure('dunning.proposal_peak_rss_mb', process.resourceUsage().maxRSS / 1024, 'MB', null)
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

