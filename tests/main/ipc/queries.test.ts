// The grid and dashboard queries, through the same dispatch path the UI uses, on a small known ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, createTestServices, openNewAdministration, seedSmallLedger, type TestServices } from './services'

const asOf = '2026-06-30'
let t: TestServices

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Cijfers B.V.')
  seedSmallLedger(t.services)
})
afterAll(() => t.dispose())

describe('dashboard', () => {
  it('sums open and overdue items and ages them in buckets, the credit note in its own', async () => {
    const d = (await call(t.dispatch, 'dashboard:get-summary', { asOf })) as Record<string, unknown>
    expect(d.position).toMatchObject({
      openCents: 10_000 + 15_000 + 50_000 + 7_500 - 2_500,
      // the credit note fell due on 20 May: past due like the invoices, so the buckets add up
      overdueCents: 15_000 + 50_000 + 7_500 - 2_500,
      openCount: 5,
      overdueCount: 4,
      customersOverdue: 2,
      creditNotesCents: -2_500,
      disputedCents: 50_000,
      disputedCount: 1
    })
    expect(d.aging).toEqual([
      { label: 'current', fromDays: null, toDays: 0, cents: 10_000, count: 1 },
      { label: '1-30', fromDays: 1, toDays: 30, cents: 15_000, count: 1 },
      { label: '31-60', fromDays: 31, toDays: 60, cents: 7_500 - 2_500, count: 2 },
      { label: '61-90', fromDays: 61, toDays: 90, cents: 0, count: 0 },
      { label: '90+', fromDays: 91, toDays: null, cents: 50_000, count: 1 }
    ])
    expect(d.dunningLevels).toEqual([{ level: 0, cents: 70_000, count: 4 }])
  })
})

describe('invoices:list', () => {
  it('filters, sorts and pages on the server', async () => {
    const overdue = (await call(t.dispatch, 'invoices:list', { view: 'overdue', sort: 'daysOverdue', direction: 'desc', asOf })) as {
      rows: { number: string; daysOverdue: number }[]
      total: number
    }
    expect(overdue.rows.map((r) => [r.number, r.daysOverdue])).toEqual([
      ['F-003', 121],
      ['F-004', 46],
      ['F-002', 20],
      ['C-005', 0]
    ])
    const page = (await call(t.dispatch, 'invoices:list', { view: 'all', sort: 'number', offset: 2, limit: 2, asOf })) as { rows: { number: string }[]; total: number }
    expect(page.total).toBe(6)
    expect(page.rows.map((r) => r.number)).toEqual(['F-002', 'F-003'])
  })

  it('searches literally, so % is not a wildcard', async () => {
    const hits = (await call(t.dispatch, 'invoices:list', { view: 'all', search: 'dupont', asOf })) as { total: number }
    expect(hits.total).toBe(3)
    expect(((await call(t.dispatch, 'invoices:list', { view: 'all', search: '%', asOf })) as { total: number }).total).toBe(0)
  })
})

describe('customers', () => {
  it('lists customers with open, overdue and credit-limit use', async () => {
    const list = (await call(t.dispatch, 'customers:list', { sort: 'overdueCents', direction: 'desc', asOf })) as { rows: Record<string, unknown>[] }
    expect(list.rows).toEqual([
      expect.objectContaining({ code: 'C001', openCents: 75_000, overdueCents: 65_000, oldestOverdueDays: 121, creditLimitCents: 100_000, creditUsePct: 75 }),
      expect.objectContaining({ code: 'C002', openCents: 5_000, overdueCents: 7_500 - 2_500, oldestOverdueDays: 46, creditLimitCents: null, creditUsePct: null })
    ])
  })

  it('builds the risk card of one customer', async () => {
    const list = (await call(t.dispatch, 'customers:list', { sort: 'code', direction: 'asc', asOf })) as { rows: { id: number }[] }
    const risk = await call(t.dispatch, 'customers:get-risk', { customerId: list.rows[0]?.id, asOf })
    expect(risk).toMatchObject({ code: 'C001', openCount: 3, overdueCount: 2, disputedCount: 1, openPromises: 0, hasActivePlan: false })
    expect(await t.dispatch('customers:get-risk', { customerId: 9999, asOf })).toMatchObject({ ok: false, error: { kind: 'not-found' } })
  })
})

describe('settings profile', () => {
  it('reads and updates the creditor profile with validated IBAN', async () => {
    const profile = (await call(t.dispatch, 'settings:get-profile')) as Record<string, unknown>
    expect(profile).toMatchObject({ name: 'Cijfers B.V.', country: 'NL', defaultLanguage: 'nl' })
    const update = { ...profile, iban: 'nl91 abna 0417 1643 00', city: ' Utrecht ', email: '' }
    expect(await call(t.dispatch, 'settings:update-profile', update)).toMatchObject({ iban: 'NL91ABNA0417164300', city: 'Utrecht', email: null })
    expect(await t.dispatch('settings:update-profile', { ...update, iban: 'NL00BANK0123456789' })).toMatchObject({ ok: false, error: { kind: 'validation', field: 'iban', message: 'iban: invalid-iban' } })
  })
})
