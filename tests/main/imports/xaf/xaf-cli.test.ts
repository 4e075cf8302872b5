// `npm run cli -- import file.xaf --admin A [--as-of D] [--term N] [--full] [--dry-run] [--json]`, run as written.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliIn } from '../../../helpers/cli'
import { tempDir } from '../../../helpers/db'
import { xafXml } from '../../../helpers/xaf'
import { OWN_FIXTURES } from '../fixtures'
import { year2024, year2025 } from './scenario'

const env = { DEBITO_PASSPHRASE: 'correct horse battery staple' }
let dir = ''

const cli = cliIn(() => dir, env)
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

beforeEach(async () => {
  dir = tempDir()
  expect((await cli('admin', 'create', 'A')).code).toBe(0)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('import of an auditfile', () => {
  it('prints the summary as JSON in exactly the documented shape', async () => {
    const y2024 = file('boekjaar-2024.xaf', xafXml(year2024()))
    const dry = await cli('import', y2024, '--admin', 'A', '--dry-run', '--json')
    expect(dry.code).toBe(0)
    const summary = JSON.parse(dry.out) as Record<string, unknown>
    expect(summary).toMatchObject({
      format: 'xaf',
      customers: { new: 3, updated: 0 },
      openItems: { new: 5, updated: 0, unchanged: 0, archived: 0 },
      openTotalCents: 281_40,
      paidHistory: 3
    })
    expect(Object.keys(summary).slice(0, 5)).toEqual(['format', 'customers', 'openItems', 'openTotalCents', 'paidHistory'])
    expect(Object.keys(summary['customers'] as object)).toEqual(['new', 'updated'])
    expect(Object.keys(summary['openItems'] as object)).toEqual(['new', 'updated', 'unchanged', 'archived'])
    // the dry run wrote nothing
    expect(JSON.parse((await cli('import', y2024, '--admin', 'A', '--json')).out)).toMatchObject({ customers: { new: 3 }, openItems: { new: 5 } })
  })

  it('takes several files, an as-of date and a term, and reports an identical re-import as unchanged', async () => {
    const files = [file('boekjaar-2024.xaf', xafXml(year2024())), file('boekjaar-2025.xaf', xafXml(year2025()))]
    const first = await cli('import', ...files, '--admin', 'A', '--as-of', '2025-06-30', '--term', '14')
    expect(first).toMatchObject({ code: 0, err: '' })
    expect(first.out).toContain('XAF 3.2, 2024-01-01 to 2025-12-31')
    expect(first.out).toContain('open items as of 2025-06-30')
    expect(first.out).toContain('receivable accounts: 1300 Debiteuren')
    expect(first.out).toContain('open total: 260.40')
    expect(first.out).toContain('payment history: 5 invoice(s) settled with their date')
    const again = JSON.parse((await cli('import', ...files, '--admin', 'A', '--as-of', '2025-06-30', '--json')).out)
    expect(again).toMatchObject({ customers: { new: 0, updated: 0 }, openItems: { new: 0, updated: 0, unchanged: 4, archived: 0 }, paidHistory: 5 })
  })

  it('asks for --accounts when the receivable accounts are in doubt, and names the damaged element of a broken file', async () => {
    const spec = year2024()
    for (const j of spec.journals ?? []) for (const tx of j.transactions) for (const l of tx.lines) if (l.acc === '1500') l.cust = 'C001'
    const doubt = file('twijfel.xaf', xafXml(spec))
    const asked = await cli('import', doubt, '--admin', 'A')
    expect(asked.code).toBe(1)
    expect(asked.err).toContain('confirm which accounts hold the receivables (in the preview, or with --accounts 1300,1500)')
    expect((await cli('import', doubt, '--admin', 'A', '--accounts', '1300')).code).toBe(0)
    const broken = file('kapot.xaf', xafXml(year2024()).slice(0, 3_000))
    const refused = await cli('import', broken, '--admin', 'A', '--json')
    expect(refused.code).toBe(1)
    expect(refused.out).toBe('')
    expect(refused.err).toMatch(/kapot\.xaf, line \d+, column "customerSupplier\[C00\d\]\/\w+": the file ends inside/)
  })

  it('refuses options that do not fit the file', async () => {
    const csv = join(OWN_FIXTURES, 'exact.csv')
    expect((await cli('import', csv, '--admin', 'A', '--as-of', '2024-01-01')).code).toBe(2)
    expect((await cli('import', csv, csv, '--admin', 'A')).code).toBe(2)
    expect((await cli('import', file('a.xaf', xafXml(year2024())), '--admin', 'A', '--as-of', '31-12-2024')).code).toBe(2)
  })
})

describe('--json for the other formats', () => {
  it('prints the same shape for a CSV export', async () => {
    const r = await cli('import', join(OWN_FIXTURES, 'exact.csv'), '--admin', 'A', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ format: 'csv', customers: { new: 2, updated: 0 }, openItems: { new: 3, updated: 0, unchanged: 0, archived: 0 }, openTotalCents: expect.any(Number), paidHistory: 0 })
  })
})
