// The arrangements in the "Vandaag" list on the real store: follow-ups on their day until ticked off, and a
// plan instalment's reminder from `reminderDays` before it is due until it is recorded or paid.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { auditLog, notes } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { addNote, completeDueFollowUps, completeFollowUp, reopenFollowUps } from '../../../src/main/domains/arrangements/notes.service'
import { createPlan, markInstalmentReminded, planDetail, proposePlan } from '../../../src/main/domains/arrangements/plans.service'
import { worklistOf } from '../../../src/main/domains/worklist/worklist.service'
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
const ours = (today: string) => worklistOf(t.db, today).filter((i) => i.kind === 'follow-up' || i.kind === 'instalment-reminder')

describe('arrangements in the Vandaag list', () => {
  it('lists a customer to follow up from the day asked, once however many notes, until each is done', () => {
    const customerId = inv('2026-0042').customerId
    const first = addNote(t.db, { customerId, kind: 'call', body: 'Boekhouder belt terug', callOutcome: 'no_answer', followUpOn: '2026-02-05' }, '2026-02-01')
    const second = addNote(t.db, { customerId, kind: 'note', body: 'Factuur opnieuw sturen', followUpOn: '2026-02-06' }, '2026-02-01')
    expect(ours('2026-02-04')).toEqual([])
    expect(ours('2026-02-06')).toEqual([{ kind: 'follow-up', ref: second.id, customerCode: 'C2', customerName: 'Bakkerij De Korenaar B.V.', date: '2026-02-05', amountCents: null, count: 2, level: null }])
    completeFollowUp(t.db, first.id, '2026-02-06')
    expect(ours('2026-02-06')).toMatchObject([{ kind: 'follow-up', date: '2026-02-06', count: 1 }])
    completeFollowUp(t.db, second.id, '2026-02-06')
    expect(ours('2026-02-07')).toEqual([])
  })

  it('asks for an instalment reminder in the days before it is due, until it is recorded', () => {
    const customerId = inv('2026-0042').customerId
    const terms = { customerId, invoiceIds: [inv('2026-0002').id, inv('2026-0042').id], frequency: 'monthly' as const, startDate: '2026-02-28' }
    const plan = createPlan(t.db, { ...terms, schedule: proposePlan(t.db, { ...terms, instalments: 2 }, '2026-02-01').schedule, reminderDays: 3 }, '2026-02-01')
    const [first] = planDetail(t.db, plan.id, '2026-02-01').instalments
    expect(ours('2026-02-24')).toEqual([])
    expect(ours('2026-02-25')).toEqual([{ kind: 'instalment-reminder', ref: first!.id, customerCode: 'C2', customerName: 'Bakkerij De Korenaar B.V.', date: '2026-02-28', amountCents: 17_500, count: 1, level: null }])
    markInstalmentReminded(t.db, first!.id, '2026-02-25')
    expect(ours('2026-02-26')).toEqual([])
    expect(ours('2026-03-25')).toMatchObject([{ kind: 'instalment-reminder', date: '2026-03-28', count: 2 }])
  })

  it('ticks a customer’s follow-up line off on Vandaag in one go (every note due by today), audited, and undoes it', () => {
    const customerId = inv('2026-0042').customerId
    const call = addNote(t.db, { customerId, kind: 'call', body: 'Belt terug', callOutcome: 'no_answer', followUpOn: '2026-02-05' }, '2026-02-01')
    const note = addNote(t.db, { customerId, kind: 'note', body: 'Factuur opnieuw sturen', followUpOn: '2026-02-06' }, '2026-02-01')
    const later = addNote(t.db, { customerId, kind: 'note', body: 'Na de vakantie bellen', followUpOn: '2026-03-01' }, '2026-02-01')
    const other = addNote(t.db, { customerId: inv('2026-0050').customerId, kind: 'note', body: 'Ander', followUpOn: '2026-02-05' }, '2026-02-01')
    const [line] = ours('2026-02-06').filter((i) => i.customerCode === 'C2')
    expect(line).toMatchObject({ kind: 'follow-up', ref: note.id, count: 2 })

    expect(completeDueFollowUps(t.db, line!.ref, '2026-02-06').sort()).toEqual([call.id, note.id].sort())
    expect(ours('2026-02-06').map((i) => i.customerCode)).toEqual(['C3'])
    const done = (id: number) => t.db.select().from(notes).where(eq(notes.id, id)).get()!.followUpDoneOn
    expect([done(call.id), done(note.id), done(later.id), done(other.id)]).toEqual(['2026-02-06', '2026-02-06', null, null])
    const audit = () => t.db.select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog).all().slice(-2)
    expect(audit()).toEqual(expect.arrayContaining([{ action: 'note.follow-up-done', entityId: String(call.id) }, { action: 'note.follow-up-done', entityId: String(note.id) }]))
    // nothing left to tick off for that customer today
    expect(caught(() => completeDueFollowUps(t.db, note.id, '2026-02-06'))).toMatchObject({ kind: 'conflict', field: 'noteId' })

    // undo: both are due again on their old dates
    expect(reopenFollowUps(t.db, [call.id, note.id]).sort()).toEqual([call.id, note.id].sort())
    expect(ours('2026-02-06').filter((i) => i.customerCode === 'C2')).toMatchObject([{ date: '2026-02-05', count: 2 }])
    expect(audit().map((a) => a.action)).toEqual(['note.follow-up-reopened', 'note.follow-up-reopened'])
    expect(verifyAudit(t.db).ok).toBe(true)
    expect(caught(() => reopenFollowUps(t.db, [999]))).toMatchObject({ kind: 'not-found', field: 'noteId' })
  })
})
