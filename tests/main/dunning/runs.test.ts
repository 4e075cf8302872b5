// Runs against a real encrypted store: save, review, edit with a reason, execute once, cancel; history drives
// the next proposal; the audit chain verifies.
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, dunningActions, invoices } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { executeRun } from '../../../src/main/domains/dunning/execute.service'
import { proposeDunning } from '../../../src/main/domains/dunning/proposal.service'
import { loadRunActions, listRuns, runExclusions } from '../../../src/main/domains/dunning/runs.queries'
import { cancelRun, editAmount, reviewAction, saveRun } from '../../../src/main/domains/dunning/runs.service'
import { useTestDb } from '../../helpers/db'
import { caught } from '../../helpers/errors'
import { addCustomer, addInvoice, setUpAdministration } from './dunning-db'

const db = useTestDb()

function twoCustomers() {
  setUpAdministration(db())
  const a = addCustomer(db(), { code: 'A100' })
  const b = addCustomer(db(), { code: 'B200', onHold: true })
  const c = addCustomer(db(), { code: 'C300', debtorType: 'b2c' })
  addInvoice(db(), { customer: a, number: 'F1', dueDate: '2026-02-01', amountCents: 100_000 })
  addInvoice(db(), { customer: a, number: 'F2', dueDate: '2026-02-20', amountCents: 20_000 })
  addInvoice(db(), { customer: b, number: 'F3', dueDate: '2026-02-01', amountCents: 50_000 })
  addInvoice(db(), { customer: c, number: 'F4', dueDate: '2026-02-01', amountCents: 30_000 })
  return { a, b, c }
}

