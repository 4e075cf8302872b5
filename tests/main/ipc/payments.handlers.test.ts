// The Payments screen's channels through the real dispatch: parse, import, proposals, manual allocation,
// undo, unapplied entries and the freshness guard, on a real encrypted administration.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BankEntryRowDto, FreshnessDto, ParsedBankFileDto, ProposalDto } from '../../../src/shared/ipc/payments.contract'
import { bankEntries, invoices } from '../../../src/main/db/schema'
import { call, createTestServices, openNewAdministration, type TestServices } from './services'
import { mt940 } from '../../helpers/mt940'
import type { ImportPreviewDto, ImportSummaryDto } from '../../../src/shared/ipc/imports.contract'

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/ui', name))

let t: TestServices
let scopes: string[][] = []

async function stage(name: string): Promise<string> {
  return ((await call(t.dispatch, 'files:stage', { name, dataBase64: fixture(name).toString('base64') })) as { fileId: string }).fileId
}

const openOf = (number: string) => t.services.session.db().select().from(invoices).all().find((i) => i.number === number)?.openCents
const entries = async (status = 'all') => ((await call(t.dispatch, 'payments:list-entries', { status })) as { rows: BankEntryRowDto[] }).rows

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Bank B.V.')
  await call(t.dispatch, 'imports:commit', { fileId: await stage('open-items-one-bad.csv'), validRowsOnly: true })
  t.services.events.subscribe((channel, payload) => {
    if (channel === 'event:data-changed') scopes.push((payload as { scopes: string[] }).scopes)
  })
})
afterAll(() => t.dispose())

