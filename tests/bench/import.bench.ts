// `npm run bench -- import`: 100,000 open items from a CSV export into an encrypted administration, end to
// end (decode, parse, map, one transaction), against a raw prepared-statement insert of the same rows.
// The import takes the desktop app's path: the built import worker reads while main writes
// (`npm run bench` builds first). It runs in a child process so its peak RSS (maxRSS) is its own,
// worker included.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'
import { importInWorker } from '../../src/main/domains/imports/import-stream'
import { type BenchOptions, type Figure, figure, timed } from './figure'

const CHILD_ENV = 'DEBITO_IMPORT_BENCH_FILE'
const CUSTOMERS = 2_000

type Row = { code: string; name: string; number: string; date: string; due: string; amount: number; open: number }

const pad = (n: number) => String(n).padStart(2, '0')
const nl = (cents: number) => `${cents < 0 ? '-' : ''}${Math.trunc(Math.abs(cents) / 100)},${pad(Math.abs(cents) % 100)}`

function rowsOf(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + (i % 28)
    const month = 1 + (i % 12)
    const amount = 1_000 + ((i * 7_919) % 500_000)
    return {
      code: `D${String(i % CUSTOMERS).padStart(5, '0')}`,
      name: `Debiteur ${i % CUSTOMERS} B.V.`,
      number: `F${String(i).padStart(7, '0')}`,
      date: `2026-${pad(month)}-${pad(day)}`,
      due: `2026-${pad(month === 12 ? 12 : month + 1)}-${pad(day)}`,
      amount,
      open: i % 5 === 0 ? Math.trunc(amount / 2) : amount
    }
  })
}

const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`

function csvOf(rows: readonly Row[]): string {
  const lines = ['Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand']
  for (const r of rows) lines.push(`${r.code};${r.name};${r.number};${dmy(r.date)};${dmy(r.due)};${nl(r.amount)};${nl(r.open)}`)
  return lines.join('\r\n') + '\r\n'
}

function freshDb(dir: string) {
  return openMigratedDatabase(join(dir, `bench-${Date.now()}.db`), { raw: newDatabaseKey() }, () => {}, { create: true })
}

/** The bare library: the same rows through two prepared statements in one transaction. */
function rawInsert(dir: string, rows: readonly Row[]): number {
  const db = freshDb(dir)
  const sqlite = db.$client
  const start = process.hrtime.bigint()
  const insertCustomer = sqlite.prepare('INSERT INTO customers (code, name) VALUES (?, ?)')
  const insertInvoice = sqlite.prepare(
    'INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents, status, import_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  sqlite.transaction(() => {
    const ids = new Map<string, number>()
    for (const r of rows) {
      let id = ids.get(r.code)
      if (id === undefined) ids.set(r.code, (id = Number(insertCustomer.run(r.code, r.name).lastInsertRowid)))
      insertInvoice.run(id, r.number, r.date, r.due, r.amount, r.open, 'open', 'csv')
    }
  })()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  sqlite.close()
  return rows.length / seconds
}

/** Child process: the real end-to-end import of one file; prints seconds, rows and peak RSS as JSON. */
async function childImport(file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-child-'))
  try {
    const db = freshDb(dir)
    const bytes = readFileSync(file)
    const { seconds, result } = await timed(() => importInWorker(db, { bytes, fileName: 'openstaand.csv' }))
    db.$client.close()
    // maxRSS is in kilobytes
    console.log(JSON.stringify({ seconds, rows: result.summary.invoices.created, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const BUILT_MAIN = fileURLToPath(new URL('../../out/main', import.meta.url))

function importInChild(file: string): { seconds: number; rows: number; peakRssMb: number } {
  if (!existsSync(join(BUILT_MAIN, 'import-worker.js'))) throw new Error(`${BUILT_MAIN} has no import-worker.js: run \`npm run build\` first`)
  const env = { ...process.env, [CHILD_ENV]: file, DEBITO_WORKER_DIR: BUILT_MAIN }
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { env, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { seconds: number; rows: number; peakRssMb: number }
}

export async function run(opts: BenchOptions): Promise<Figure[]> {
  const count = opts.quick ? 20_000 : 100_000
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-import-'))
  try {
    const rows = rowsOf(count)
    const file = join(dir, 'openstaand.csv')
    writeFileSync(file, csvOf(rows))
    // best of alternating runs: on a shared machine one slow moment should not decide the ratio
    let best = { seconds: Infinity, peakRssMb: 0 }
    let raw = 0
    for (let round = 0; round < (opts.quick ? 1 : 3); round++) {
      raw = Math.max(raw, rawInsert(dir, rows))
      const child = importInChild(file)
      if (child.rows !== count) throw new Error(`the import wrote ${child.rows} of ${count} rows`)
      best = { seconds: Math.min(best.seconds, child.seconds), peakRssMb: Math.max(best.peakRssMb, child.peakRssMb) }
    }
    return [figure('import.rows_per_s', count / best.seconds, 'rows/s', raw), figure('import.peak_rss_mb', best.peakRssMb, 'MB', null)]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const childFile = process.env[CHILD_ENV]
if (childFile) await childImport(childFile)
