// Manual entry of customers and invoices through the real dispatch: validation names the field,
// a saved record is read back and the grids are told to refresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerRecordDto, InvoiceRecordDto } from '../../../src/shared/ipc/entry.contract'
import { call, createTestServices, openNewAdministration, type TestServices } from './services'

let t: TestServices
const scopes: string[][] = []

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Invoer B.V.')
  t.services.events.subscribe((channel, payload) => {
    if (channel === 'event:data-changed') scopes.push((payload as { scopes: string[] }).scopes)
  })
})
afterAll(() => t.dispose())

describe('manual entry channels', () => {
  it('creates, reads and edits a customer; a bad IBAN or a taken code names its field', async () => {
    expect(await t.dispatch('customers:create', { code: 'K1', name: 'Slagerij', iban: 'NL00 FOUT' })).toMatchObject({ ok: false, error: { kind: 'validation', field: 'iban' } })
    const c = (await call(t.dispatch, 'customers:create', { code: 'K1', name: 'Slagerij Vos', iban: 'nl91 abna 0417 1643 00', country: 'NL' })) as CustomerRecordDto
    expect(c).toMatchObject({ code: 'K1', iban: 'NL91ABNA0417164300', country: 'NL' })
    expect(scopes.at(-1)).toEqual(expect.arrayContaining(['customers', 'invoices']))
    expect(await t.dispatch('customers:create', { code: 'K1', name: 'Ander' })).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'code' } })
    const edited = (await call(t.dispatch, 'customers:update', { customerId: c.id, patch: { city: 'Utrecht', paymentTermDays: 14 } })) as CustomerRecordDto
    expect(edited).toMatchObject({ city: 'Utrecht', paymentTermDays: 14, name: 'Slagerij Vos' })
    expect(await call(t.dispatch, 'customers:get', { customerId: c.id })).toEqual(edited)
  })

  it('creates an invoice with a due date from the term, edits it, refuses an open amount above the amount', async () => {
    const [c] = ((await call(t.dispatch, 'customers:list', {})) as { rows: { id: number }[] }).rows
    const inv = (await call(t.dispatch, 'invoices:create', { customerId: c!.id, number: 'V-1', invoiceDate: '2026-05-01', amountCents: 12_100 })) as InvoiceRecordDto
    expect(inv).toMatchObject({ number: 'V-1', dueDate: '2026-05-15', openCents: 12_100 })
    const bad = await t.dispatch('invoices:update', { invoiceId: inv.id, patch: { openCents: 20_000 } })
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', field: 'openCents' } })
    expect(await t.dispatch('invoices:create', { customerId: c!.id, number: 'V-2', invoiceDate: '2026-02-30', amountCents: 1 })).toMatchObject({ ok: false, error: { field: 'invoiceDate' } })
    const edited = (await call(t.dispatch, 'invoices:update', { invoiceId: inv.id, patch: { openCents: 2_100, description: 'deels betaald' } })) as InvoiceRecordDto
    expect(edited).toMatchObject({ openCents: 2_100, description: 'deels betaald' })
    expect(await call(t.dispatch, 'invoices:get', { invoiceId: inv.id })).toEqual(edited)
  })
})
