// The import wizard's channels through the real dispatch, on a real encrypted administration.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { JobProgress } from '../../../src/shared/ipc/app-events'
import type { ImportPreviewDto, ImportSummaryDto } from '../../../src/shared/ipc/imports.contract'
import { invoices } from '../../../src/main/db/schema'
import { call, createTestServices, openNewAdministration, type TestServices } from './services'

const csv = readFileSync(join(__dirname, '../../fixtures/ui/open-items-one-bad.csv'))

let t: TestServices
let pushed: { channel: string; payload: unknown }[] = []

async function openAdmin(name: string): Promise<void> {
  await openNewAdministration(t, name)
}

async function stage(bytes: Buffer, name = 'open-items.csv'): Promise<string> {
  const staged = (await call(t.dispatch, 'files:stage', { name, dataBase64: bytes.toString('base64') })) as { fileId: string; size: number }
  expect(staged.size).toBe(bytes.length)
  return staged.fileId
}

const invoiceCount = () => t.services.session.db().select().from(invoices).all().length

beforeEach(async () => {
  t = createTestServices()
  t.services.events.subscribe((channel, payload) => pushed.push({ channel, payload }))
  await openAdmin('Import B.V.')
  pushed = []
})
afterEach(() => t.dispose())

describe('files:stage', () => {
  it('refuses to stage while no administration is open', async () => {
    t.services.session.close()
    expect(await t.dispatch('files:stage', { name: 'a.csv', dataBase64: 'YQ==' })).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
  })

  it('forgets staged files when another administration is opened', async () => {
    const fileId = await stage(csv)
    await openAdmin('Andere B.V.')
    expect(await t.dispatch('imports:preview', { fileId })).toMatchObject({ ok: false, error: { kind: 'not-found', field: 'fileId' } })
  })

  it('has no native dialog in browser mode', async () => {
    expect(await t.dispatch('files:pick', { kind: 'bank' })).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
  })
})

