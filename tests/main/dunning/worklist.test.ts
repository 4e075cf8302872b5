// "Vandaag" for one administration: the draft waiting for review, one call per customer however many weekly
// runs repeated it, and promises whose date passed; making the call closes the customer's earlier calls too.
import { describe, expect, it } from 'vitest'
import { dunningActions, promises } from '../../../src/main/db/schema'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { executeRun } from '../../../src/main/domains/dunning/execute.service'
import { completeTask, saveRun } from '../../../src/main/domains/dunning/runs.service'
import { todayWorklist, worklistOf } from '../../../src/main/domains/worklist/worklist.service'
import { tempDir, useTestDb } from '../../helpers/db'
import { fakeSafeStorage } from '../../helpers/safe-storage'
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

describe('today across administrations', () => {
  it('reads the open administration and those unlocked by this device; the others are listed as locked', async () => {
    const admins = createAdministrations(tempDir('debito-today-'))
    const device = { device: fakeSafeStorage() }
    const passphrase = { passphrase: 'een lange wachtwoordzin' }
    const open = await admins.create({ name: 'Open B.V.', unlock: passphrase })
    const keyed = await admins.create({ name: 'Apparaat B.V.', unlock: device })
    await admins.create({ name: 'Slot B.V.', unlock: passphrase })
    // a draft waits in the administration this device unlocks, which is not the open one
    const other = await admins.open(keyed.id, device)
    addInvoice(other.db, { customer: addCustomer(other.db, { code: 'A1' }), number: 'F-1', dueDate: '2026-02-01', amountCents: 50_000 })
    saveRun(other.db, '2026-03-02')
    other.close()
    const current = await admins.open(open.id, passphrase)
    try {
      const work = await todayWorklist({ administrations: admins, current: { id: open.id, db: current.db }, safeStorage: device.device }, '2026-03-02')
      expect(work.map((a) => [a.name, a.current, a.reachable, a.items.map((i) => `${i.kind} ${i.count}`)])).toEqual([
        ['Open B.V.', true, true, []],
        ['Apparaat B.V.', false, true, ['dunning-draft 1']],
        ['Slot B.V.', false, false, []]
      ])
    } finally {
      current.close()
    }
  })
})
