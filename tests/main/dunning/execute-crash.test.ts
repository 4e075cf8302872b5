// A run's execution killed at random points (20 tries, each on its own copy of the administration): a child
// process executes as the app does and is killed with SIGKILL while it draws the letters or inside the
// transaction. After reopening the run is either fully executed (every action sent, every letter stored,
// every invoice's level moved) or untouched (a draft as it was saved), and the audit chain verifies.
import { type ChildProcess, spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type AppDb } from '../../../src/main/db/connection'
import { openMigratedDatabase } from '../../../src/main/db/migrate'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { saveRun } from '../../../src/main/domains/dunning/runs.service'
import { createTestDb, type TestDb } from '../../helpers/db'
import { addCustomer, addInvoice, setUpAdministration } from './dunning-db'

const RUN_DATE = '2026-03-02'
const CHILD = join(import.meta.dirname, 'execute-child.ts')
const BUSINESSES = 150
const CONSUMERS = 3
const TRIES = 20

let seeded: TestDb | undefined
afterAll(() => seeded?.close())

/** Businesses get a phone call (no letter), a few consumers the 14-day letter: a transaction with real work. */
function seed(): { t: TestDb; runId: number } {
  const t = createTestDb()
  const db = t.db
  setUpAdministration(db)
  db.$client.prepare("UPDATE dunning_levels SET channel = 'phone' WHERE policy_id IN (SELECT id FROM dunning_policies WHERE regime = 'NL-b2b')").run()
  for (let i = 0; i < BUSINESSES; i++) addInvoice(db, { customer: addCustomer(db, { code: `B${i}` }), number: `F-B${i}`, dueDate: '2026-02-01', amountCents: 10_000 + i })
  for (let i = 0; i < CONSUMERS; i++) {
    const customer = addCustomer(db, { code: `C${i}`, debtorType: 'b2c', addressLine: `Dorpsstraat ${i + 1}`, postalCode: '1234 AB', city: 'Utrecht' })
    addInvoice(db, { customer, number: `F-C${i}`, dueDate: '2026-02-01', amountCents: 20_000 + i })
  }
  const { runId } = saveRun(db, RUN_DATE)
  if (runId === null) throw new Error('nothing proposed')
  db.$client.close()
  return { t, runId }
}

type Outcome = 'executed' | 'untouched'

/** Reads the copy after the kill and says which of the two states it is in; anything in between fails. */
function inspect(db: AppDb, runId: number, auditBefore: number): Outcome {
  const one = (q: string) => (db.$client.prepare(q).get() as { n: number }).n
  expect(verifyAudit(db)).toMatchObject({ ok: true })
  const status = (db.$client.prepare('SELECT status FROM dunning_runs WHERE id = ?').get(runId) as { status: string }).status
  const actions = one(`SELECT count(*) AS n FROM dunning_actions WHERE run_id = ${runId}`)
  if (status === 'draft') {
    expect(one(`SELECT count(*) AS n FROM dunning_actions WHERE run_id = ${runId} AND status = 'approved'`)).toBe(actions)
    expect(one('SELECT count(*) AS n FROM letters')).toBe(0)
    expect(one('SELECT count(*) AS n FROM invoices WHERE dunning_level > 0')).toBe(0)
    expect(one('SELECT count(*) AS n FROM audit_log')).toBe(auditBefore)
    return 'untouched'
  }
  expect(status).toBe('executed')
  expect(one(`SELECT count(*) AS n FROM dunning_actions WHERE run_id = ${runId} AND status = 'sent' AND sent_on = '${RUN_DATE}'`)).toBe(actions)
  expect(one('SELECT count(*) AS n FROM letters')).toBe(CONSUMERS)
  expect(one('SELECT count(*) AS n FROM invoices WHERE dunning_level = 1')).toBe(BUSINESSES + CONSUMERS)
  expect(one("SELECT count(*) AS n FROM audit_log WHERE action = 'dunning.run.execute'")).toBe(1)
  return 'executed'
}

/** Runs the child on `file`; `killAfter` says when to kill it, counted from a line it prints. */
function runChild(file: string, keyHex: string, runId: number, killAfter: { line: 'opened' | 'prepared'; ms: number } | null): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, file, keyHex, String(runId), RUN_DATE], { stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let err = ''
    const arm = () => killAfter && setTimeout(() => child.kill('SIGKILL'), killAfter.ms)
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(line)
        if (killAfter && line.startsWith(killAfter.line)) arm()
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lines, killed: true })
      else if (code === 0) resolve({ lines, killed: false })
      else reject(new Error(`the child failed (${code}): ${err}`))
    })
  })
}

describe('execute killed at random points', () => {
  it(`leaves the run fully executed or untouched, ${TRIES} tries`, async () => {
    const { t, runId } = seed()
    seeded = t
    const pristine = openMigratedDatabase(t.file, { raw: t.keyHex }, () => {})
    const auditBefore = (pristine.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
    pristine.$client.close()
    const copy = (i: number) => {
      const file = join(t.dir, `try-${i}.db`)
      copyFileSync(t.file, file)
      return file
    }
    const check = (file: string): Outcome => {
      const db = openMigratedDatabase(file, { raw: t.keyHex }, () => {})
      try {
        return inspect(db, runId, auditBefore)
      } finally {
        db.$client.close()
      }
    }

    // the first try runs to the end and says how long the parts take
    const full = await runChild(copy(0), t.keyHex, runId, null)
    expect(check(join(t.dir, 'try-0.db'))).toBe('executed')
    const ms = (prefix: string) => Number(full.lines.find((l) => l.startsWith(prefix))?.split(' ')[1])
    const [prepareMs, transactionMs] = [ms('prepared'), ms('executed')]
    expect(transactionMs).toBeGreaterThan(0)

    const outcomes: Outcome[] = ['executed']
    const killedInside: number[] = []
    for (let i = 1; i < TRIES; i++) {
      // odd tries aim at the transaction (and just past its commit), even ones anywhere from opening the file
      const inside = i % 2 === 1
      const killAfter = inside ? { line: 'prepared' as const, ms: Math.random() * transactionMs * 1.3 } : { line: 'opened' as const, ms: Math.random() * (prepareMs + transactionMs) }
      const file = copy(i)
      const result = await runChild(file, t.keyHex, runId, killAfter)
      const outcome = check(file)
      outcomes.push(outcome)
      if (inside && result.killed && killAfter.ms < transactionMs) killedInside.push(i)
      // a child that was not killed finished: then the run must be executed
      if (!result.killed) expect(outcome).toBe('executed')
    }
    console.info(`execute crash test: transaction ${transactionMs} ms; ${outcomes.filter((o) => o === 'untouched').length} untouched, ${outcomes.filter((o) => o === 'executed').length} executed; killed inside the transaction window in tries ${killedInside.join(', ')}`)
    expect(outcomes).toContain('untouched')
    expect(killedInside.length).toBeGreaterThan(0)
  }, 240_000)
})
