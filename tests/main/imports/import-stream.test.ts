// Large files through the import worker: read in slices off the main thread, written as they arrive in
// one transaction, with the same result and the same all-or-nothing rule as the in-process import.
import { afterEach, describe, expect, it } from 'vitest'
import { asc, eq } from 'drizzle-orm'
import { auditLog, customers, invoices } from '../../../src/main/db/schema'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { importFile, importInWorker, previewInWorker, WORKER_MIN_BYTES } from '../../../src/main/domains/imports/import-stream'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { readCsv } from '../../../src/main/domains/imports/read-csv'
import { rejection } from '../../helpers/errors'
import { createTestDb, type TestDb } from '../../helpers/db'
import { csvInput } from './fixtures'

const opened: TestDb[] = []
const db = () => {
  const t = createTestDb()
  opened.push(t)
  return t.db
}
afterEach(() => {
  for (const t of opened.splice(0)) t.close()
})

const HEADER = 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand;E-mail;Betalingstermijn'
const ROWS = 12_000
const row = (i: number, extra = ';') => `K${i % 300};Klant ${i % 300};F${i};01-03-2026;31-03-2026;${i + 1},00;${i + 1},00${extra}`
const file = (rows: string[]) => csvInput([HEADER, ...rows].join('\n'), 'openstaand.csv')
const bigFile = () => file(Array.from({ length: ROWS }, (_, i) => row(i)))

const tableOf = (d: ReturnType<typeof db>) =>
  d.$client.prepare('SELECT c.code, i.number, i.invoice_date, i.due_date, i.amount_cents, i.open_cents, i.status FROM invoices i JOIN customers c ON c.id = i.customer_id ORDER BY i.number').all()

/** Rows done only go up, in slices of at most 5,000, and end at the file's row count. */
function expectSteadyProgress(progress: readonly [number, number][]): void {
  expect(progress.length).toBeGreaterThanOrEqual(ROWS / 5_000)
  expect(progress.at(-1)).toEqual([ROWS, ROWS])
  progress.forEach(([done], i) => expect(done - (progress[i - 1]?.[0] ?? 0)).toBeGreaterThan(0))
  progress.forEach(([done], i) => expect(done - (progress[i - 1]?.[0] ?? 0)).toBeLessThanOrEqual(5_000))
}

describe('a large CSV read in parts', () => {
  it('gives the same table as reading it in one go, line numbers and problems included', () => {
    const lines = Array.from({ length: ROWS }, (_, i) => (i === 9_000 ? `${row(i)};x;y;z` : i === 9_500 ? '' : row(i)))
    const text = [HEADER, ...lines].join('\r\n')
    const parts = readCsv(text, 16 * 1024)
    expect(parts.table.rows.length).toBeLessThan(2_000)
    expect(parts.expectedRows).toBeGreaterThan(ROWS * 0.9)
    let more = 0
    while (parts.readMore()) more++
    expect(more).toBeGreaterThan(5)
    expect(parts.expectedRows).toBe(ROWS - 1)
    const whole = readCsv(text, Infinity)
    expect(parts.table).toEqual(whole.table)
    expect(whole.table.problems).toEqual([expect.objectContaining({ code: 'ragged-row', line: 9_002 })])
    expect(whole.table.rows.at(-1)).toMatchObject({ line: ROWS + 1 })
  })

  it('is read in one go when it has quotes, which may span lines', () => {
    const text = [HEADER, ...Array.from({ length: ROWS }, (_, i) => row(i).replace(`Klant ${i % 300}`, `"Klant ${i % 300}"`))].join('\n')
    expect(readCsv(text).table.rows).toHaveLength(ROWS)
  })
})

