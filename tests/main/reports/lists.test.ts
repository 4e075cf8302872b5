// The report lists through reports:list on the demo: paged to the last row (the bank entries too), totals
// that agree with the open position, and the follow-up records as they are stored.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoData } from '../../../src/main/demo/seed-demo'
import { addDays } from '../../../src/shared/dates'
import type { ReportList } from '../../../src/shared/domains/reports/tables'
import type { CustomerRowDto } from '../../../src/shared/ipc/customers.contract'
import type { OpenPositionDto, ReportListDto } from '../../../src/shared/ipc/reports.contract'
import type { ForecastDto } from '../../../src/shared/ipc/risk.contract'
import { call, createTestServices, openNewAdministration, type TestServices } from '../ipc/services'
import { addNote, completeFollowUp } from '../../../src/main/domains/arrangements/notes.service'
import { listSlices } from '../../../src/main/domains/reports/list-source'
import { listSource } from '../../../src/main/domains/reports/lists'

const TODAY = '2026-11-23'
let t: TestServices
const list = (name: ReportList, extra: object = {}) => call(t.dispatch, 'reports:list', { list: name, asOf: TODAY, limit: 500, ...extra }) as Promise<ReportListDto>
type InvoicePage = { rows: { id: number }[]; total: number; openCents: number }
const count = (table: string) => t.services.session.db().get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))?.n ?? 0

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Demo')
  // the demo's reminder history comes from the dunning engine: weekly runs over the past months
  seedDemoData(t.services.session.db(), { today: TODAY })
}, 60_000)
afterAll(() => t.dispose())

async function everyPage(name: ReportList): Promise<ReportListDto['rows']> {
  const rows: ReportListDto['rows'] = []
  for (;;) {
    const page = await list(name, { offset: rows.length })
    rows.push(...page.rows)
    if (page.rows.length === 0 || rows.length >= page.total) return rows
  }
}