describe('dunning runs', () => {
  it('proposes without writing, then saves the same proposal as a draft run once per day', () => {
    twoCustomers()
    const before = db().select().from(auditLog).all().length
    const p = proposeDunning(db(), '2026-03-02')
    expect(p.actions.map((a) => [a.customerCode, a.level, a.lines.length])).toEqual([
      ['A100', 1, 2],
      ['C300', 1, 1]
    ])
    expect(p.excluded.map((e) => [e.customerCode, e.reason])).toEqual([['B200', 'hold']])
    expect(db().select().from(auditLog).all().length).toBe(before)
    const saved = saveRun(db(), '2026-03-02')
    expect(saved).toMatchObject({ created: true, status: 'draft', actions: 2, excluded: 1 })
    expect(saveRun(db(), '2026-03-02')).toMatchObject({ runId: saved.runId, created: false, actions: 2 })
    const actions = loadRunActions(db(), saved.runId ?? 0)
    expect(actions.map((a) => [a.customerCode, a.status, a.levelName, a.lines.map((l) => l.number)])).toEqual([
      ['A100', 'approved', 'Herinnering', ['F1', 'F2']],
      ['C300', 'approved', 'Herinnering', ['F4']]
    ])
    expect(actions[0]?.lines[0]).toMatchObject({ number: 'F1', level: 1, advances: true, openCents: 100_000, dueDate: '2026-02-01', daysOverdue: 29, compensationCents: 4_000, interestFrom: '2026-02-02' })
    expect(runExclusions(db(), saved.runId ?? 0)).toMatchObject([{ customerCode: 'B200', reason: 'hold', explanation: [{ key: 'excluded.hold' }] }])
  })

  it('reviews: skips a customer, edits a cost with a mandatory reason within the legal limit', () => {
    twoCustomers()
    const runId = saveRun(db(), '2026-03-25').runId ?? 0
    const [a, c] = loadRunActions(db(), runId)
    expect(a).toMatchObject({ level: 1, interestCents: 0 })
    reviewAction(db(), c?.id ?? 0, 'skip', 'belt zelf')
    expect(caught(() => editAmount(db(), a?.id ?? 0, 'interest', 100, '  '))).toMatchObject({ kind: 'validation', field: 'reason' })
    expect(caught(() => editAmount(db(), a?.id ?? 0, 'interest', (a?.allowedInterestCents ?? 0) + 1, 'meer'))).toMatchObject({ kind: 'validation', field: 'cents' })
    editAmount(db(), a?.id ?? 0, 'interest', 100, 'Goede klant, rente grotendeels kwijtgescholden')
    const [edited, skipped] = loadRunActions(db(), runId)
    expect(edited).toMatchObject({ interestCents: 100, edits: [{ field: 'interest', fromCents: a?.interestCents, toCents: 100, reason: 'Goede klant, rente grotendeels kwijtgescholden' }] })
    expect(edited?.totalCents).toBe((edited?.principalCents ?? 0) + (edited?.feeCents ?? 0) + (edited?.costsCents ?? 0) + 100)
    expect(skipped).toMatchObject({ status: 'skipped', skipReason: 'belt zelf' })
    expect(db().select().from(auditLog).all().map((x) => x.action).filter((x) => x.startsWith('dunning.action'))).toEqual(['dunning.action.skip', 'dunning.action.edit'])
  })

  it('executes once: sent on the run date, levels cached, audited; a second execute changes nothing and says so', () => {
    const { a } = twoCustomers()
    const runId = saveRun(db(), '2026-03-02').runId ?? 0
    const [, c] = loadRunActions(db(), runId)
    reviewAction(db(), c?.id ?? 0, 'skip')
    const seen: string[] = []
    const first = executeRun(db(), runId, { today: '2026-03-02', inTransaction: (_tx, actions) => seen.push(...actions.map((x) => `${x.customerCode}:${x.sentOn}`)) })
    expect(first).toEqual({ runId, alreadyExecuted: false, sent: 1, skipped: 1, superseded: 0 })
    expect(seen).toEqual(['A100:2026-03-02'])
    const f1 = db().select().from(invoices).where(eq(invoices.number, 'F1')).get()
    expect(f1).toMatchObject({ dunningLevel: 1, lastDunnedOn: '2026-03-02' })
    const auditBefore = db().select().from(auditLog).all().length
    expect(executeRun(db(), runId, { today: '2026-03-03' })).toEqual({ runId, alreadyExecuted: true, sent: 1, skipped: 1, superseded: 0 })
    expect(db().select().from(auditLog).all().length).toBe(auditBefore)
    expect(verifyAudit(db())).toMatchObject({ ok: true })
    // the history now drives the proposal: same day nothing for A, the skipped C is proposed again
    const again = proposeDunning(db(), '2026-03-02')
    expect(again.actions.map((x) => x.customerCode)).toEqual(['C300'])
    expect(again.excluded.map((x) => [x.customerCode, x.reason])).toEqual([['B200', 'hold']])
    expect(saveRun(db(), '2026-03-02')).toMatchObject({ runId, created: false })
    expect(listRuns(db(), { offset: 0, limit: 10 }).rows).toMatchObject([{ id: runId, status: 'executed', sent: 1, skipped: 1, excluded: 1 }])
    void a
  })

  it('refuses to execute a cancelled run or one dated in the future, and to save before an executed run', () => {
    twoCustomers()
    const runId = saveRun(db(), '2026-03-02').runId ?? 0
    expect(caught(() => executeRun(db(), runId, { today: '2026-03-01' }))).toMatchObject({ kind: 'conflict' })
    expect(cancelRun(db(), runId, 'toch niet')).toEqual({ changed: true })
    expect(cancelRun(db(), runId)).toEqual({ changed: false })
    expect(caught(() => executeRun(db(), runId, { today: '2026-03-02' }))).toMatchObject({ kind: 'conflict' })
    expect(db().select().from(dunningActions).all().every((x) => x.status === 'cancelled')).toBe(true)
    const next = saveRun(db(), '2026-03-02')
    expect(next.created).toBe(true)
    executeRun(db(), next.runId ?? 0, { today: '2026-03-02' })
    expect(caught(() => cancelRun(db(), next.runId ?? 0))).toMatchObject({ kind: 'conflict' })
    expect(caught(() => saveRun(db(), '2026-03-01'))).toMatchObject({ kind: 'conflict', field: 'asOf' })
  })

  it('supersedes an older draft when a newer one is saved, and skips actions another run already sent', () => {
    twoCustomers()
    const older = saveRun(db(), '2026-03-02').runId ?? 0
    const newer = saveRun(db(), '2026-03-03').runId ?? 0
    expect(listRuns(db(), { offset: 0, limit: 10 }).rows.map((r) => [r.id, r.status])).toEqual([
      [newer, 'draft'],
      [older, 'cancelled']
    ])
    // an automatic run sends A its level 1 in the meantime: the manual draft must not send it again
    const auto = saveRun(db(), '2026-03-03', { kind: 'auto', select: (x) => x.customerCode === 'A100' }).runId ?? 0
    executeRun(db(), auto, { today: '2026-03-03' })
    expect(executeRun(db(), newer, { today: '2026-03-03' })).toMatchObject({ sent: 1, superseded: 1 })
    expect(loadRunActions(db(), newer).map((x) => [x.customerCode, x.status, x.skipReason])).toEqual([
      ['A100', 'skipped', 'superseded'],
      ['C300', 'sent', null]
    ])
  })

  it('blocks saving on stale bank data in block mode', () => {
    setUpAdministration(db(), { bankDate: '2026-01-01' })
    db().$client.prepare("INSERT INTO settings (key, value) VALUES ('bank.freshness.mode', 'block')").run()
    const a = addCustomer(db(), { code: 'A1' })
    addInvoice(db(), { customer: a, number: 'F1', dueDate: '2026-02-01', amountCents: 10_000 })
    const p = proposeDunning(db(), '2026-03-02')
    expect(p.excluded.map((e) => e.reason)).toEqual(['stale_bank'])
    expect(caught(() => saveRun(db(), '2026-03-02'))).toMatchObject({ kind: 'conflict', field: 'freshness' })
  })
})