describe('imports wizard channels', () => {
  it('previews without writing: mapping proposed, bad row named by line and column', async () => {
    const fileId = await stage(csv)
    const p = (await call(t.dispatch, 'imports:preview', { fileId })) as ImportPreviewDto
    expect(p).toMatchObject({ format: 'csv', delimiter: ';', rowCount: 4, invoiceCount: 3, rejectedCount: 1, canImport: true })
    expect(p.mapping).toMatchObject({ debtorCode: 'Debiteurnummer', invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum', amount: 'Bedrag' })
    expect(p.problems).toContainEqual(expect.objectContaining({ code: 'bad-date', line: 5, column: 'Factuurdatum', severity: 'error' }))
    expect(p.invoices[0]).toMatchObject({ number: 'F-2026-001', customerName: 'Bakkerij Zonneveld', amountCents: 121_000, invoiceDate: '2026-03-01' })
    expect(p.sample[0]?.cells[0]).toBe('D100')
    expect(invoiceCount()).toBe(0)
  })

  it('re-previews with the mapping the user changed', async () => {
    const fileId = await stage(csv)
    const p = (await call(t.dispatch, 'imports:preview', { fileId, options: { mapping: { debtorName: 'Naam', invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum', amount: 'Bedrag' } } })) as ImportPreviewDto
    expect(p.mapping.openAmount).toBeUndefined()
    expect(p.invoices[0]).toMatchObject({ openCents: 121_000 })
    const missing = (await call(t.dispatch, 'imports:preview', { fileId, options: { mapping: { debtorName: 'Naam', invoiceNumber: 'Factuurnummer' } } })) as ImportPreviewDto
    expect(missing.canImport).toBe(false)
    expect(missing.problems.map((x) => x.code)).toContain('missing-column')
  })

  it('commits nothing from a file with a bad row unless the valid rows are chosen', async () => {
    const fileId = await stage(csv)
    const refused = await t.dispatch('imports:commit', { fileId })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', field: 'Factuurdatum' } })
    expect(invoiceCount()).toBe(0)
    expect(pushed.filter((e) => e.channel === 'event:data-changed')).toEqual([])

    const summary = (await call(t.dispatch, 'imports:commit', { fileId, validRowsOnly: true })) as ImportSummaryDto
    expect(summary).toMatchObject({ customers: { created: 2 }, invoices: { created: 3 }, rejectedCount: 1 })
    expect(summary.rejected[0]).toMatchObject({ line: 5, cells: expect.arrayContaining(['F-2026-004']) as unknown })
    expect(invoiceCount()).toBe(3)
    expect(pushed).toContainEqual({ channel: 'event:data-changed', payload: { scopes: expect.arrayContaining(['invoices', 'customers', 'dashboard']) as unknown } })
    const progress = pushed.filter((e) => e.channel === 'event:job-progress').map((e) => e.payload as JobProgress).filter((j) => j.label === 'imports.job')
    expect(progress[0]).toMatchObject({ done: 0, finished: false })
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3, finished: true })
  })

  it('reports the amounts a re-import changed, before and after', async () => {
    await call(t.dispatch, 'imports:commit', { fileId: await stage(csv), validRowsOnly: true })
    const week2 = Buffer.from(csv.toString('utf8').replace('1.210,00;1.210,00', '1.210,00;605,00'))
    const summary = (await call(t.dispatch, 'imports:commit', { fileId: await stage(week2), validRowsOnly: true })) as ImportSummaryDto
    expect(summary.invoices).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    expect(summary.amountChanges).toEqual([{ customerCode: 'D100', number: 'F-2026-001', amountCents: [121_000, 121_000], openCents: [121_000, 60_500] }])
  })

  it('exports the rejected rows as CSV with the given column titles', async () => {
    const fileId = await stage(csv)
    const out = (await call(t.dispatch, 'imports:rejected-csv', { fileId, labels: { line: 'Line', problems: 'Problems' } })) as { fileName: string; csv: string }
    expect(out.fileName).toBe('open-items-rejected.csv')
    const lines = out.csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Line;Debiteurnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Problems')
    expect(lines[1]).toMatch(/^5;D200;Garage Verbeek B\.V\.;F-2026-004;32-03-2026;.*Factuurdatum: /)
    expect(lines).toHaveLength(2)
  })

  it('saves, lists and deletes a named mapping', async () => {
    const options = { mapping: { debtorCode: 'Debiteurnummer', invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum', amount: 'Bedrag' } }
    await call(t.dispatch, 'imports:save-mapping', { name: 'Export boekhouder', preset: 'generic', options })
    expect(await call(t.dispatch, 'imports:list-mappings')).toEqual([expect.objectContaining({ name: 'Export boekhouder', preset: 'generic', options })])
    await call(t.dispatch, 'imports:delete-mapping', { name: 'Export boekhouder' })
    expect(await call(t.dispatch, 'imports:list-mappings')).toEqual([])
  })
})

describe('a large file', () => {
  const ROWS = 15_000
  const big = Buffer.from(['Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag', ...Array.from({ length: ROWS }, (_, i) => `K${i % 250};Klant ${i % 250};F${i};01-03-2026;${i + 1},00`)].join('\n'))
  const jobs = (label: string) => pushed.filter((e) => e.channel === 'event:job-progress').map((e) => e.payload as JobProgress).filter((j) => j.label === label)

  it('is read in the worker with progress, and written while other calls wait for the whole import', async () => {
    const fileId = await stage(big)
    const preview = (await call(t.dispatch, 'imports:preview', { fileId })) as ImportPreviewDto
    expect(preview).toMatchObject({ rowCount: ROWS, invoiceCount: ROWS, customerCount: 250, canImport: true })
    const reading = jobs('imports.readJob')
    expect(reading.length).toBeGreaterThan(3)
    expect(reading.slice(-2).map((j) => [j.done, j.total, j.finished])).toEqual([[ROWS, ROWS, false], [ROWS, ROWS, true]])
    expect(reading.every((j, i) => i === 0 || j.done >= (reading[i - 1]?.done ?? 0))).toBe(true)

    const commit = call(t.dispatch, 'imports:commit', { fileId })
    // sent while the import still awaits its slices: it must see all of the import or none, never half
    const during = call(t.dispatch, 'invoices:list', {}) as Promise<{ total: number }>
    const summary = (await commit) as ImportSummaryDto
    expect(summary.invoices.created).toBe(ROWS)
    expect((await during).total).toBe(ROWS)
    const writing = jobs('imports.job')
    expect(writing[0]).toMatchObject({ done: 0, finished: false })
    expect(writing.length).toBeGreaterThan(4)
    expect(writing.every((j, i) => i === 0 || j.done > (writing[i - 1]?.done ?? 0) || j.finished)).toBe(true)
    expect(writing.at(-1)).toMatchObject({ done: ROWS, total: ROWS, finished: true })
  })
})
