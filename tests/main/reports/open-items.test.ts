// The one definition of open, as of any day: stored amounts for today, the payment history replayed
// for a past day, and aging buckets that always add up to the open total.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { AppDb } from '../../../src/main/db/connection'
import { hasHistoryAfter, openItems } from '../../../src/main/domains/receivables/open-items'
import { openPosition } from '../../../src/main/domains/receivables/open-position'
import { agingReport } from '../../../src/main/domains/reports/aging.queries'
import { kpiReport, kpiTrend } from '../../../src/main/domains/reports/kpi.queries'
import { useTestDb } from '../../helpers/db'
import { seedHistory as seed } from './ledger'

const db = useTestDb()

const items = (d: AppDb, asOf: string, replay = false) =>
  d.all<{ number: string; open: number }>(sql`SELECT number, open_cents AS open FROM ${openItems(d, asOf, { replay })} AS i ORDER BY number`)

describe('open items as of a day', () => {
  it('reads today from the stored amounts, and replaying the history gives the same items', () => {
    seed(db())
    expect(hasHistoryAfter(db(), '2026-06-30')).toBe(false)
    const today = items(db(), '2026-06-30')
    expect(today).toEqual([
      { number: 'CN4', open: -20_00 },
      { number: 'F2', open: 50_00 },
      { number: 'F3', open: 50_00 },
      { number: 'F7', open: 25_00 },
      { number: 'F8', open: 10_00 }
    ])
    expect(items(db(), '2026-06-30', true)).toEqual(today)
  })

  it('replays payments, settlements and vanished items for a past day', () => {
    seed(db())
    expect(hasHistoryAfter(db(), '2026-05-15')).toBe(true)
    // 31 March: F1 paid 40 of 100; F3 not paid yet; later invoices not issued yet
    expect(items(db(), '2026-03-31')).toEqual([
      { number: 'CN4', open: -20_00 },
      { number: 'F1', open: 60_00 },
      { number: 'F2', open: 50_00 },
      { number: 'F3', open: 80_00 }
    ])
    // 15 May: F1 settled (10 April), F3 paid 30, F5 still in the export, F6 paid on 1 June (accounting history)
    expect(items(db(), '2026-05-15')).toEqual([
      { number: 'CN4', open: -20_00 },
      { number: 'F2', open: 50_00 },
      { number: 'F3', open: 50_00 },
      { number: 'F5', open: 70_00 },
      { number: 'F6', open: 30_00 },
      { number: 'F7', open: 25_00 }
    ])
    // F5 left the export on 20 May: closed at the end of that day
    expect(items(db(), '2026-05-20').map((r) => r.number)).not.toContain('F5')
    expect(items(db(), '2026-05-19').map((r) => r.number)).toContain('F5')
  })

  it('states the position with credit notes, disputed items and unapplied payments apart', () => {
    seed(db())
    expect(openPosition(db(), '2026-05-15')).toEqual({
      asOf: '2026-05-15',
      openCents: 205_00,
      openCount: 6,
      invoicesCents: 225_00,
      invoicesCount: 5,
      creditNotesCents: -20_00,
      creditNotesCount: 1,
      // past due on 15 May: F2, F3, CN4, F6 (F7 falls due that day)
      overdueCents: 110_00,
      overdueCount: 4,
      customersOverdue: 2,
      disputedCents: 25_00,
      disputedCount: 1,
      unappliedCents: 12_34,
      unappliedCount: 1
    })
    expect(openPosition(db(), '2026-03-31')).toMatchObject({ openCents: 170_00, openCount: 4, unappliedCents: 0 })
  })
})

describe('aging', () => {
  it('buckets by due date add up to the open total, per customer too', () => {
    seed(db())
    const aging = agingReport(db(), { asOf: '2026-05-15' })
    expect(aging.buckets.map((b) => [b.label, b.fromDays, b.toDays, b.cents, b.count])).toEqual([
      ['current', null, 0, 95_00, 2],
      ['1-30', 1, 30, 30_00, 1],
      ['31-60', 31, 60, 50_00, 1],
      ['61-90', 61, 90, 30_00, 2],
      ['90+', 91, null, 0, 0]
    ])
    expect(aging.totalCents).toBe(205_00)
    expect(aging.totalCents).toBe(openPosition(db(), '2026-05-15').openCents)
    expect(aging).toMatchObject({ totalCount: 6, disputedCents: 25_00, disputedCount: 1, unappliedCents: 12_34 })
    for (const c of aging.customers) expect(c.buckets.reduce((s, b) => s + b.cents, 0)).toBe(c.totalCents)
    expect(aging.customers.map((c) => [c.code, c.totalCents, c.disputedCents])).toEqual([
      ['A001', 150_00, 0],
      ['B002', 55_00, 25_00]
    ])
  })

  it('buckets by invoice date with bounds of its own', () => {
    seed(db())
    const aging = agingReport(db(), { asOf: '2026-05-15', basis: 'invoice' })
    expect(aging.buckets.map((b) => [b.label, b.cents, b.count])).toEqual([
      ['0-30', 95_00, 2],
      ['31-60', 30_00, 1],
      ['61-90', 30_00, 2],
      ['90+', 50_00, 1]
    ])
    const wide = agingReport(db(), { asOf: '2026-05-15', bounds: [45, 120] })
    expect(wide.buckets.map((b) => [b.label, b.cents])).toEqual([
      ['current', 95_00],
      ['1-45', 80_00],
      ['46-120', 30_00],
      ['120+', 0]
    ])
  })
})

describe('KPIs from the ledger', () => {
  it('equal the figures worked out by hand for 1 April – 15 May', () => {
    seed(db())
    expect(kpiReport(db(), '2026-04-01', '2026-05-15')).toEqual({
      from: '2026-04-01',
      to: '2026-05-15',
      days: 45,
      periods: 2,
      // open on 31 March: F1 60, F2 50, F3 80, CN4 −20
      beginningCents: 170_00,
      receivablesCents: 205_00,
      pastDueCents: 110_00,
      // F6 30 + F7 25 + F5 70 issued in the period
      creditSalesCents: 125_00,
      // 205 / 125 × 45
      dsoSimple: 73.8,
      // May 1–15 (70: 15 days), April (55: 30 days), March (60: 31 days), then 20 / 50 of February's 28 days
      dsoCountback: 87.2,
      countbackExhausted: false,
      // 95 current / 125 × 45
      bestPossibleDso: 34.2,
      averageDaysDelinquent: 39.6,
      // (170 + 125/2 − 205) / (170 + 125/2 − 95)
      cei: 20,
      over90Pct: 0,
      disputedPct: 12.2
    })
  })

  it('trend: one row per month, each month ending where the next begins', () => {
    seed(db())
    const trend = kpiTrend(db(), '2026-06-30', 6)
    expect(trend.map((m) => [m.month, m.from, m.to])).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-30'],
      ['2026-05', '2026-05-01', '2026-05-31'],
      ['2026-06', '2026-06-01', '2026-06-30']
    ])
    for (let k = 1; k < trend.length; k++) expect(trend[k]?.beginningCents).toBe(trend[k - 1]?.receivablesCents)
    expect(trend.at(-1)?.receivablesCents).toBe(openPosition(db(), '2026-06-30').openCents)
  })
})