describe('import worker', () => {
  it('writes exactly what the in-process import writes, reporting progress per slice', async () => {
    const input = bigFile()
    expect(input.bytes.length).toBeGreaterThan(WORKER_MIN_BYTES)
    const streamed = db()
    const progress: [number, number][] = []
    const { summary, preview } = await importInWorker(streamed, input, {}, { today: '2026-04-10' }, { onProgress: (done, total) => progress.push([done, total]) })
    const inProcess = db()
    const reference = commitImport(inProcess, await previewImport(input), { today: '2026-04-10' })

    expect(summary).toMatchObject({ customers: { created: 300 }, invoices: { created: ROWS }, sha256: reference.sha256 })
    expect({ ...summary, amountChanges: [] }).toEqual({ ...reference, amountChanges: [] })
    expect(tableOf(streamed)).toEqual(tableOf(inProcess))
    expect(preview).toMatchObject({ rowCount: ROWS, invoices: [] })
    expectSteadyProgress(progress)
    expect(streamed.$client.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(streamed.$client.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    expect(streamed.select().from(auditLog).orderBy(asc(auditLog.seq)).all().map((a) => a.action)).toEqual(['import.committed'])
  })

  it('gives a customer the fields of all its rows, and dates its items with the term found later', async () => {
    // K7's first row has neither e-mail nor term; a row in a later slice has both
    const rows = Array.from({ length: ROWS }, (_, i) => (i === 11_107 ? row(i, ';k7@example.nl;14') : row(i)).replace(';31-03-2026;', ';;'))
    const d = db()
    await importInWorker(d, file(rows), {}, { defaultTermDays: 30 })
    const k7 = d.select().from(customers).where(eq(customers.code, 'K7')).get()
    expect(k7).toMatchObject({ email: 'k7@example.nl', paymentTermDays: 14 })
    const due = d.$client.prepare('SELECT DISTINCT due_date FROM invoices WHERE customer_id = ?').all(k7?.id)
    expect(due).toEqual([{ due_date: '2026-03-15' }])
    const other = d.select().from(invoices).where(eq(invoices.number, 'F8')).get()
    expect(other?.dueDate).toBe('2026-03-31')
  })

  it('writes nothing when a row near the end is bad, and names it', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => (i === 11_500 ? row(i).replace('01-03-2026', '31-02-2026') : row(i)))
    const d = db()
    const err = await rejection(importInWorker(d, file(rows)))
    expect(err.kind).toBe('validation')
    expect(err.message).toMatch(/^1 row\(s\) have problems, so nothing was imported\. First: openstaand\.csv, line 11502, column "Factuurdatum"/)
    expect(d.select().from(invoices).all()).toHaveLength(0)
    expect(d.select().from(customers).all()).toHaveLength(0)
    expect(d.$client.inTransaction).toBe(false)
    expect(d.$client.pragma('journal_mode', { simple: true })).toBe('wal')

    const valid = await importInWorker(d, file(rows), {}, { validRowsOnly: true })
    expect(valid.summary.invoices.created).toBe(ROWS - 1)
    expect(valid.summary.rejected.map((r) => r.line)).toEqual([11_502])
  })

  it('rolls a dry run back and still reports what it would do', async () => {
    const d = db()
    const { summary } = await importInWorker(d, bigFile(), {}, { dryRun: true })
    expect(summary).toMatchObject({ dryRun: true, invoices: { created: ROWS } })
    expect(d.select().from(invoices).all()).toHaveLength(0)
  })

  it('refuses a full re-import of a debtor list without touching anything', async () => {
    const d = db()
    await importInWorker(d, bigFile())
    const debtors = csvInput(['Klantnummer;Naam;E-mail', ...Array.from({ length: 20_000 }, (_, i) => `N${i};Nieuwe klant ${i};n${i}@example.nl`)].join('\n'))
    expect(debtors.bytes.length).toBeGreaterThan(WORKER_MIN_BYTES)
    const err = await rejection(importInWorker(d, debtors, {}, { full: true }))
    expect(err.message).toContain('a full re-import needs a file with open items')
    expect(d.select().from(customers).all()).toHaveLength(300)
  })

  it('re-imports the same large file without changing anything', async () => {
    const d = db()
    await importInWorker(d, bigFile())
    const before = tableOf(d)
    const again = await importInWorker(d, bigFile(), {}, { full: true })
    expect(again.summary).toMatchObject({ customers: { created: 0, updated: 0 }, invoices: { created: 0, updated: 0, unchanged: ROWS, archived: 0 } })
    expect(tableOf(d)).toEqual(before)
  })

  it('previews a large file in the worker exactly as in process', async () => {
    const input = bigFile()
    const progress: [number, number][] = []
    const inWorker = await previewInWorker(input, {}, (done, total) => progress.push([done, total]))
    expect(inWorker).toEqual(await previewImport(input))
    expectSteadyProgress(progress)
  })

  it('imports a small file in process, through the same entry point', async () => {
    const d = db()
    const { summary } = await importFile(d, file([row(1), row(2)]))
    expect(summary.invoices.created).toBe(2)
  })
})
