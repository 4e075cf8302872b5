// Disputes, holds and snoozes, hand-overs and notes on the real encrypted store: records, flags and audit.
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditLog, customers, holds } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { decideDispute, openDispute } from '../../../src/main/domains/arrangements/disputes.service'
import { evaluateArrangements } from '../../../src/main/domains/arrangements/evaluate'
import { handOver, handoverInvoiceIds, withdrawHandover } from '../../../src/main/domains/arrangements/handovers.service'
import { placeHold, releaseHold } from '../../../src/main/domains/arrangements/holds.service'
import { addNote, completeFollowUp } from '../../../src/main/domains/arrangements/notes.service'
import { type TestDb, createTestDb } from '../../helpers/db'
import { caught } from '../../helpers/errors'
import { invoiceByNumber, seedReceivables } from '../payments/bank-db'

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
})
afterEach(() => t.close())

const inv = (n: string) => invoiceByNumber(t.db, n)
const customer = (id: number) => t.db.select().from(customers).where(eq(customers.id, id)).get()!
const actions = () => t.db.select({ action: auditLog.action }).from(auditLog).all().map((a) => a.action)

describe('disputes', () => {
  it('opens on part of an invoice, marks it, and accept / reject / cancel follow the lifecycle', () => {
    const d = openDispute(t.db, { invoiceId: inv('2026-0042').id, reason: 'quality', amountCents: 4_000, note: 'twee dozen beschadigd' }, '2026-02-01')
    expect(d).toMatchObject({ status: 'open', reason: 'quality', amountCents: 4_000, openedOn: '2026-02-01' })
    expect(inv('2026-0042')).toMatchObject({ disputed: true, openCents: 10_000 })
    expect(decideDispute(t.db, { disputeId: d.id, action: 'accept', resolution: 'creditnota volgt' }, '2026-02-05')).toMatchObject({ status: 'accepted', resolvedOn: '2026-02-05' })
    // accepted: still out of dunning until the credit note arrives
    expect(inv('2026-0042').disputed).toBe(true)
    expect(caught(() => decideDispute(t.db, { disputeId: d.id, action: 'reject' }, '2026-02-06'))).toMatchObject({ kind: 'validation', field: 'resolution' })
    expect(decideDispute(t.db, { disputeId: d.id, action: 'reject', resolution: 'creditnota toch geweigerd' }, '2026-02-06').status).toBe('rejected')
    expect(inv('2026-0042').disputed).toBe(false)
    expect(caught(() => decideDispute(t.db, { disputeId: d.id, action: 'accept' }, '2026-02-07'))).toMatchObject({ kind: 'conflict' })

    const wrong = openDispute(t.db, { invoiceId: inv('2026-0043').id, reason: 'price' }, '2026-02-01')
    expect(decideDispute(t.db, { disputeId: wrong.id, action: 'cancel' }, '2026-02-01').status).toBe('cancelled')
    expect(inv('2026-0043').disputed).toBe(false)
    expect(actions().filter((a) => a.startsWith('dispute.'))).toEqual(['dispute.opened', 'dispute.accepted', 'dispute.rejected', 'dispute.opened', 'dispute.cancelled'])
  })

  it('refuses an unknown reason, more than is open, and an invoice with nothing open', () => {
    expect(caught(() => openDispute(t.db, { invoiceId: inv('2026-0042').id, reason: 'weather' as 'price' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'reason' })
    expect(caught(() => openDispute(t.db, { invoiceId: inv('2026-0042').id, reason: 'price', amountCents: 10_001 }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'amountCents' })
    t.db.$client.prepare(`UPDATE invoices SET open_cents = 0, status = 'paid' WHERE number = '2026-0043'`).run()
    expect(caught(() => openDispute(t.db, { invoiceId: inv('2026-0043').id, reason: 'price' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'invoiceId' })
  })
})

describe('holds and snoozes', () => {
  it('hold a customer until a date: flag set, ended the day after the end date by the evaluation', () => {
    const customerId = inv('2026-0042').customerId
    const [h] = placeHold(t.db, { customerId, kind: 'hold', reason: 'in gesprek over betalingsregeling', until: '2026-02-15' }, '2026-02-01')
    expect(customer(customerId).onHold).toBe(true)
    expect(evaluateArrangements(t.db, '2026-02-15').expiredHolds).toEqual([])
    expect(evaluateArrangements(t.db, '2026-02-16').expiredHolds).toEqual([h!.id])
    expect(t.db.select().from(holds).where(eq(holds.id, h!.id)).get()?.endedOn).toBe('2026-02-16')
    expect(customer(customerId).onHold).toBe(false)
  })

  it('snooze single invoices: needs an end date; released early by hand', () => {
    const customerId = inv('2026-0042').customerId
    expect(caught(() => placeHold(t.db, { customerId, invoiceIds: [inv('2026-0042').id], kind: 'snooze', reason: 'klant op vakantie' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'until' })
    expect(caught(() => placeHold(t.db, { customerId, kind: 'snooze', reason: 'x', until: '2026-01-31' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'until' })
    const placed = placeHold(t.db, { customerId, invoiceIds: [inv('2026-0042').id, inv('2026-0043').id], kind: 'snooze', reason: 'klant op vakantie', until: '2026-02-20' }, '2026-02-01')
    expect(placed).toHaveLength(2)
    expect([inv('2026-0042').snoozedUntil, inv('2026-0043').snoozedUntil, inv('2026-0002').snoozedUntil]).toEqual(['2026-02-20', '2026-02-20', null])
    expect(customer(customerId).snoozedUntil).toBeNull()
    releaseHold(t.db, placed[0]!.id, '2026-02-03')
    expect([inv('2026-0042').snoozedUntil, inv('2026-0043').snoozedUntil]).toEqual([null, '2026-02-20'])
    expect(caught(() => releaseHold(t.db, placed[0]!.id, '2026-02-04'))).toMatchObject({ kind: 'conflict' })
    expect(caught(() => placeHold(t.db, { customerId, invoiceIds: [inv('2026-0050').id], kind: 'hold', reason: 'x' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'invoiceIds' })
  })
})

describe('hand-over', () => {
  it('marks every open item handed over with what was open; withdraw (undo) returns them to dunning', () => {
    const customerId = inv('2026-0042').customerId
    const h = handOver(t.db, { customerId, kind: 'bailiff', party: 'Gerechtsdeurwaarderskantoor Jansen', handedOverOn: '2026-02-01', reference: 'GD-2026-118' }, '2026-02-01')
    expect(handoverInvoiceIds(t.db, h.id)).toEqual([
      { invoiceId: inv('2026-0002').id, openCents: 25_000 },
      { invoiceId: inv('2026-0042').id, openCents: 10_000 },
      { invoiceId: inv('2026-0043').id, openCents: 6_000 }
    ])
    expect(['2026-0002', '2026-0042', '2026-0043', '2026-0050'].map((n) => inv(n).handedOver)).toEqual([true, true, true, false])
    expect(caught(() => handOver(t.db, { customerId, kind: 'lawyer', party: 'Mr. De Vries', handedOverOn: '2026-02-02' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'handedOverOn' })
    withdrawHandover(t.db, h.id, '2026-02-02')
    expect(inv('2026-0042').handedOver).toBe(false)
    expect(actions().filter((a) => a.startsWith('handover.'))).toEqual(['handover.recorded', 'handover.withdrawn'])
  })
})

describe('notes and calls', () => {
  it('records a call with its outcome and follow-up date, and the follow-up once done', () => {
    const customerId = inv('2026-0042').customerId
    const n = addNote(t.db, { customerId, invoiceId: inv('2026-0042').id, kind: 'call', body: 'Boekhouder gesproken, betaalt na controle', callOutcome: 'reached', followUpOn: '2026-02-10' }, '2026-02-01')
    expect(n).toMatchObject({ kind: 'call', callOutcome: 'reached', followUpOn: '2026-02-10', followUpDoneOn: null })
    expect(completeFollowUp(t.db, n.id, '2026-02-10').followUpDoneOn).toBe('2026-02-10')
    expect(caught(() => completeFollowUp(t.db, n.id, '2026-02-11'))).toMatchObject({ kind: 'conflict' })
    expect(caught(() => addNote(t.db, { customerId, kind: 'note', body: 'x', callOutcome: 'reached' }, '2026-02-01'))).toMatchObject({ field: 'callOutcome' })
    expect(caught(() => addNote(t.db, { customerId, kind: 'note', body: '   ' }, '2026-02-01'))).toMatchObject({ field: 'body' })
    expect(verifyAudit(t.db).ok).toBe(true)
  })
})
