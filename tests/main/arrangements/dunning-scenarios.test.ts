// The dunning engine against every arrangement, on the real store: each state keeps the customer out of the
// proposal while it holds, and dunning resumes where it stood (the next level) once it ends.
import { describe, expect, it } from 'vitest'
import { decideDispute, openDispute } from '../../../src/main/domains/arrangements/disputes.service'
import { evaluateArrangements } from '../../../src/main/domains/arrangements/evaluate'
import { handOver, withdrawHandover } from '../../../src/main/domains/arrangements/handovers.service'
import { placeHold, releaseHold } from '../../../src/main/domains/arrangements/holds.service'
import { createPlan, proposePlan } from '../../../src/main/domains/arrangements/plans.service'
import { recordPromise } from '../../../src/main/domains/arrangements/promises.service'
import { executeRun } from '../../../src/main/domains/dunning/execute.service'
import { proposeDunning } from '../../../src/main/domains/dunning/proposal.service'
import { saveRun } from '../../../src/main/domains/dunning/runs.service'
import { promises } from '../../../src/main/db/schema'
import { useTestDb } from '../../helpers/db'
import { addCustomer, addInvoice, setUpAdministration } from '../dunning/dunning-db'

const db = useTestDb()
const CODES = ['PROMISE', 'PLAN', 'DISPUTE', 'HOLD', 'SNOOZE', 'HANDOVER', 'NONE'] as const

/** Every customer owes one invoice due 1 February and got the first reminder on 10 February. */
function world() {
  setUpAdministration(db(), { bankDate: '2026-06-30' })
  const ids = Object.fromEntries(
    CODES.map((code) => {
      const customer = addCustomer(db(), { code })
      return [code, { customer, invoice: addInvoice(db(), { customer, number: `F-${code}`, dueDate: '2026-02-01', amountCents: 100_000 }) }]
    })
  ) as Record<(typeof CODES)[number], { customer: number; invoice: number }>
  executeRun(db(), saveRun(db(), '2026-02-10').runId ?? 0, { today: '2026-02-10' })
  return ids
}

/** On a day: per customer the level proposed, or why it is left out. */
function proposalOn(asOf: string): Record<string, string> {
  const p = proposeDunning(db(), asOf)
  return Object.fromEntries([...p.actions.map((a) => [a.customerCode, `L${a.level}`]), ...p.excluded.map((e) => [e.customerCode, e.reason])])
}

describe('dunning respects arrangements', () => {
  it('excludes each state while it holds, and resumes at the next level when it ends', () => {
    const ids = world()
    expect(proposalOn('2026-02-10')).toEqual({})
    const today = '2026-02-20'
    recordPromise(db(), { customerId: ids.PROMISE.customer, amountCents: 100_000, promisedDate: '2026-03-10' }, today)
    const terms = { customerId: ids.PLAN.customer, invoiceIds: [ids.PLAN.invoice], frequency: 'monthly' as const, startDate: '2026-02-28' }
    createPlan(db(), { ...terms, schedule: proposePlan(db(), { ...terms, instalments: 2 }, today).schedule, graceDays: 5 }, today)
    const dispute = openDispute(db(), { invoiceId: ids.DISPUTE.invoice, reason: 'quality' }, today)
    placeHold(db(), { customerId: ids.HOLD.customer, kind: 'hold', reason: 'faillissement onderzocht', until: '2026-03-10' }, today)
    const [snooze] = placeHold(db(), { customerId: ids.SNOOZE.customer, invoiceIds: [ids.SNOOZE.invoice], kind: 'snooze', reason: 'vakantie', until: '2026-03-31' }, today)
    const handover = handOver(db(), { customerId: ids.HANDOVER.customer, kind: 'agency', party: 'Incasso Noord', handedOverOn: today }, today)

    expect(proposalOn('2026-03-05')).toEqual({ PROMISE: 'promise', PLAN: 'plan', DISPUTE: 'dispute', HOLD: 'hold', SNOOZE: 'snoozed', HANDOVER: 'handover', NONE: 'L2' })
    // the first instalment (28 February) is still short after 5 days of grace: the plan is breached on 6 March
    expect(proposalOn('2026-03-06')).toMatchObject({ PLAN: 'L2', PROMISE: 'promise' })
    // the promised date and the hold's end date are still in force on that day
    expect(proposalOn('2026-03-10')).toMatchObject({ PROMISE: 'promise', HOLD: 'hold' })
    // the day after, the promise is broken and the hold is over
    expect(proposalOn('2026-03-11')).toMatchObject({ PROMISE: 'L2', HOLD: 'L2', PLAN: 'L2', DISPUTE: 'dispute', SNOOZE: 'snoozed', HANDOVER: 'handover' })
    expect(evaluateArrangements(db(), '2026-03-11')).toMatchObject({ promises: [{ status: 'broken' }], plans: [{ status: 'defaulted' }] })
    expect(db().select({ status: promises.status, resolvedOn: promises.resolvedOn }).from(promises).all()).toEqual([{ status: 'broken', resolvedOn: '2026-03-11' }])

    decideDispute(db(), { disputeId: dispute.id, action: 'reject', resolution: 'geleverd volgens bon' }, '2026-03-12')
    releaseHold(db(), snooze!.id, '2026-03-12')
    expect(proposalOn('2026-03-12')).toMatchObject({ DISPUTE: 'L2', SNOOZE: 'L2', HANDOVER: 'handover' })
    // a hand-over stops dunning for good; only withdrawing it (recorded by mistake) brings the invoice back
    expect(proposalOn('2026-09-01').HANDOVER).toBe('handover')
    withdrawHandover(db(), handover.id, '2026-03-12')
    expect(proposalOn('2026-03-12').HANDOVER).toBe('L2')
  })

  it('a snooze keeps reminders back up to and including its date', () => {
    const ids = world()
    placeHold(db(), { customerId: ids.SNOOZE.customer, kind: 'snooze', reason: 'belt na vakantie', until: '2026-03-20' }, '2026-02-20')
    expect(proposalOn('2026-03-20').SNOOZE).toBe('snoozed')
    expect(proposalOn('2026-03-21').SNOOZE).toBe('L2')
  })
})
