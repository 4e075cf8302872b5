// The one definition of open, as of any day: stored amounts for today, the payment history replayed
// for a past day, and aging buckets that always add up to the open total.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { AppDb } from '../../../src/main/db/connection'
import { hasHistoryAfter, openItems } from '../../../src/main/domains/receivables/open-items'
import { openPosition } from '../../../src/main/domains/receivables/open-position'
import { agingReport } from '../../../src/main/domains/reports/aging.queries'
import { useTestDb } from '../../helpers/db'
import { createLedger } from './ledger'

const db = useTestDb()

/** The ledger of the scenario in the comments; today is 2026-06-30. */
function seed(d: AppDb) {
  const l = createLedger(d)
  const a = l.customer('A001', 'Aannemer Aalders')
  const b = l.customer('B002', 'Bakkerij Bos')
  const f1 = l.invoice({ customerId: a, number: 'F1', invoiceDate: '2026-01-10', dueDate: '2026-02-09', amountCents: 100_00, openCents: 0, status: 'paid', settledOn: '2026-04-10' })
  l.payment('2026-03-10', 40_00, f1)
  l.payment('2026-04-10', 60_00, f1)
  l.invoice({ customerId: a, number: 'F2', invoiceDate: '2026-02-01', dueDate: '2026-03-03', amountCents: 50_00 })
  const f3 = l.invoice({ customerId: a, number: 'F3', invoiceDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 80_00, openCents: 50_00 })
  l.payment('2026-05-05', 30_00, f3)
  l.invoice({ customerId: a, number: 'CN4', invoiceDate: '2026-03-15', dueDate: '2026-03-15', amountCents: -20_00 })
  // gone from the client's export on 20 May: paid somewhere between two imports
  l.invoice({ customerId: a, number: 'F5', invoiceDate: '2026-05-01', dueDate: '2026-05-31', amountCents: 70_00, openCents: 0, status: 'paid', archivedAt: '2026-05-20T09:00:00.000Z' })
  const f6 = l.invoice({ customerId: b, number: 'F6', invoiceDate: '2026-04-01', dueDate: '2026-05-01', amountCents: 30_00, openCents: 0, status: 'paid', settledOn: '2026-06-01' })
  l.movement(f6, '2026-06-01', 30_00)
  l.invoice({ customerId: b, number: 'F7', invoiceDate: '2026-04-15', dueDate: '2026-05-15', amountCents: 25_00, disputed: true })
  l.invoice({ customerId: b, number: 'F8', invoiceDate: '2026-06-20', dueDate: '2026-07-20', amountCents: 10_00 })
  // money from an unknown payer
  l.payment('2026-05-10', 0, null, 12_34)
}

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
