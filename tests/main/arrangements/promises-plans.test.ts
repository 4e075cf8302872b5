// Promises and payment plans on the real encrypted store, followed by real bank imports.
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { auditLog, invoices, paymentPlans, promises } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { evaluateArrangements } from '../../../src/main/domains/arrangements/evaluate'
import { planDto } from '../../../src/main/domains/arrangements/overview.queries'
import { cancelPlan, createPlan, markInstalmentReminded, planDetail, proposePlan } from '../../../src/main/domains/arrangements/plans.service'
import { cancelPromise, recordPromise } from '../../../src/main/domains/arrangements/promises.service'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { tickAdministration } from '../../../src/main/jobs/scheduler'
import { type TestDb, createTestDb } from '../../helpers/db'
import { caught } from '../../helpers/errors'
import { mt940 } from '../../helpers/mt940'
import { invoiceByNumber, seedReceivables } from '../payments/bank-db'

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
})
afterEach(() => t.close())

// Bakkerij De Korenaar (C2) owes 2026-0002 (€ 250, due 1 Jan), 2026-0042 (€ 100, due 3 Jan) and 2026-0043 (€ 60, due 4 Jan)
const KORENAAR = { iban: 'NL02RABO0123456789', name: 'Bakkerij De Korenaar' }
const inv = (n: string) => invoiceByNumber(t.db, n)
const pay = (date: string, amountCents: number, extra: { reference?: string; remittance?: string }, statement: string) =>
  importBankFile(t.db, mt940([{ date, amountCents, ...KORENAAR, ...extra }], { statement }), `${statement}.sta`)
const status = (id: number) => t.db.select().from(promises).where(eq(promises.id, id)).get()

