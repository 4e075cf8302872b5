// The daily proposal on a controlled clock: once a day after the set time, missed days coalesce into one
// proposal for today, automatic e-mail only where a level says so, outcome kept; jobs are parsed and retried.
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { withWrite } from '../../../src/main/db/connection'
import { jobs } from '../../../src/main/db/schema'
import { DAILY_JOB, enqueueDailyIfDue, schedulerStatus } from '../../../src/main/domains/dunning/daily-job'
import { loadPolicies } from '../../../src/main/domains/dunning/policies.repo'
import { savePolicy } from '../../../src/main/domains/dunning/policies.service'
import { updateProfile } from '../../../src/main/domains/letters/letterhead.service'
import { listRuns } from '../../../src/main/domains/dunning/runs.queries'
import { enqueue, runDueJobs } from '../../../src/main/jobs/job-queue'
import { startScheduler, tickAdministration } from '../../../src/main/jobs/scheduler'
import { TEST_UNLOCK, type TestServices, call, createTestServices } from '../ipc/services'
import { useTestDb } from '../../helpers/db'
import { LETTERHEAD, addCustomer, addInvoice, setUpAdministration } from './dunning-db'

const db = useTestDb()
/** Local wall-clock time, as the bookkeeper's laptop shows it. */
const at = (date: string, time: string) => new Date(`${date}T${time}:00`)

function withCustomers(): void {
  setUpAdministration(db(), { bankDate: '2026-03-01' })
  const a = addCustomer(db(), { code: 'A1' })
  const b = addCustomer(db(), { code: 'B2' })
  addInvoice(db(), { customer: a, number: 'F-1', dueDate: '2026-02-01', amountCents: 50_000 })
  addInvoice(db(), { customer: b, number: 'F-2', dueDate: '2026-02-01', amountCents: 30_000 })
}

/** Level 1 of the NL B2B default goes out by e-mail without review. */
function autoSendLevelOne(): void {
  const nl = loadPolicies(db()).find((p) => p.regime === 'NL-b2b' && p.isDefault)
  if (!nl) throw new Error('no default policy')
  const { id, ...input } = nl
  savePolicy(db(), id, { ...input, levels: input.levels.map((l) => (l.level === 1 ? { ...l, autoSend: true } : l)) })
}

const runs = () => listRuns(db(), { offset: 0, limit: 50 }).rows.map((r) => `${r.runDate} ${r.kind} ${r.status} ${r.actions}`)

describe('daily proposal', () => {
  it('proposes once a day after the set time, as a draft for review', async () => {
    withCustomers()
    expect(await tickAdministration(db(), at('2026-03-02', '06:59'))).toBe(false)
    expect(runs()).toEqual([])
    expect(await tickAdministration(db(), at('2026-03-02', '07:00'))).toBe(true)
    expect(await tickAdministration(db(), at('2026-03-02', '15:00'))).toBe(false)
    expect(runs()).toEqual(['2026-03-02 manual draft 2'])
    expect(schedulerStatus(db(), at('2026-03-02', '15:00'))).toMatchObject({ lastRun: { asOf: '2026-03-02', outcome: 'draft', actions: 2, autoSent: 0 }, nextRun: '2026-03-03T07:00' })
  })

  it('coalesces missed days into one proposal for today', async () => {
    withCustomers()
    // the app was closed: two earlier days' jobs are still queued
    withWrite(db(), (tx) => {
      enqueue(tx, { type: DAILY_JOB, key: `${DAILY_JOB}:2026-02-27`, runAt: '2026-02-27T06:00:00.000Z', payload: { asOf: '2026-02-27' } })
      enqueue(tx, { type: DAILY_JOB, key: `${DAILY_JOB}:2026-02-28`, runAt: '2026-02-28T06:00:00.000Z', payload: { asOf: '2026-02-28' } })
    })
    await tickAdministration(db(), at('2026-03-02', '09:00'))
    expect(runs()).toEqual(['2026-03-02 manual draft 2'])
    expect(db().select().from(jobs).all().map((j) => [j.idempotencyKey, j.status, j.lastError])).toEqual([
      [`${DAILY_JOB}:2026-02-27`, 'done', 'coalesced into 2026-03-02'],
      [`${DAILY_JOB}:2026-02-28`, 'done', 'coalesced into 2026-03-02'],
      [`${DAILY_JOB}:2026-03-02`, 'done', null]
    ])
  })

  it('executes only e-mail levels marked to go out without review', async () => {
    withCustomers()
    autoSendLevelOne()
    db().$client.prepare("UPDATE customers SET email = NULL WHERE code = 'B2'").run()
    await tickAdministration(db(), at('2026-03-02', '08:00'))
    // A1 has an e-mail address: sent automatically; B2 falls back to a letter, which waits for review
    expect(runs().sort()).toEqual(['2026-03-02 auto executed 1', '2026-03-02 manual draft 1'])
    expect(schedulerStatus(db(), at('2026-03-02', '08:00')).lastRun).toMatchObject({ outcome: 'draft', autoSent: 1, actions: 1 })
  })

  it('keeps automatic e-mail for review when the letterhead lacks its address and IBAN', async () => {
    withCustomers()
    autoSendLevelOne()
    updateProfile(db(), { addressLine: null, city: null, iban: null })
    await tickAdministration(db(), at('2026-03-02', '08:00'))
    // nothing went out: the automatic run is cancelled and both customers wait in the draft
    expect(runs().sort()).toEqual(['2026-03-02 auto cancelled 2', '2026-03-02 manual draft 2'])
    expect(schedulerStatus(db(), at('2026-03-02', '08:00')).lastRun).toMatchObject({ outcome: 'draft', autoSent: 0, actions: 2, autoHeld: { actions: 2, cause: 'letterhead' } })
    expect(db().$client.prepare('SELECT count(*) AS n FROM letters').get()).toEqual({ n: 0 })
  })

  it('records a block on stale bank data without a run', async () => {
    withCustomers()
    db().$client.prepare("INSERT INTO settings (key, value) VALUES ('bank.freshness.mode', 'block')").run()
    await tickAdministration(db(), at('2026-04-01', '08:00'))
    expect(runs()).toEqual([])
    expect(schedulerStatus(db(), at('2026-04-01', '08:00')).lastRun).toMatchObject({ outcome: 'blocked', runId: null })
  })

  it('does nothing while switched off', () => {
    withCustomers()
    db().$client.prepare("INSERT INTO settings (key, value) VALUES ('dunning.scheduler.enabled', 'false')").run()
    expect(enqueueDailyIfDue(db(), at('2026-03-02', '08:00'))).toBeNull()
  })
})

