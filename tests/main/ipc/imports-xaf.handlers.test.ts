// The import wizard's channels with auditfiles: recognised by content, several files (fiscal years),
// the receivable accounts confirmed, the term given, progress in percent; a large auditfile picked in
// the desktop app is staged by its path and streamed from disk.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { invoicePayments, invoices } from '../../../src/main/db/schema'
import { createAppDispatch } from '../../../src/main/ipc/dispatch'
import { type AppServices, createAppServices, type FileDialogs } from '../../../src/main/session/app-services'
import type { JobProgress } from '../../../src/shared/ipc/app-events'
import { MAX_STAGED_FILE_BYTES } from '../../../src/shared/ipc/files.contract'
import type { ImportPreviewDto, ImportSummaryDto } from '../../../src/shared/ipc/imports.contract'
import { tempDir } from '../../helpers/db'
import { sale, year2024, year2025 } from '../imports/xaf/scenario'
import { xafXml } from '../../helpers/xaf'
import { call, createTestServices, openNewAdministration, TEST_UNLOCK, type TestServices } from './services'

let cleanup: (() => void)[] = []
afterEach(() => {
  cleanup.forEach((f) => f())
  cleanup = []
})

async function browser(): Promise<TestServices> {
  const t = createTestServices()
  cleanup.push(() => t.dispose())
  await openNewAdministration(t, 'Auditfile B.V.')
  return t
}

const stage = async (t: { dispatch: TestServices['dispatch'] }, name: string, text: string) =>
  ((await call(t.dispatch, 'files:stage', { name, dataBase64: Buffer.from(text).toString('base64') })) as { fileId: string }).fileId

describe('imports channels with auditfiles', () => {
  it('previews two fiscal years together, then imports them with the term given', async () => {
    const t = await browser()
    const first = await stage(t, 'export.xml', xafXml(year2024()))
    const second = await stage(t, '2025.xaf', xafXml(year2025()))
    const p = (await call(t.dispatch, 'imports:preview', { fileId: first, moreFileIds: [second] })) as ImportPreviewDto
    expect(p).toMatchObject({ format: 'xaf', canImport: true, customerCount: 3, xaf: { startDate: '2024-01-01', endDate: '2025-12-31', openCount: 4, paidHistory: 5, needsConfirmation: false } })
    expect(p.invoices.find((i) => i.number === 'F2024-004')).toMatchObject({ customerName: 'Bakkerij Jansen B.V.', openCents: 0 })
    expect(t.services.session.db().select().from(invoices).all()).toHaveLength(0)

    const jobs: JobProgress[] = []
    t.services.events.subscribe((channel, payload) => channel === 'event:job-progress' && jobs.push(payload as JobProgress))
    const s = (await call(t.dispatch, 'imports:commit', { fileId: first, moreFileIds: [second], defaultTermDays: 10 })) as ImportSummaryDto
    expect(s).toMatchObject({ customers: { created: 3 }, invoices: { created: 4 }, history: { created: 5 }, openTotalCents: 260_40, paidHistory: 5 })
    const db = t.services.session.db()
    expect(db.select().from(invoices).all().find((i) => i.number === 'F2025-001')).toMatchObject({ invoiceDate: '2025-02-01', dueDate: '2025-02-11' })
    expect(db.select().from(invoicePayments).all()).toHaveLength(8)
    expect(jobs.map((j) => j.label)).toContain('imports.xaf.job')
    expect(jobs.every((j) => j.total === 0 || j.total === 100)).toBe(true)
  })

  it('asks for the receivable accounts, then imports with the ones the user ticked', async () => {
    const t = await browser()
    const spec = year2024()
    for (const j of spec.journals ?? []) for (const tx of j.transactions) for (const l of tx.lines) if (l.acc === '1500') l.cust = 'C001'
    const fileId = await stage(t, 'a.xaf', xafXml(spec))
    const asked = (await call(t.dispatch, 'imports:preview', { fileId })) as ImportPreviewDto
    expect(asked).toMatchObject({ canImport: false, xaf: { needsConfirmation: true } })
    expect(asked.xaf?.accounts.map((a) => [a.id, a.proposed, a.doubtful, a.chosen])).toEqual([
      ['1300', true, false, true],
      ['1500', false, true, false]
    ])
    expect(await t.dispatch('imports:commit', { fileId })).toMatchObject({ ok: false, error: { kind: 'validation' } })
    const options = { xaf: { accounts: ['1300'], asOf: '2024-06-30' } }
    expect(await call(t.dispatch, 'imports:preview', { fileId, options })).toMatchObject({ canImport: true, xaf: { asOf: '2024-06-30', needsConfirmation: false } })
    expect(await call(t.dispatch, 'imports:commit', { fileId, options })).toMatchObject({ openTotalCents: 190_40 })
  })

  it('refuses to combine an auditfile with another kind of file', async () => {
    const t = await browser()
    const xaf = await stage(t, 'a.xaf', xafXml(year2024()))
    const csv = await stage(t, 'open.csv', 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag\nK1;A;F1;01-01-2024;10,00\n')
    expect(await t.dispatch('imports:preview', { fileId: xaf, moreFileIds: [csv] })).toMatchObject({ ok: false, error: { kind: 'validation', field: 'moreFileIds' } })
  })
})

describe('a large auditfile in the desktop app', () => {
  it('is staged by its path when picked, and streamed from disk through the worker', async () => {
    const dataDir = tempDir('debito-xaf-desktop-')
    const big = join(dataDir, 'groot.xaf')
    const spec = year2024()
    const sales = spec.journals?.[0]
    if (!sales) throw new Error('scenario')
    // padding with ordinary sales until the file is larger than a browser upload may be
    for (let i = 0; i < 32_000; i++) sales.transactions.push(sale(`X${i}`, '2024-05-01', 'C003', `G${i}`, 10_00))
    writeFileSync(big, xafXml(spec))
    const dialogs: FileDialogs = { openFile: async () => big, saveFile: async () => null }
    const services: AppServices = createAppServices({ dataDir, platform: { mode: 'desktop', version: '1.2.3', dialogs } })
    const dispatch = createAppDispatch(services)
    cleanup.push(() => {
      services.dispose()
      rmSync(dataDir, { recursive: true, force: true })
    })
    const created = (await call(dispatch, 'administrations:create', { name: 'Groot B.V.', unlock: TEST_UNLOCK })) as { id: string }
    await call(dispatch, 'administrations:open', { id: created.id, unlock: TEST_UNLOCK })
    const staged = (await call(dispatch, 'files:pick', { kind: 'spreadsheet' })) as { fileId: string; size: number }
    expect(staged.size).toBeGreaterThan(MAX_STAGED_FILE_BYTES)
    const s = (await call(dispatch, 'imports:commit', { fileId: staged.fileId })) as ImportSummaryDto
    expect(s).toMatchObject({ invoices: { created: 5 + 32_000 }, paidHistory: 3 })
  }, 120_000)
})