describe('promises to pay', () => {
  it('is kept when payments up to the amount are matched by the date, even in parts', () => {
    const p = recordPromise(t.db, { customerId: inv('2026-0042').customerId, amountCents: 16_000, promisedDate: '2026-02-10', invoiceIds: [inv('2026-0042').id, inv('2026-0043').id] }, '2026-02-01')
    pay('2026-02-03', 10_000, { remittance: 'factuur 2026-0042' }, 'S1')
    expect(evaluateArrangements(t.db, '2026-02-05').promises).toEqual([])
    pay('2026-02-09', 6_000, { remittance: 'factuur 2026-0043' }, 'S2')
    expect(evaluateArrangements(t.db, '2026-02-09').promises).toEqual([{ id: p.id, status: 'kept' }])
    expect(status(p.id)).toMatchObject({ status: 'kept', resolvedOn: '2026-02-09' })
  })

  it('is broken the day after the date when less was paid, and kept after all when a late statement shows the payment by the date', () => {
    const p = recordPromise(t.db, { customerId: inv('2026-0042').customerId, amountCents: 16_000, promisedDate: '2026-02-10', invoiceIds: [inv('2026-0042').id, inv('2026-0043').id] }, '2026-02-01')
    pay('2026-02-03', 10_000, { remittance: 'factuur 2026-0042' }, 'S1')
    expect(evaluateArrangements(t.db, '2026-02-10').promises).toEqual([])
    expect(evaluateArrangements(t.db, '2026-02-11').promises).toEqual([{ id: p.id, status: 'broken' }])
    expect(status(p.id)).toMatchObject({ status: 'broken', resolvedOn: '2026-02-11' })
    // evaluating again changes nothing
    expect(evaluateArrangements(t.db, '2026-02-12').promises).toEqual([])
    // the statement of 10 February arrives late: the rest was paid on the promised day
    pay('2026-02-10', 6_000, { remittance: 'factuur 2026-0043' }, 'S2')
    expect(evaluateArrangements(t.db, '2026-02-13').promises).toEqual([{ id: p.id, status: 'kept' }])
  })

  it('is broken by the scheduler the day after its date, without any bank file coming in', async () => {
    const p = recordPromise(t.db, { customerId: inv('2026-0042').customerId, amountCents: 16_000, promisedDate: '2026-02-10' }, '2026-02-01')
    // before the daily proposal's hour, so only the arrangements are looked at
    expect(await tickAdministration(t.db, new Date('2026-02-10T06:00:00'))).toBe(false)
    expect(status(p.id)?.status).toBe('open')
    expect(await tickAdministration(t.db, new Date('2026-02-11T06:00:00'))).toBe(true)
    expect(status(p.id)).toMatchObject({ status: 'broken', resolvedOn: '2026-02-11' })
    expect(await tickAdministration(t.db, new Date('2026-02-11T06:05:00'))).toBe(false)
  })

  it('on the customer covers everything it had open; refuses past dates and other customers’ invoices; cancel is the undo', () => {
    const customerId = inv('2026-0042').customerId
    const p = recordPromise(t.db, { customerId, amountCents: 41_000, promisedDate: '2026-02-10' }, '2026-02-01')
    pay('2026-02-05', 41_000, { remittance: 'facturen 2026-0002 2026-0042 2026-0043' }, 'S1')
    expect(evaluateArrangements(t.db, '2026-02-06').promises).toEqual([{ id: p.id, status: 'kept' }])
    expect(caught(() => recordPromise(t.db, { customerId, amountCents: 100, promisedDate: '2026-01-31' }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'promisedDate' })
    expect(caught(() => recordPromise(t.db, { customerId, amountCents: 100, promisedDate: '2026-03-01', invoiceIds: [inv('2026-0050').id] }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'invoiceIds' })
    const q = recordPromise(t.db, { customerId: inv('2026-0050').customerId, amountCents: 5_000, promisedDate: '2026-03-01' }, '2026-02-01')
    expect(cancelPromise(t.db, q.id, '2026-02-02', 'verkeerde klant')).toMatchObject({ status: 'cancelled', resolvedOn: '2026-02-02' })
    expect(caught(() => cancelPromise(t.db, q.id, '2026-02-02'))).toMatchObject({ kind: 'conflict', field: 'promiseId' })
    expect(evaluateArrangements(t.db, '2026-03-05').promises).toEqual([])
    const actions = t.db.select({ action: auditLog.action }).from(auditLog).all().map((a) => a.action)
    expect(actions.filter((a) => a.startsWith('promise.'))).toEqual(['promise.recorded', 'promise.kept', 'promise.recorded', 'promise.cancelled'])
    expect(verifyAudit(t.db).ok).toBe(true)
  })
})

describe('payment plans', () => {
  const terms = () => ({ customerId: inv('2026-0042').customerId, invoiceIds: [inv('2026-0043').id, inv('2026-0002').id, inv('2026-0042').id], frequency: 'monthly' as const, startDate: '2026-02-28' })

  it('proposes an even schedule whose last instalment balances, and refuses an edited one that does not add up', () => {
    const proposal = proposePlan(t.db, { ...terms(), instalments: 3 }, '2026-02-01')
    expect(proposal).toMatchObject({ principalCents: 41_000, costsCents: 0, interestCents: 0, totalCents: 41_000 })
    expect(proposal.invoices.map((i) => i.number)).toEqual(['2026-0002', '2026-0042', '2026-0043'])
    expect(proposal.schedule).toEqual([
      { seq: 1, dueDate: '2026-02-28', amountCents: 13_666 },
      { seq: 2, dueDate: '2026-03-28', amountCents: 13_666 },
      { seq: 3, dueDate: '2026-04-28', amountCents: 13_668 }
    ])
    const withCosts = proposePlan(t.db, { ...terms(), instalments: 3, includeCosts: true, includeInterest: true }, '2026-02-01')
    // NL b2b: € 40 minimum per invoice, and commercial interest for about a month
    expect(withCosts.costsCents).toBe(12_000)
    expect(withCosts.interestCents).toBeGreaterThan(0)
    expect(withCosts.totalCents).toBe(41_000 + 12_000 + withCosts.interestCents)
    const edited = proposal.schedule.map((i) => (i.seq === 2 ? { ...i, amountCents: 10_000 } : i))
    expect(caught(() => createPlan(t.db, { ...terms(), schedule: edited }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'schedule' })
    expect(t.db.select().from(paymentPlans).all()).toEqual([])
  })

  it('gives each instalment its own reference; a payment with it pays the plan invoices oldest first; completes when all is paid', () => {
    const schedule = [
      { seq: 0, dueDate: '2026-02-01', amountCents: 5_000 },
      { seq: 1, dueDate: '2026-02-28', amountCents: 18_000 },
      { seq: 2, dueDate: '2026-03-28', amountCents: 18_000 }
    ]
    const plan = createPlan(t.db, { ...terms(), downPaymentCents: 5_000, schedule }, '2026-02-01')
    expect(plan).toMatchObject({ status: 'active', totalCents: 41_000, downPaymentCents: 5_000, instalmentCount: 2, startDate: '2026-02-28' })
    const detail = planDetail(t.db, plan.id, '2026-02-01')
    const refs = detail.instalments.map((i) => i.reference?.printed)
    expect(refs).toEqual(['RF57 9000 0000 01', 'RF30 9000 0000 02', 'RF03 9000 0000 03'])
    expect(caught(() => createPlan(t.db, { ...terms(), schedule }, '2026-02-01'))).toMatchObject({ kind: 'conflict', field: 'invoiceIds' })

    pay('2026-02-01', 5_000, { reference: detail.instalments[0]!.reference!.reference }, 'S1')
    pay('2026-02-27', 18_000, { remittance: `termijn 1 ${refs[1]}` }, 'S2')
    // € 230 paid: 2026-0002 (€ 250, the oldest) takes it all
    expect(inv('2026-0002').openCents).toBe(2_000)
    expect(inv('2026-0042').openCents).toBe(10_000)
    expect(planDetail(t.db, plan.id, '2026-03-01').progress.instalments.map((i) => i.state)).toEqual(['paid', 'paid', 'upcoming'])
    pay('2026-03-27', 18_000, { reference: detail.instalments[2]!.reference!.reference }, 'S3')
    expect([inv('2026-0002').openCents, inv('2026-0042').openCents, inv('2026-0043').openCents]).toEqual([0, 0, 0])
    expect(evaluateArrangements(t.db, '2026-03-28').plans).toEqual([{ id: plan.id, status: 'completed' }])
  })

  it('breaks after the grace period of a missed instalment, resuming dunning on the remainder; a reminder is recorded once', () => {
    const proposal = proposePlan(t.db, { ...terms(), instalments: 3 }, '2026-02-01')
    const plan = createPlan(t.db, { ...terms(), schedule: proposal.schedule, graceDays: 5 }, '2026-02-01')
    const first = planDetail(t.db, plan.id, '2026-02-01').instalments[0]!
    // the reminder is due from five days (the default) before the due date of 28 February, until that day
    const due = (asOf: string) => planDto(t.db, plan.id, asOf).instalments.filter((i) => i.reminderDue).map((i) => i.seq)
    expect([due('2026-02-22'), due('2026-02-23'), due('2026-02-28'), due('2026-03-01')]).toEqual([[], [1], [1], []])
    markInstalmentReminded(t.db, first.id, '2026-02-23')
    expect(planDetail(t.db, plan.id, '2026-02-23').instalments[0]?.remindedOn).toBe('2026-02-23')
    expect(due('2026-02-24')).toEqual([])
    expect(due('2026-03-23')).toEqual([2])
    pay('2026-02-27', 13_666, { reference: first.reference!.reference }, 'S1')
    expect(evaluateArrangements(t.db, '2026-04-02').plans).toEqual([])
    expect(evaluateArrangements(t.db, '2026-04-03').plans).toEqual([{ id: plan.id, status: 'defaulted' }])
    expect(t.db.select().from(paymentPlans).where(eq(paymentPlans.id, plan.id)).get()).toMatchObject({ status: 'defaulted', endedOn: '2026-04-03' })
    const audit = t.db.select().from(auditLog).where(eq(auditLog.action, 'plan.defaulted')).get()
    expect(JSON.parse(audit!.dataJson)).toMatchObject({ missedSeq: 2, missedDueDate: '2026-03-28', paidCents: 13_666, remainingCents: 27_334 })
    expect(caught(() => cancelPlan(t.db, plan.id, '2026-04-04'))).toMatchObject({ kind: 'conflict', field: 'planId' })
  })

  it('cancels an active plan (undo) and frees its invoices for a new one', () => {
    const proposal = proposePlan(t.db, { ...terms(), instalments: 2 }, '2026-02-01')
    const plan = createPlan(t.db, { ...terms(), schedule: proposal.schedule }, '2026-02-01')
    expect(cancelPlan(t.db, plan.id, '2026-02-02', 'fout ingevoerd')).toMatchObject({ status: 'cancelled', endedOn: '2026-02-02' })
    expect(createPlan(t.db, { ...terms(), schedule: proposal.schedule }, '2026-02-02').status).toBe('active')
  })

  it('refuses invoices with nothing open', () => {
    withWrite(t.db, (tx) => tx.update(invoices).set({ openCents: 0, status: 'paid' }).where(eq(invoices.id, inv('2026-0043').id)).run())
    expect(caught(() => proposePlan(t.db, { ...terms(), instalments: 2 }, '2026-02-01'))).toMatchObject({ kind: 'validation', field: 'invoiceIds' })
  })
})
