// `npm run cli -- report …` exactly as the issue writes it, against an administration with a known history.
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { tempDir } from '../../helpers/db'
import { seedHistory } from './ledger'

const PASSPHRASE = 'correct horse battery staple'
let dir = ''

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), askSecret: async () => '' }
  const code = await runCli([...argv, '--data-dir', dir], { io, env: { DEBITO_PASSPHRASE: PASSPHRASE, INIT_CWD: dir } })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

beforeAll(async () => {
  dir = tempDir()
  const admins = createAdministrations(dir)
  const created = await admins.create({ name: 'Cijfers', unlock: { passphrase: PASSPHRASE } })
  const admin = await admins.open(created.id, { passphrase: PASSPHRASE })
  seedHistory(admin.db)
  admin.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('report command', () => {
  it('prints the aging --json in the agreed shape', async () => {
    const r = await cli('report', 'aging', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--json')
    expect(r).toMatchObject({ code: 0, err: '' })
    const json = JSON.parse(r.out) as Record<string, unknown>
    expect(json).toMatchObject({
      asOf: '2026-05-15',
      buckets: [
        { label: 'current', fromDays: null, toDays: 0, cents: 95_00, count: 2 },
        { label: '1-30', fromDays: 1, toDays: 30, cents: 30_00, count: 1 },
        { label: '31-60', fromDays: 31, toDays: 60, cents: 50_00, count: 1 },
        { label: '61-90', fromDays: 61, toDays: 90, cents: 30_00, count: 2 },
        { label: '90+', fromDays: 91, toDays: null, cents: 0, count: 0 }
      ],
      totalCents: 205_00,
      customers: [
        { code: 'A001', totalCents: 150_00, buckets: expect.arrayContaining([{ label: 'current', fromDays: null, toDays: 0, cents: 70_00, count: 1 }]) },
        { code: 'B002', totalCents: 55_00 }
      ]
    })
    const again = JSON.parse((await cli('report', 'aging', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--json', '--basis', 'invoice', '--buckets', '45')).out) as { buckets: { label: string }[] }
    expect(again.buckets.map((b) => b.label)).toEqual(['0-45', '45+'])
  })

  it('writes the aging to Excel and CSV where asked', async () => {
    const xlsx = await cli('report', 'aging', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--xlsx', 'out.xlsx')
    expect(xlsx).toMatchObject({ code: 0, out: `wrote ${join(dir, 'out.xlsx')} (13 row(s))` })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(dir, 'out.xlsx'))
    expect(book.getWorksheet('Samenvatting')?.getCell('C10').value).toEqual({ formula: 'SUM(C5:C9)', result: 205 })
    expect((await cli('report', 'aging', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--csv', 'out.csv')).code).toBe(0)
    expect(existsSync(join(dir, 'out.csv'))).toBe(true)
  })

  it('prints KPIs, open items and the dunning history as JSON', async () => {
    const kpi = JSON.parse((await cli('report', 'kpi', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--from', '2026-04-01', '--json')).out) as Record<string, unknown>
    expect(kpi).toMatchObject({ from: '2026-04-01', to: '2026-05-15', dsoSimple: 73.8, dsoCountback: 87.2, cei: 20 })
    expect(kpi.trend).toHaveLength(12)
    const items = JSON.parse((await cli('report', 'open-items', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--json')).out) as { rows: Record<string, unknown>[] }
    expect(items.rows).toHaveLength(6)
    expect(items.rows[0]).toMatchObject({ customerCode: 'A001', number: 'F2', openCents: 50_00, bucket: '61-90', daysOverdue: 73 })
    const history = await cli('report', 'dunning-history', '--admin', 'Cijfers', '--as-of', '2026-05-15', '--json')
    expect(JSON.parse(history.out)).toEqual({ asOf: '2026-05-15', rows: [] })
  })

  it('refuses two outputs at once and a bad date, with exit code 2', async () => {
    expect(await cli('report', 'aging', '--admin', 'Cijfers', '--json', '--csv', 'x.csv')).toMatchObject({ code: 2, err: expect.stringContaining('choose one of --xlsx, --csv, --pdf or --json') })
    expect(await cli('report', 'kpi', '--admin', 'Cijfers', '--as-of', '30-11-2026')).toMatchObject({ code: 2, err: expect.stringContaining('--as-of must be a date YYYY-MM-DD') })
    expect(await cli('report', 'aging', '--admin', 'Cijfers', '--buckets', '60,30', '--json')).toMatchObject({ code: 1, err: expect.stringContaining('bucket bounds must increase') })
  })
})