describe('payments channels', () => {
  it('parses a staged MT940 file without writing anything', async () => {
    const parsed = (await call(t.dispatch, 'payments:parse', { fileId: await stage('payments.sta') })) as ParsedBankFileDto
    expect(parsed).toMatchObject({ format: 'mt940', warnings: [] })
    expect(parsed.statements).toEqual([
      expect.objectContaining({ account: 'NL20INGB0001234567', entryCount: 2, creditCents: 169_400, debitCents: 0, closing: { date: '2026-04-20', amountCents: 169_400 } })
    ])
    expect(t.services.session.db().select().from(bankEntries).all()).toEqual([])
  })

  it('imports, books the exact invoice-number match and dedups a second import', async () => {
    const fileId = await stage('payments.sta')
    scopes = []
    expect(await call(t.dispatch, 'payments:import', { fileId })).toMatchObject({ format: 'mt940', newEntries: 2, autoMatched: 1, duplicates: 0 })
    expect(scopes[0]).toEqual(expect.arrayContaining(['payments', 'invoices', 'dashboard']))
    expect(openOf('F-2026-001')).toBe(0)
    expect(await call(t.dispatch, 'payments:import', { fileId })).toMatchObject({ newEntries: 0, duplicates: 2 })
    const rows = await entries()
    expect(rows.find((r) => r.amountCents === 121_000)).toMatchObject({ status: 'matched', invoiceNumbers: ['F-2026-001'], unappliedCents: 0 })
  })

  it('proposes a match for the unmatched entry, and accepting it books it', async () => {
    const open = await entries('open')
    expect(open).toHaveLength(1)
    const entry = open[0]!
    expect(entry).toMatchObject({ amountCents: 48_400, status: 'unmatched', counterpartyName: 'Bakkerij Zonneveld' })
    const proposals = (await call(t.dispatch, 'payments:proposals', { entryId: entry.id })) as ProposalDto[]
    const best = proposals[0]!
    expect(best.allocations).toEqual([expect.objectContaining({ number: 'F-2026-002', customerName: 'Bakkerij Zonneveld', amountCents: 48_400 })])
    expect(best.confidence).toBeGreaterThan(0)
    await call(t.dispatch, 'payments:accept', { entryId: entry.id, rule: best.rule })
    expect(openOf('F-2026-002')).toBe(0)
    expect(await entries('open')).toEqual([])
  })

  it('undoes an allocation, then allocates part of the payment by hand', async () => {
    const entry = (await entries()).find((r) => r.amountCents === 48_400)!
    const [alloc] = (await call(t.dispatch, 'payments:allocations', { entryId: entry.id })) as { id: number; number: string }[]
    expect(alloc).toMatchObject({ number: 'F-2026-002' })
    await call(t.dispatch, 'payments:undo', { allocationId: alloc!.id })
    expect(openOf('F-2026-002')).toBe(48_400)
    expect(await t.dispatch('payments:undo', { allocationId: alloc!.id })).toMatchObject({ ok: false, error: { kind: 'conflict' } })

    const garage = t.services.session.db().select().from(invoices).all().find((i) => i.number === 'F-2026-003')!
    await call(t.dispatch, 'payments:allocate', { entryId: entry.id, parts: [{ invoiceId: garage.id, amountCents: 40_000 }] })
    expect(openOf('F-2026-003')).toBe(250_050 - 40_000)
    expect((await entries('open'))[0]).toMatchObject({ id: entry.id, status: 'partial', unappliedCents: 8_400, invoiceNumbers: ['F-2026-003'] })
    const tooMuch = await t.dispatch('payments:allocate', { entryId: entry.id, parts: [{ invoiceId: garage.id, amountCents: 9_000 }] })
    expect(tooMuch).toMatchObject({ ok: false, error: { kind: 'validation', field: 'amountCents' } })
  })

  it('reports freshness per account and keeps the N-days / warn-or-block setting', async () => {
    const fresh = (await call(t.dispatch, 'payments:freshness', { asOf: '2026-04-22' })) as FreshnessDto
    expect(fresh).toMatchObject({ level: 'ok', settings: { maxAgeDays: 7, mode: 'warn' } })
    expect(fresh.accounts).toEqual([{ account: 'NL20INGB0001234567', lastStatementDate: '2026-04-20', ageDays: 2, stale: false }])
    await call(t.dispatch, 'payments:set-freshness', { maxAgeDays: 1, mode: 'block' })
    expect(await call(t.dispatch, 'payments:freshness', { asOf: '2026-04-22' })).toMatchObject({ level: 'block', accounts: [{ stale: true }] })
    expect(await t.dispatch('payments:set-freshness', { maxAgeDays: -1, mode: 'warn' })).toMatchObject({ ok: false, error: { kind: 'validation', field: 'maxAgeDays' } })
  })

  it('previews a statement of another account with a coded warning, and imports it only when the user adds the account', async () => {
    const other = mt940([{ date: '2026-04-21', amountCents: 1_000, iban: 'NL77INGB0009876543', name: 'Onbekend', remittance: 'gift' }], { account: 'NL91ABNA0417164300' })
    const fileId = ((await call(t.dispatch, 'files:stage', { name: 'other.sta', dataBase64: Buffer.from(other).toString('base64') })) as { fileId: string }).fileId
    const parsed = (await call(t.dispatch, 'payments:parse', { fileId })) as ParsedBankFileDto
    expect(parsed).toMatchObject({ accounts: [{ account: 'NL91ABNA0417164300', status: 'foreign' }], newEntries: 1, duplicates: 0 })
    expect(parsed.warnings).toEqual([{ code: 'foreign-account', values: { account: { text: 'NL91ABNA0417164300' }, known: { text: 'NL20INGB0001234567' } } }])
    const before = t.services.session.db().select().from(bankEntries).all().length
    expect(await t.dispatch('payments:import', { fileId })).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'addAccounts' } })
    expect(t.services.session.db().select().from(bankEntries).all()).toHaveLength(before)
    expect(await call(t.dispatch, 'payments:import', { fileId, addAccounts: true })).toMatchObject({ newEntries: 1, accounts: [{ account: 'NL91ABNA0417164300', status: 'foreign' }] })
  })

  it('an open-items preview names the items a bank payment settled that the file still lists as open', async () => {
    // F-2026-001 was paid by the statement's exact match and € 400 of F-2026-003 by hand; the package's export
    // still lists both at their full amount
    const preview = (await call(t.dispatch, 'imports:preview', { fileId: await stage('open-items-one-bad.csv') })) as ImportPreviewDto
    expect(preview.allocationConflictCount).toBe(2)
    expect(preview.allocationConflicts).toEqual([
      { customerCode: expect.any(String), number: 'F-2026-001', fileOpenCents: 121_000, keptOpenCents: 0, allocatedCents: 121_000 },
      { customerCode: expect.any(String), number: 'F-2026-003', fileOpenCents: 250_050, keptOpenCents: 210_050, allocatedCents: 40_000 }
    ])
    const summary = (await call(t.dispatch, 'imports:commit', { fileId: await stage('open-items-one-bad.csv'), validRowsOnly: true })) as ImportSummaryDto
    expect(summary.allocationConflicts).toEqual(preview.allocationConflicts)
    expect(summary.allocationConflictCount).toBe(2)
    expect([openOf('F-2026-001'), openOf('F-2026-003')]).toEqual([0, 210_050])
  })
})
