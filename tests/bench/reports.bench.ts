// `npm run bench -- reports`: the issue's report figures, each beside the bare library in the same run.
// - reports.xlsx_100k_s: 100,000 open items to XLSX the desktop app's way (keyset slices read in main
//   while the built report worker writes them through exceljs's streaming writer, .part then rename,
//   the read included in the time) from an administration written
//   beforehand, in a child process so its peak RSS is the export's (reports.xlsx_peak_rss_mb, the Node
//   process with tsx included); baseline: a bare exceljs WorkbookWriter writing the same rows.
// - reports.aging_1m_ms: the aging report over 1,000,000 open items; baseline: one bare GROUP BY over
//   the covering index with the same buckets.
// - grid.first_rows_ms, grid.filter_ms: the invoice grid in Chromium over 100,000 invoices (grid-bench.ts).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import type { AppDb } from '../../src/main/db/connection'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'
import { agingReport } from '../../src/main/domains/reports/aging.queries'
import { listSource } from '../../src/main/domains/reports/lists'
import { addDays } from '../../src/shared/dates'
import { DATE_FORMAT, MONEY_FORMAT } from '../../src/shared/domains/reports/formats'
import { type Cell, LIST_COLUMNS } from '../../src/shared/domains/reports/tables'
import { type BenchOptions, type Figure, figure, timed } from './figure'
import { gridFigures } from './grid-bench'
import { BENCH_AS_OF, seedLargeLedger } from './ledger-data'

const BUILT_MAIN = fileURLToPath(new URL('../../out/main', import.meta.url))

const freshDb = (dir: string): AppDb => openMigratedDatabase(join(dir, 'bench.db'), { raw: newDatabaseKey() }, () => {}, { create: true })

function exportInChild(file: string, key: string, rows: number): { seconds: number; peakRssMb: number } {
  if (!existsSync(join(BUILT_MAIN, 'report-worker.js'))) throw new Error(`${BUILT_MAIN} has no report-worker.js: run \`npm run build\` first`)
  const env = { ...process.env, DEBITO_WORKER_DIR: BUILT_MAIN }
  const args = ['--import', 'tsx', fileURLToPath(new URL('./export-child.ts', import.meta.url)), JSON.stringify({ file, key, rows, asOf: BENCH_AS_OF })]
  const out = execFileSync(process.execPath, args, { env, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { seconds: number; peakRssMb: number }
}

/**
 * The bare library: the same rows (read beforehand, untimed) through exceljs's streaming writer, with the
 * same cell values (euros, real dates) and column formats, and nothing else.
 */
async function bareXlsx(db: AppDb, dir: string): Promise<number> {
  const types = LIST_COLUMNS['open-items'].map((c) => c.type)
  const rows = listSource('open-items')
    .rows(db, { asOf: BENCH_AS_OF }, 0, -1)
    .map((r) => r.cells)
  const value = (k: number, v: Cell) => (v === null ? null : types[k] === 'money' ? Number(v) / 100 : types[k] === 'date' ? new Date(`${String(v)}T00:00:00Z`) : v)
  const { seconds } = await timed(async () => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'bare.xlsx'), useStyles: true, useSharedStrings: false })
    const ws = book.addWorksheet('Posten')
    ws.columns = types.map((t) => (t === 'money' ? { style: { numFmt: MONEY_FORMAT['nl-NL'] } } : t === 'date' ? { style: { numFmt: DATE_FORMAT['nl-NL'] } } : {}))
    for (const row of rows) ws.addRow(row.map((v, k) => value(k, v))).commit()
    ws.commit()
    await book.commit()
  })
  return seconds
}

async function xlsxFigures(rows: number, rounds: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-xlsx-'))
  try {
    const key = newDatabaseKey()
    const file = join(dir, 'bench.db')
    const db = openMigratedDatabase(file, { raw: key }, () => {}, { create: true })
    seedLargeLedger(db, rows)
    // best of alternating rounds: on a shared machine one slow moment should not decide the ratio
    let best = { seconds: Infinity, peakRssMb: 0 }
    let bare = Infinity
    for (let round = 0; round < rounds; round++) {
      bare = Math.min(bare, await bareXlsx(db, dir))
      const child = exportInChild(file, key, rows)
      best = { seconds: Math.min(best.seconds, child.seconds), peakRssMb: Math.max(best.peakRssMb, child.peakRssMb) }
    }
    db.$client.close()
    return [figure('reports.xlsx_100k_s', best.seconds, 's', bare), figure('reports.xlsx_peak_rss_mb', best.peakRssMb, 'MB', null)]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The bare query: the default buckets per customer in one pass over invoices_open_aging. */
function bareAging(db: AppDb): number {
  const d = (days: number) => addDays(BENCH_AS_OF, -days)
  const bucket = (cond: string) => `sum(CASE WHEN ${cond} THEN open_cents ELSE 0 END), sum(${cond})`
  const stmt = db.$client.prepare(`
    SELECT customer_id, ${bucket(`due_date >= '${BENCH_AS_OF}'`)}, ${bucket(`due_date >= '${d(30)}' AND due_date <= '${d(1)}'`)},
           ${bucket(`due_date >= '${d(60)}' AND due_date <= '${d(31)}'`)}, ${bucket(`due_date >= '${d(90)}' AND due_date <= '${d(61)}'`)},
           ${bucket(`due_date <= '${d(91)}'`)}, sum(open_cents), count(*), sum(CASE WHEN disputed = 1 THEN open_cents ELSE 0 END)
    FROM invoices WHERE status = 'open' AND open_cents <> 0 AND invoice_date <= ? GROUP BY customer_id`)
  const { seconds } = timedSync(() => stmt.raw().all(BENCH_AS_OF))
  return seconds * 1000
}

function timedSync<T>(work: () => T): { seconds: number; result: T } {
  const start = process.hrtime.bigint()
  const result = work()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result }
}

function agingFigure(rows: number, rounds: number): Figure {
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-aging-'))
  try {
    const db = freshDb(dir)
    seedLargeLedger(db, rows, 20_000)
    db.$client.exec('ANALYZE')
    let ours = Infinity
    let bare = Infinity
    for (let round = 0; round < rounds; round++) {
      bare = Math.min(bare, bareAging(db))
      const { seconds, result } = timedSync(() => agingReport(db, { asOf: BENCH_AS_OF }))
      if (result.totalCount !== rows) throw new Error(`the aging counted ${result.totalCount} of ${rows} items`)
      ours = Math.min(ours, seconds * 1000)
    }
    db.$client.close()
    return figure('reports.aging_1m_ms', ours, 'ms', bare)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(opts: BenchOptions): Promise<Figure[]> {
  const rounds = opts.quick ? 1 : 3
  return [
    ...(await xlsxFigures(opts.quick ? 20_000 : 100_000, rounds)),
    agingFigure(opts.quick ? 100_000 : 1_000_000, rounds),
    ...(await gridFigures(opts.quick ? 20_000 : 100_000, rounds))
  ]
}
