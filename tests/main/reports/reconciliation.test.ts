// Every total on every screen reconciles to the cent on the demo administration: dashboard, invoice
// grid, customer grid, risk card, aging report, KPIs, today and for a day in the past.
//
// Before the one definition of open, the dashboard summed all open items while the report summed only
// the positive ones: the open credit notes were in one total and not in the other. The figure itself is
// checked against the demo generator's own ledger (amounts less the payments it made by that day), a
// computation that shares nothing with the SQL behind the screens; and the statement of account (the
// letter) lists the same open items per customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoCustomers } from '../../../src/main/demo/demo-customers'
import { demoLedger } from '../../../src/main/demo/demo-ledger'
import { seededRandom } from '../../../src/main/demo/random'
import { seedDemoData } from '../../../src/main/demo/seed-demo'
import { loadCreditor, loadDebtor, statementData } from '../../../src/main/domains/letters/letter-sources'
import type { CustomerRiskDto, CustomerRowDto } from '../../../src/shared/ipc/customers.contract'
import type { DashboardDto } from '../../../src/shared/ipc/dashboard.contract'
import type { AgingReportDto, KpiDto, OpenPositionDto } from '../../../src/shared/ipc/reports.contract'
import { call, createTestServices, openNewAdministration, type TestServices } from '../ipc/services'

const TODAY = '2026-11-23'
let t: TestServices
const get = <T>(channel: string, input: unknown = {}) => call(t.dispatch, channel, input) as Promise<T>

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Demo')
  seedDemoData(t.services.session.db(), { today: TODAY })
}, 60_000)
afterAll(() => t.dispose())

type Page<R> = { rows: R[]; total: number }
async function allPages<R>(channel: string, input: object): Promise<R[]> {
  const rows: R[] = []
  for (;;) {
    const page = await get<Page<R>>(channel, { ...input, offset: rows.length, limit: 500 })
    rows.push(...page.rows)
    if (rows.length >= page.total) return rows
  }
}

const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0)

/** The open items as the demo generator made them (seedDemoData's seed and draw order), as of a day. */
function generatedOpenItems(asOf: string) {
  const rnd = seededRandom(20261123)
  const customers = demoCustomers(rnd, 72)
  return demoLedger(rnd, customers, TODAY, 3000)
    .filter((item) => item.invoiceDate <= asOf)
    .map((item) => item.amountCents - sum(item.payments.filter((p) => p.date <= asOf), (p) => p.cents))
    .filter((open) => open !== 0)
}

describe.each([TODAY, '2026-08-31'])('the demo as of %s', (asOf) => {
  it('has one open total on the dashboard, the grids, the risk cards and the reports', async () => {
    const dashboard = await get<DashboardDto>('dashboard:get-summary', { asOf })
    const position = await get<OpenPositionDto>('reports:get-position', { asOf })
    const aging = await get<AgingReportDto & { customersTotal: number }>('reports:get-aging', { asOf, limit: 500 })
    const grid = await get<{ total: number; openCents: number }>('invoices:list', { view: 'open', asOf, limit: 1 })
    const customers = await allPages<CustomerRowDto>('customers:list', { asOf })
    const risks = await Promise.all(customers.map((c) => get<CustomerRiskDto>('customers:get-risk', { customerId: c.id, asOf })))
    const kpis = await get<KpiDto>('reports:get-kpis', { to: asOf })

    const open = position.openCents
    expect(open).toBeGreaterThan(0)
    expect(dashboard.position).toEqual(position)
    expect(sum(dashboard.aging, (b) => b.cents)).toBe(open)
    expect(sum(dashboard.aging, (b) => b.count)).toBe(position.openCount)
    expect(aging.totalCents).toBe(open)
    expect(sum(aging.buckets, (b) => b.cents)).toBe(open)
    expect(sum(aging.customers, (c) => c.totalCents)).toBe(open)
    expect(grid).toEqual({ rows: expect.any(Array), total: position.openCount, openCents: open })
    expect(sum(customers, (c) => c.openCents)).toBe(open)
    expect(sum(risks, (r) => r.openCents)).toBe(open)
    expect(sum(risks, (r) => r.openCount)).toBe(position.openCount)
    expect(kpis.receivablesCents).toBe(open)
    const statements = customers.map((c) => statementData(t.services.session.db(), loadDebtor(t.services.session.db(), c.id), loadCreditor(t.services.session.db()), asOf, TODAY, 'nl').items)
    expect(sum(statements.flat(), (i) => i.openCents)).toBe(open)
    expect(statements.flat()).toHaveLength(position.openCount)
    // the figure itself, from the generator's ledger; what the old report missed: the open credit notes
    const generated = generatedOpenItems(asOf)
    const credits = generated.filter((o) => o < 0)
    expect(position).toMatchObject({ openCents: sum(generated, (o) => o), openCount: generated.length, creditNotesCents: sum(credits, (o) => o), creditNotesCount: credits.length })
    expect(position.creditNotesCount).toBeGreaterThan(0)
    expect(position.invoicesCents + position.creditNotesCents).toBe(open)
    expect(position.invoicesCount + position.creditNotesCount).toBe(position.openCount)
  })

  it('has one past-due total and one disputed total', async () => {
    const dashboard = await get<DashboardDto>('dashboard:get-summary', { asOf })
    const { overdueCents, overdueCount, disputedCents, disputedCount } = dashboard.position
    const overdueGrid = await get<{ total: number; openCents: number }>('invoices:list', { view: 'overdue', asOf, limit: 1 })
    const disputedGrid = await get<{ total: number; openCents: number }>('invoices:list', { view: 'disputed', asOf, limit: 1 })
    const customers = await allPages<CustomerRowDto>('customers:list', { asOf })
    const risks = await Promise.all(customers.map((c) => get<CustomerRiskDto>('customers:get-risk', { customerId: c.id, asOf })))
    const aging = await get<AgingReportDto>('reports:get-aging', { asOf, limit: 500 })

    expect(overdueCents).toBeGreaterThan(0)
    expect(overdueGrid).toMatchObject({ total: overdueCount, openCents: overdueCents })
    expect(sum(customers, (c) => c.overdueCents)).toBe(overdueCents)
    expect(sum(dashboard.dunningLevels, (l) => l.cents)).toBe(overdueCents)
    // every bucket after "current" is past due
    expect(sum(aging.buckets.slice(1), (b) => b.cents)).toBe(overdueCents)
    expect(disputedGrid).toMatchObject({ total: disputedCount, openCents: disputedCents })
    expect(aging).toMatchObject({ disputedCents, disputedCount })
    expect(sum(risks, (r) => r.disputedCents)).toBe(disputedCents)
  })

  it('drills from each aging bar to the invoices behind it', async () => {
    const dashboard = await get<DashboardDto>('dashboard:get-summary', { asOf })
    for (const bar of dashboard.aging) {
      const grid = await get<{ total: number; openCents: number }>('invoices:list', { view: 'open', asOf, limit: 1, bucket: { basis: dashboard.agingBasis, fromDays: bar.fromDays, toDays: bar.toDays } })
      expect(grid, bar.label).toMatchObject({ total: bar.count, openCents: bar.cents })
    }
    for (const level of dashboard.dunningLevels) {
      const grid = await get<{ total: number; openCents: number }>('invoices:list', { view: 'overdue', asOf, limit: 1, dunningLevel: level.level })
      expect(grid, `level ${level.level}`).toMatchObject({ total: level.count, openCents: level.cents })
    }
  })
})