describe('job queue', () => {
  it('parks jobs it cannot parse and retries failures with backoff up to the maximum', async () => {
    setUpAdministration(db())
    let calls = 0
    const handler = { type: 'test.flaky', payload: z.object({ n: z.number() }), run: () => void (calls++ < 5 && (() => { throw new Error('boom') })()) }
    withWrite(db(), (tx) => {
      enqueue(tx, { type: 'test.flaky', key: 'bad', runAt: '2026-01-01T00:00:00.000Z', payload: { n: 'x' } })
      enqueue(tx, { type: 'test.flaky', key: 'good', runAt: '2026-01-01T00:00:00.000Z', payload: { n: 1 }, maxAttempts: 2 })
      expect(enqueue(tx, { type: 'test.flaky', key: 'good', runAt: '2026-01-01T00:00:00.000Z', payload: { n: 1 } })).toBe(false)
    })
    await runDueJobs(db(), [handler], new Date('2026-01-01T00:00:00.000Z'))
    const row = (key: string) => db().select().from(jobs).all().find((j) => j.idempotencyKey === key)
    expect(row('bad')).toMatchObject({ status: 'parked' })
    expect(row('good')).toMatchObject({ status: 'queued', attempts: 1, runAt: '2026-01-01T00:05:00.000Z', lastError: 'boom' })
    await runDueJobs(db(), [handler], new Date('2026-01-01T00:04:00.000Z'))
    expect(row('good')?.attempts).toBe(1)
    await runDueJobs(db(), [handler], new Date('2026-01-01T00:05:00.000Z'))
    expect(row('good')).toMatchObject({ status: 'failed', attempts: 2 })
  })
})

describe('scheduler in the app', () => {
  let t: TestServices | undefined
  afterEach(() => t?.dispose())

  it('proposes for an administration as soon as it is opened', async () => {
    t = createTestServices()
    const { id } = (await call(t.dispatch, 'administrations:create', { name: 'Klok B.V.', unlock: TEST_UNLOCK })) as { id: string }
    const direct = await t.services.administrations.open(id, { passphrase: TEST_UNLOCK.passphrase })
    updateProfile(direct.db, LETTERHEAD)
    addInvoice(direct.db, { customer: addCustomer(direct.db, { code: 'A1' }), number: 'F-1', dueDate: '2026-02-01', amountCents: 50_000 })
    direct.close()
    const scheduler = startScheduler(t.services, { clock: () => at('2026-03-02', '09:00'), intervalMs: 3_600_000 })
    try {
      await call(t.dispatch, 'administrations:open', { id, unlock: TEST_UNLOCK })
      await scheduler.tick()
      const admin = t.services.session.db()
      expect(listRuns(admin, { offset: 0, limit: 5 }).rows.map((r) => [r.runDate, r.status, r.source])).toEqual([['2026-03-02', 'draft', 'scheduler']])
    } finally {
      scheduler.stop()
    }
  })
})
