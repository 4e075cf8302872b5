// The Aanmaningen channels through the real dispatch: propose, save, review, edit, execute under the gate,
// history, policies and the scheduler settings.
import { afterEach, describe, expect, it } from 'vitest'
import { localToday } from '../../../src/shared/dates'
import type { ActionDto, PolicyDto, ProposalDto, RunSummaryDto, SchedulerDto } from '../../../src/shared/ipc/dunning.contract'
import { LETTERHEAD, addCustomer, addInvoice } from '../dunning/dunning-db'
import { type TestServices, call, createTestServices, openNewAdministration } from './services'

let t: TestServices | undefined
afterEach(() => t?.dispose())

async function setUp(letterhead = true): Promise<TestServices> {
  t = createTestServices()
  await openNewAdministration(t, 'Aanmaan B.V.')
  // executing writes the letters, which need the letterhead's address and IBAN (set as in Settings)
  if (letterhead) await call(t.dispatch, 'settings:update-profile', { ...((await call(t.dispatch, 'settings:get-profile', {})) as object), ...LETTERHEAD })
  const db = t.services.session.db()
  const a = addCustomer(db, { code: 'A1' })
  const b = addCustomer(db, { code: 'B2' })
  addInvoice(db, { customer: a, number: 'F-1', dueDate: '2026-02-01', amountCents: 50_000 })
  addInvoice(db, { customer: b, number: 'F-2', dueDate: '2026-02-01', amountCents: 30_000 })
  db.$client.prepare("INSERT INTO bank_accounts (account, last_statement_date) VALUES ('NL91ABNA0417164300', '2026-03-01')").run()
  return t
}

describe('dunning handlers', () => {
  it('propose, save, review, edit and execute a run; the second execute changes nothing', async () => {
    const { dispatch, services } = await setUp()
    const scopes: string[][] = []
    services.events.subscribe((channel, payload) => {
      if (channel === 'event:data-changed' && 'scopes' in payload) scopes.push(payload.scopes)
    })
    const p = (await call(dispatch, 'dunning:propose', { asOf: '2026-03-02' })) as ProposalDto
    expect(p.actions.map((a) => [a.customerCode, a.level, a.id])).toEqual([
      ['A1', 1, null],
      ['B2', 1, null]
    ])
    expect(await call(dispatch, 'dunning:current-run')).toBeNull()
    const saved = (await call(dispatch, 'dunning:save-run', { asOf: '2026-03-02' })) as { runId: number }
    const current = (await call(dispatch, 'dunning:current-run')) as RunSummaryDto
    expect(current).toMatchObject({ id: saved.runId, status: 'draft', actions: 2, approved: 2 })
    const page = (await call(dispatch, 'dunning:run-actions', { runId: saved.runId, offset: 0, limit: 1 })) as { rows: ActionDto[]; total: number }
    expect(page.total).toBe(2)
    expect(page.rows).toHaveLength(1)
    const [first] = page.rows
    expect(first?.lines[0]?.legal).toMatchObject({ compensationCents: 4_000, interestFrom: '2026-02-02' })
    await call(dispatch, 'dunning:review-action', { actionId: first?.id, decision: 'skip', reason: 'al gebeld' })
    const bad = await dispatch('dunning:edit-amount', { actionId: first?.id, field: 'costs', cents: 100, reason: '' })
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation', field: 'reason' } })
    const result = await call(dispatch, 'dunning:execute-run', { runId: saved.runId })
    expect(result).toEqual({ runId: saved.runId, alreadyExecuted: false, sent: 1, skipped: 1, superseded: 0 })
    expect(await call(dispatch, 'dunning:execute-run', { runId: saved.runId })).toMatchObject({ alreadyExecuted: true, sent: 1 })
    expect(scopes.some((s) => s.includes('invoices') && s.includes('dashboard'))).toBe(true)
    const runs = (await call(dispatch, 'dunning:list-runs', { offset: 0, limit: 10 })) as { rows: RunSummaryDto[] }
    expect(runs.rows.map((r) => [r.status, r.sent, r.skipped])).toEqual([['executed', 1, 1]])
  })

  it('refuses to execute without a letterhead and leaves the run untouched; a run of phone calls only needs none', async () => {
    const { dispatch, services } = await setUp(false)
    const { runId } = (await call(dispatch, 'dunning:save-run', { asOf: '2026-03-02' })) as { runId: number }
    const refused = await dispatch('dunning:execute-run', { runId })
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', field: 'profile.addressLine', message: expect.stringMatching(/addressLine, city, iban under Settings/) } })
    expect(await call(dispatch, 'dunning:get-run', { runId })).toMatchObject({ status: 'draft', sent: 0 })
    expect(services.session.db().$client.prepare('SELECT count(*) AS n FROM letters').get()).toEqual({ n: 0 })
    // with every level a phone call nothing is written, so nothing is missing
    await call(dispatch, 'dunning:cancel-run', { runId, reason: null })
    services.session.db().$client.prepare("UPDATE dunning_levels SET channel = 'phone'").run()
    const calls = (await call(dispatch, 'dunning:save-run', { asOf: '2026-03-03' })) as { runId: number }
    expect(await call(dispatch, 'dunning:execute-run', { runId: calls.runId })).toMatchObject({ alreadyExecuted: false, sent: 2 })
  })

  it('edits a policy: one default per regime, validation with the field named', async () => {
    const { dispatch } = await setUp()
    const policies = (await call(dispatch, 'dunning:list-policies')) as PolicyDto[]
    expect(policies.map((p) => [p.regime, p.isDefault])).toEqual([
      ['BE-b2b', true],
      ['BE-b2c', true],
      ['NL-b2b', true],
      ['NL-b2c', true]
    ])
    const nl = policies.find((p) => p.regime === 'NL-b2b') as PolicyDto
    const { id: _id, ...input } = nl
    const copy = (await call(dispatch, 'dunning:save-policy', { id: null, policy: { ...input, name: 'Streng', isDefault: true, minimumCents: 1_000 } })) as PolicyDto
    const after = (await call(dispatch, 'dunning:list-policies')) as PolicyDto[]
    expect(after.filter((p) => p.regime === 'NL-b2b').map((p) => [p.name, p.isDefault])).toEqual([
      [nl.name, false],
      ['Streng', true]
    ])
    const gap = await dispatch('dunning:save-policy', { id: copy.id, policy: { ...input, isDefault: true, levels: input.levels.map((l, i) => ({ ...l, level: i === 1 ? 5 : l.level })) } })
    expect(gap).toMatchObject({ ok: false, error: { kind: 'validation', field: 'levels.1.level' } })
    const undefault = await dispatch('dunning:save-policy', { id: copy.id, policy: { ...input, name: 'Streng', isDefault: false } })
    expect(undefault).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'isDefault' } })
  })

  it('shows and sets the scheduler', async () => {
    const { dispatch } = await setUp()
    const status = (await call(dispatch, 'dunning:scheduler-status')) as SchedulerDto
    expect(status).toMatchObject({ enabled: true, dailyTime: '07:00', lastRun: null, nextRun: `${localToday()}T07:00` })
    expect(await call(dispatch, 'dunning:set-scheduler', { enabled: false, dailyTime: '06:30' })).toMatchObject({ enabled: false, dailyTime: '06:30', nextRun: null })
    expect(await dispatch('dunning:set-scheduler', { enabled: true, dailyTime: '25:00' })).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
