// `risk` and `forecast` on the command line: the exact --json shapes other tools read (issue #15).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { seedJansen } from './ledger'

const env = { DEBITO_PASSPHRASE: 'geheim' }
let dir = ''

beforeAll(async () => {
  dir = tempDir()
  expect((await cli(['admin', 'create', 'Risico', '--data-dir', dir], env)).code).toBe(0)
  const admin = await createAdministrations(dir).open('Risico', { passphrase: 'geheim' })
  seedJansen(admin.db)
  admin.close()
})

describe('risk', () => {
  it('prints every customer with score, class, average days late and the reasons with their points', async () => {
    const r = await cli(['risk', '--admin', 'Risico', '--json', '--data-dir', dir], env)
    expect(r).toMatchObject({ code: 0, err: '' })
    const rows = JSON.parse(r.out) as Record<string, unknown>[]
    expect(rows).toHaveLength(1)
    const [row] = rows
    expect(Object.keys(row ?? {}).slice(0, 5)).toEqual(['customerCode', 'name', 'score', 'class', 'avgDaysLate'])
    expect(row).toMatchObject({ customerCode: 'C001', class: expect.stringMatching(/^[A-E]$/), avgDaysLate: 6.3 })
    const reasons = (row?.reasons ?? []) as { text: string; points: number }[]
    expect(reasons.map((x) => Object.keys(x))).toEqual(reasons.map(() => ['text', 'points']))
    expect(reasons).toContainEqual({ text: '2 gebroken toezeggingen', points: -10 })
    // the score is 100 plus the points of its reasons
    expect(row?.score).toBe(100 + reasons.reduce((s, x) => s + x.points, 0))
  })

  it('narrows to one customer, speaks French on request and names a wrong customer', async () => {
    const r = await cli(['risk', '--admin', 'Risico', '--customer', 'C001', '--json', '--language', 'fr', '--data-dir', dir], env)
    expect(JSON.parse(r.out)[0].reasons).toContainEqual({ text: '2 promesses non tenues', points: -10 })
    expect(await cli(['risk', '--admin', 'Risico', '--customer', 'X', '--data-dir', dir], env)).toMatchObject({ code: 1, err: 'error: no customer with code "X"' })
    expect((await cli(['risk', '--admin', 'Risico', '--language', 'de', '--data-dir', dir], env)).code).toBe(2)
  })
})

describe('risk import-scores', () => {
  it('names each bad line and writes nothing, then imports a good file', async () => {
    const file = join(dir, 'scores.csv')
    writeFileSync(file, 'klant;bureau;score;datum;max\nC001;Graydon;7;01-02-2026;10\nC404;D&B;50;2026-01-01;\n')
    const bad = await cli(['risk', 'import-scores', file, '--admin', 'Risico', '--data-dir', dir], env)
    expect(bad).toMatchObject({ code: 1, err: `${file}:3: unknown-customer "C404"\nerror: ${file}: 1 line(s) with problems; nothing was written` })
    writeFileSync(file, 'klant;bureau;score;datum;max\nC001;Graydon;7;01-02-2026;10\n')
    const good = await cli(['risk', 'import-scores', file, '--admin', 'Risico', '--data-dir', dir], env)
    expect(good.out.split('\n')).toEqual([`${file}: 1 line(s), 1 score(s) imported, 0 already known`, 'risk scores recomputed for 1 customer(s)'])
    // 7 on a scale of 10 is 70: 20 above 50, so +6
    const risk = JSON.parse((await cli(['risk', '--admin', 'Risico', '--json', '--data-dir', dir], env)).out)
    expect(risk[0].reasons).toContainEqual({ text: 'score Graydon 70 van 1 februari 2026', points: 6 })
  })
})

describe('forecast', () => {
  it('prints the predicted dates, the weeks and the backtest in the agreed shape', async () => {
    const r = await cli(['forecast', '--admin', 'Risico', '--weeks', '13', '--as-of', '2026-06-30', '--json', '--data-dir', dir], env)
    expect(r).toMatchObject({ code: 0, err: '' })
    const f = JSON.parse(r.out) as { asOf: string; invoices: Record<string, unknown>[]; weeks: Record<string, unknown>[]; backtest: Record<string, unknown> }
    expect(Object.keys(f)).toEqual(['asOf', 'invoices', 'weeks', 'laterCents', 'backtest'])
    expect(f.asOf).toBe('2026-06-30')
    expect(f.invoices).toEqual([
      { number: 'F5', customerCode: 'C001', openCents: 50_000, predictedDate: '2026-07-30', reason: 'al 30 dagen te laat en geen vergelijkbare historie: verwacht over 30 dagen (zo lang als het al te laat is, minstens 30)' }
    ])
    expect(f.weeks).toHaveLength(13)
    expect(Object.keys(f.weeks[0] ?? {}).slice(0, 2)).toEqual(['weekStart', 'expectedCents'])
    expect(f.weeks[0]).toMatchObject({ weekStart: '2026-06-29' })
    expect(Object.keys(f.backtest).slice(0, 2)).toEqual(['maeDays', 'naiveMaeDays'])
  })

  it('refuses a wrong number of weeks or date', async () => {
    expect((await cli(['forecast', '--admin', 'Risico', '--weeks', '0', '--data-dir', dir], env)).code).toBe(2)
    expect((await cli(['forecast', '--admin', 'Risico', '--as-of', '30-06-2026', '--data-dir', dir], env)).code).toBe(2)
  })
})