describe('report lists', () => {
  it('pages through every bank entry, past the old 500-row stop', async () => {
    const first = await list('bank-entries')
    expect(first.total).toBe(count('bank_entries'))
    expect(first.total).toBeGreaterThan(1_000)
    const rows = await everyPage('bank-entries')
    expect(new Set(rows.map((r) => r.entryId)).size).toBe(first.total)
    // newest first
    expect(String(rows[0]?.cells[0]) >= String(rows.at(-1)?.cells[0])).toBe(true)
  })

  it('lists the open items of the open position, with the same total', async () => {
    const position = (await call(t.dispatch, 'reports:get-position', { asOf: TODAY })) as OpenPositionDto
    const rows = await everyPage('open-items')
    expect(rows).toHaveLength(position.openCount)
    const open = rows.reduce((s, r) => s + Number(r.cells[8]), 0)
    expect(open).toBe(position.openCents)
    const found = await list('open-items', { search: String(rows[0]?.cells[2]) })
    expect(found.rows.map((r) => r.cells[2])).toContain(rows[0]?.cells[2])
  })

  it("reads the open items for an export in keyset slices: the screen's rows in the screen's order, today and on a past day", async () => {
    const db = t.services.session.db()
    const source = listSource('open-items')
    for (const asOf of [TODAY, addDays(TODAY, -60)]) {
      const all = source.rows(db, { asOf }, 0, -1)
      // slices smaller than a customer's items, so a slice often starts in the middle of a customer
      const slices = [...listSlices(source, db, { asOf }, 3)]
      expect(slices.every((s) => s.length === 3 || s === slices.at(-1))).toBe(true)
      expect(slices.flat().map((r) => r.invoiceId)).toEqual(all.map((r) => r.invoiceId))
      expect(all.length).toBe(source.count(db, { asOf }))
    }
  })

  it('lists the invoices the cash-in forecast expects to be paid in a week, paged and totalled in SQL', async () => {
    const forecast = (await call(t.dispatch, 'risk:get-forecast', { asOf: TODAY, limit: 500 })) as ForecastDto
    expect(forecast.invoices.total).toBe(forecast.invoices.rows.length)
    const busiest = forecast.weeks
      .map((w) => ({ from: w.weekStart, to: addDays(w.weekStart, 6) }))
      .map((range) => ({ range, items: forecast.invoices.rows.filter((r) => r.predictedDate >= range.from && r.predictedDate <= range.to) }))
      .sort((a, b) => b.items.length - a.items.length)[0]!
    expect(busiest.items.length).toBeGreaterThan(2)
    const grid = (await call(t.dispatch, 'invoices:list', { view: 'open', asOf: TODAY, expected: busiest.range, sort: 'number', limit: 2 })) as InvoicePage
    expect(grid.total).toBe(busiest.items.length)
    expect(grid.openCents).toBe(busiest.items.reduce((s, r) => s + r.openCents, 0))
    const rest = (await call(t.dispatch, 'invoices:list', { view: 'open', asOf: TODAY, expected: busiest.range, sort: 'number', offset: 2, limit: 500 })) as InvoicePage
    expect([...grid.rows, ...rest.rows].map((r) => r.id).sort((a, b) => a - b)).toEqual(busiest.items.map((r) => r.invoiceId).sort((a, b) => a - b))
    // a week nothing is expected in lists nothing
    const empty = (await call(t.dispatch, 'invoices:list', { view: 'open', asOf: TODAY, expected: { from: '2001-01-01', to: '2001-01-07' } })) as InvoicePage
    expect(empty).toMatchObject({ rows: [], total: 0, openCents: 0 })
  })

  it('gives the collector every customer with a past-due balance, largest first, and those to follow up', async () => {
    const worklist = await everyPage('worklist')
    const customers = (await call(t.dispatch, 'customers:list', { asOf: TODAY, limit: 500 })) as { rows: CustomerRowDto[] }
    const behind = customers.rows.filter((c) => c.overdueCents > 0)
    const followUp = t.services.session.db().all<{ id: number }>(sql`SELECT DISTINCT customer_id AS id FROM notes WHERE follow_up_on <= ${TODAY} AND follow_up_done_on IS NULL`)
    expect(worklist.map((r) => r.customerId).sort()).toEqual([...new Set([...behind.map((c) => c.id), ...followUp.map((c) => c.id)])].sort())
    expect(worklist.reduce((s, r) => s + Number(r.cells[2]), 0)).toBe(behind.reduce((s, c) => s + c.overdueCents, 0))
    const amounts = worklist.map((r) => Number(r.cells[2]))
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts)
  })

  it('puts a customer on the worklist on the day a note asks to follow up, until it is done', async () => {
    const db = t.services.session.db()
    const current = (await call(t.dispatch, 'customers:list', { asOf: TODAY, limit: 500 })) as { rows: CustomerRowDto[] }
    const upToDate = current.rows.find((c) => c.overdueCents === 0 && !db.get(sql`SELECT 1 FROM notes WHERE customer_id = ${c.id} AND follow_up_on IS NOT NULL`))
    if (!upToDate) throw new Error('the demo has a customer with nothing overdue')
    const later = '2026-11-25'
    const note = addNote(db, { customerId: upToDate.id, kind: 'call', body: 'Terugbellen over de nieuwe order', callOutcome: 'reached', followUpOn: later }, TODAY)
    const row = async (asOf: string) => (await list('worklist', { asOf, search: upToDate.code })).rows.find((r) => r.customerId === upToDate.id)?.cells
    expect(await row(TODAY)).toBeUndefined()
    // nothing overdue, no reminder, no promise: there only to be called back
    expect((await row(later))?.slice(0, 11)).toEqual([upToDate.code, upToDate.name, 0, 0, 0, null, null, later, 0, false, 0])
    completeFollowUp(db, note.id, later)
    expect(await row(later)).toBeUndefined()
  })

  it('shows the dunning history, promises, plans and disputes as recorded', async () => {
    const history = await list('dunning-history')
    const db = t.services.session.db()
    const executed = (upTo: string) =>
      db.get<{ n: number }>(sql`SELECT count(*) AS n FROM dunning_actions a JOIN dunning_runs r ON r.id = a.run_id WHERE r.status = 'executed' AND coalesce(a.sent_on, r.run_date) <= ${upTo}`)?.n
    expect(history.total).toBeGreaterThan(0)
    expect(history.total).toBe(executed(TODAY))
    const newest = db.get<{ date: string; level: number; channel: string; principal: number }>(sql`
      SELECT coalesce(a.sent_on, r.run_date) AS date, a.level, a.channel, a.principal_cents AS principal
      FROM dunning_actions a JOIN dunning_runs r ON r.id = a.run_id WHERE r.status = 'executed' ORDER BY date DESC, a.id DESC LIMIT 1`)
    expect(history.rows[0]?.cells).toEqual([newest?.date, expect.any(String), expect.any(String), expect.any(String), newest?.level, newest?.channel, newest?.principal, expect.any(Number), expect.any(Number), expect.any(String)])
    const earlier = '2026-09-01'
    expect((await list('dunning-history', { asOf: earlier })).total).toBe(executed(earlier))
    expect((await list('promises')).total).toBe(count('promises'))
    const plans = await list('plans')
    expect(plans.total).toBe(count('payment_plans'))
    expect(plans.rows[0]?.cells).toEqual([expect.any(String), expect.any(String), expect.any(String), expect.any(Number), 0, 6, expect.any(String), 'active'])
    expect((await list('unapplied')).total).toBe(0)
  })

  it('lists the disputes opened by the day asked, in the state they had that day', async () => {
    const db = t.services.session.db()
    // the demo dates nothing after its today (it once opened a dispute the day after), so today's list has them all
    expect(db.get<{ n: number }>(sql`SELECT count(*) AS n FROM disputes WHERE opened_on > ${TODAY} OR resolved_on > ${TODAY}`)?.n).toBe(0)
    const today = await list('disputes')
    expect(today.total).toBe(count('disputes'))
    const accepted = db.get<{ number: string; openedOn: string; resolvedOn: string }>(sql`
      SELECT i.number, d.opened_on AS openedOn, d.resolved_on AS resolvedOn FROM disputes d JOIN invoices i ON i.id = d.invoice_id
      WHERE d.status = 'accepted' AND d.resolved_on > d.opened_on ORDER BY d.id LIMIT 1`)
    if (!accepted) throw new Error('the demo has an accepted dispute')
    const row = (rows: ReportListDto['rows']) => rows.find((r) => r.cells[2] === accepted.number)?.cells
    expect(row(today.rows)?.slice(6)).toEqual(['accepted', accepted.resolvedOn, expect.any(String)])
    // the day before it was accepted it was open; the day before it was opened it was not listed
    const before = addDays(accepted.resolvedOn, -1)
    const then = await list('disputes', { asOf: before })
    expect(then.total).toBe(db.get<{ n: number }>(sql`SELECT count(*) AS n FROM disputes WHERE opened_on <= ${before}`)?.n)
    expect(row(then.rows)?.slice(6)).toEqual(['open', null, null])
    expect(row((await list('disputes', { asOf: addDays(accepted.openedOn, -1) })).rows)).toBeUndefined()
  })
})
