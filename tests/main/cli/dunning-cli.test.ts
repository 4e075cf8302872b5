// The dunning commands exactly as the issue writes them, against an administration in a data folder.
import { describe, expect, it } from 'vitest'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { addCustomer, addInvoice } from '../dunning/dunning-db'

const env = { DEBITO_PASSPHRASE: 'geheim' }

async function administration() {
  const dir = tempDir()
  await cli(['admin', 'create', 'Jansen', '--country', 'NL', '--data-dir', dir], env)
  // executing a run writes its letters, which need a letterhead with an address and an IBAN
  await cli(['admin', 'profile', '--admin', 'Jansen', '--address', 'Dorpsstraat 1', '--postal-code', '1234 AB', '--city', 'Amsterdam', '--iban', 'NL91ABNA0417164300', '--data-dir', dir], env)
  const admin = await createAdministrations(dir).open('Jansen', { passphrase: 'geheim' })
  const a = addCustomer(admin.db, { code: 'K100', name: 'Bouw B.V.' })
  const b = addCustomer(admin.db, { code: 'K200', name: 'Piet', debtorType: 'b2c', onHold: true })
  addInvoice(admin.db, { customer: a, number: '2026-001', dueDate: '2026-02-01', amountCents: 41_250 })
  addInvoice(admin.db, { customer: b, number: '2026-002', dueDate: '2026-02-01', amountCents: 10_000 })
  admin.db.$client.prepare("INSERT INTO bank_accounts (account, last_statement_date) VALUES ('NL91ABNA0417164300', '2026-03-01')").run()
  admin.close()
  return ['--data-dir', dir]
}

describe('dunning CLI', () => {
  it('propose --json prints exactly the contract shape', async () => {
    const d = await administration()
    const r = await cli(['dunning', 'propose', '--admin', 'Jansen', '--as-of', '2026-03-02', '--json', ...d], env)
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(Object.keys(json).slice(0, 3)).toEqual(['asOf', 'actions', 'excluded'])
    expect(json.asOf).toBe('2026-03-02')
    expect(Object.keys(json.actions[0])).toEqual(['customerCode', 'level', 'channel', 'invoices', 'principalCents', 'feeCents', 'costsCents', 'interestCents', 'totalCents', 'explanation'])
    expect(json.actions[0]).toMatchObject({ customerCode: 'K100', level: 1, channel: 'email', principalCents: 41_250, feeCents: 0, costsCents: 0, interestCents: 0, totalCents: 41_250 })
    expect(json.actions[0].invoices).toEqual([
      { number: '2026-001', openCents: 41_250, dueDate: '2026-02-01', daysOverdue: 29, legal: { interestCents: expect.any(Number), interestFrom: '2026-02-02', compensationCents: 4_000, costsCents: 2_188 } }
    ])
    expect(json.actions[0].explanation).toMatch(/^Niveau 1 \(Herinnering\) per e-mail; 2026-001 is 29 dagen vervallen/)
    expect(json.excluded).toEqual([{ customerCode: 'K200', reason: 'hold', explanation: 'De klant staat on hold' }])
    const en = JSON.parse((await cli(['dunning', 'propose', '--admin', 'Jansen', '--as-of', '2026-03-02', '--json', '--lang', 'en', ...d], env)).out)
    expect(en.actions[0].explanation).toMatch(/^Level 1 \(Reminder\) by e-mail/)
  })

  it('save prints {"runId":…}, execute runs once and says so the second time, runs lists them', async () => {
    const d = await administration()
    const saved = await cli(['dunning', 'save', '--admin', 'Jansen', '--as-of', '2026-03-02', '--json', ...d], env)
    const { runId } = JSON.parse(saved.out)
    expect(runId).toEqual(expect.any(Number))
    expect(JSON.parse((await cli(['dunning', 'save', '--admin', 'Jansen', '--as-of', '2026-03-02', '--json', ...d], env)).out)).toMatchObject({ runId, created: false })
    expect(await cli(['dunning', 'execute', '--admin', 'Jansen', '--run', String(runId), ...d], env)).toMatchObject({ code: 0, out: `run ${runId} executed: 1 sent, 0 skipped` })
    expect(await cli(['dunning', 'execute', '--admin', 'Jansen', '--run', String(runId), ...d], env)).toMatchObject({ code: 0, out: `run ${runId} was already executed; nothing changed (1 sent, 0 skipped)` })
    const runs = JSON.parse((await cli(['dunning', 'runs', '--admin', 'Jansen', '--json', ...d], env)).out)
    expect(runs).toMatchObject([{ id: runId, runDate: '2026-03-02', status: 'executed', sent: 1 }])
    expect(await cli(['verify-audit', 'Jansen', ...d], env)).toMatchObject({ code: 0 })
  })

  it('rejects wrong usage with exit 2 and a missing run with exit 1', async () => {
    const d = await administration()
    expect(await cli(['dunning', 'propose', '--admin', 'Jansen', '--as-of', '02-03-2026', ...d], env)).toMatchObject({ code: 2, err: expect.stringMatching(/--as-of must be a date/) })
    expect(await cli(['dunning', 'propose', '--as-of', '2026-03-02', ...d], env)).toMatchObject({ code: 2, err: expect.stringMatching(/--admin is required/) })
    expect(await cli(['dunning', 'execute', '--admin', 'Jansen', '--run', '99', ...d], env)).toMatchObject({ code: 1, err: 'error: No dunning run with id 99.' })
    expect(await cli(['dunning', 'cancel', '--admin', 'Jansen', '--run', '99', ...d], env)).toMatchObject({ code: 1 })
  })

  it('forecasts the coming days', async () => {
    const d = await administration()
    const days = JSON.parse((await cli(['dunning', 'forecast', '--admin', 'Jansen', '--as-of', '2026-03-02', '--days', '30', '--json', ...d], env)).out)
    expect(days).toHaveLength(31)
    const levels = days.flatMap((x: { date: string; actions: { level: number }[] }) => x.actions.map((a) => `${x.date}:${a.level}`))
    expect(levels).toEqual(['2026-03-02:1', '2026-03-16:2', '2026-03-30:3'])
  })
})
