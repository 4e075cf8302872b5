// "Vandaag" for one administration: the draft waiting for review, one call per customer however many weekly
// runs repeated it, and promises whose date passed; making the call closes the customer's earlier calls too.
import { describe, expect, it } from 'vitest'
import { dunningActions, promises } from '../../../src/main/db/schema'
import { executeRun } from '../../../src/main/domains/dunning/execute.service'
import { completeTask, saveRun } from '../../../src/main/domains/dunning/runs.service'
import { worklistOf } from '../../../src/main/domains/worklist/worklist.service'
import { useTestDb } from '../../helpers/db'
import { addCustomer, addInvoice, setUpAdministration } from './dunning-db'

const db = useTestDb()

function executeOn(day: string): void {
  const { runId } = saveRun(db(), day)
  if (runId === null) throw new Error(`nothing to remind on ${day}`)
  executeRun(db(), runId, { today: day })
}

describe('today worklist', () => {
  it('lists the draft, one call per customer and broken promises; a call made closes the earlier ones', () => {
    setUpAdministration(db(), { bankDate: '2026-03-15' })
    // every level is a call, so each weekly run asks again
    db().$client.prepare("UPDATE dunning_levels SET channel = 'phone'").run()
    const a = addCustomer(db(), { code: 'A1', name: 'Bouw B.V.' })
    const b = addCustomer(db(), { code: 'B2', name: 'Tuin B.V.' })
    addInvoice(db(), { customer: a, number: 'F-1', dueDate: '2026-02-01', amountCents: 50_000 })
    executeOn('2026-03-02')
    executeOn('2026-03-16')
    addInvoice(db(), { customer: b, number: 'F-2', dueDate: '2026-03-01', amountCents: 20_000 })
    db().insert(promises).values({ customerId: b, promisedDate: '2026-03-20', amountCents: 20_000 }).run()
    saveRun(db(), '2026-03-23')

    const work = worklistOf(db(), '2026-03-23').map((w) => [w.kind, w.customerCode, w.date, w.count, w.level])
    expect(work).toEqual([
      ['dunning-draft', null, '2026-03-23', 1, null],
      ['phone-task', 'A1', '2026-03-02', 2, 2],
      ['broken-promise', 'B2', '2026-03-20', null, null]
    ])
    const call = worklistOf(db(), '2026-03-23').find((w) => w.kind === 'phone-task')
    completeTask(db(), call?.ref ?? 0, '2026-03-23', 'betaalt vrijdag')
    expect(worklistOf(db(), '2026-03-23').map((w) => w.kind)).toEqual(['dunning-draft', 'broken-promise'])
    expect(db().select({ done: dunningActions.taskDoneOn, note: dunningActions.taskNote }).from(dunningActions).all()).toEqual([
      { done: '2026-03-23', note: 'betaalt vrijdag' },
      { done: '2026-03-23', note: 'betaalt vrijdag' },
      { done: null, note: null }
    ])
  })
})
