// `npm run cli -- import …` end to end against a real encrypted administration in a temp data folder.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { cliIn } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'
import { OWN_FIXTURES } from './fixtures'

const env = { DEBITO_PASSPHRASE: 'correct horse battery staple' }
let dir = ''

const cli = cliIn(() => dir, env)

beforeEach(async () => {
  dir = tempDir()
  expect((await cli('admin', 'create', 'Klant A')).code).toBe(0)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('import command', () => {
  it('imports, then reports an identical re-import as unchanged', async () => {
    const first = await cli('import', join(OWN_FIXTURES, 'exact.csv'), '--admin', 'Klant A')
    expect(first).toMatchObject({ code: 0, err: '' })
    expect(first.out).toContain('exact.csv: csv, preset exact, 3 row(s)')
    expect(first.out).toContain('customers: 2 new, 0 updated')
    expect(first.out).toContain('open items: 3 new, 0 updated, 0 unchanged, 0 reopened, 0 archived')
    const audited = (await cli('verify-audit', 'Klant A')).out
    expect(audited).toMatch(/audit log intact: \d+ entries/)
    const again = await cli('import', join(OWN_FIXTURES, 'exact.csv'), '--admin', 'Klant A')
    expect(again.out).toContain('open items: 0 new, 0 updated, 3 unchanged, 0 reopened, 0 archived')
    // no audit noise: the chain head is where the first import left it
    expect((await cli('verify-audit', 'Klant A')).out).toBe(audited)
  })

  it('hints at --full, and --dry-run shows the archive without writing it', async () => {
    await cli('import', join(OWN_FIXTURES, 'exact.csv'), '--admin', 'Klant A')
    const fewer = join(dir, 'fewer.csv')
    writeFileSync(fewer, readFileSync(join(OWN_FIXTURES, 'exact.csv'), 'utf8').split('\n').slice(0, 2).join('\n'))
    const partial = await cli('import', fewer, '--admin', 'Klant A', '--dry-run')
    expect(partial.out).toContain('2 open item(s) of earlier imports are not in this file; import with --full to archive them as paid')
    const dry = await cli('import', fewer, '--admin', 'Klant A', '--full', '--dry-run')
    expect(dry.out).toContain('1 unchanged, 0 reopened, 2 archived')
    expect(dry.out).toContain('dry run: nothing was written')
    const real = await cli('import', fewer, '--admin', 'Klant A', '--full')
    expect(real.out).toContain('2 archived')
    expect((await cli('import', fewer, '--admin', 'Klant A', '--full')).out).toContain('0 archived')
  })

  it('refuses a file with bad rows, or imports the valid ones and writes the rejected rows', async () => {
    const bad = await cli('import', join(OWN_FIXTURES, 'bad-dates.csv'), '--admin', 'Klant A')
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('error: bad-dates.csv, line 3, column "Factuurdatum": "31-02-2026" is not a date')
    expect(bad.err).toContain('2 row(s) have problems, so nothing was imported')
    const rejectedFile = join(dir, 'afgekeurd.csv')
    const valid = await cli('import', join(OWN_FIXTURES, 'bad-dates.csv'), '--admin', 'Klant A', '--valid-rows', '--rejected', rejectedFile)
    expect(valid.code).toBe(0)
    expect(valid.out).toContain('open items: 1 new')
    expect(valid.out).toContain('rejected: 2 row(s)')
    const csv = readFileSync(rejectedFile, 'utf8')
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFRegel;Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag;Problemen',
      '3;K2;Pietersen;F2;31-02-2026;20,00;"Factuurdatum: ""31-02-2026"" is not a date (expected dd-mm-yyyy, yyyy-mm-dd or a date cell)"',
      '4;K3;Klaassen;F3;gisteren;30,00;"Factuurdatum: ""gisteren"" is not a date (expected dd-mm-yyyy, yyyy-mm-dd or a date cell)"'
    ])
  })

  it('saves a mapping and imports with it next week', async () => {
    const saved = await cli('import', join(OWN_FIXTURES, 'twinfield.csv'), '--admin', 'Klant A', '--save-mapping', 'twinfield-nl')
    expect(saved.out).toContain('mapping saved as "twinfield-nl"')
    const reused = await cli('import', join(OWN_FIXTURES, 'twinfield.csv'), '--admin', 'Klant A', '--mapping', 'twinfield-nl')
    expect(reused.out).toContain('3 unchanged')
    expect((await cli('import', join(OWN_FIXTURES, 'twinfield.csv'), '--admin', 'Klant A', '--mapping', 'nope')).err).toContain('No saved import mapping named "nope"')
  })

  it('reports usage errors with exit code 2', async () => {
    expect((await cli('import', join(OWN_FIXTURES, 'exact.csv'))).code).toBe(2)
    const wrong = await cli('import', join(OWN_FIXTURES, 'exact.csv'), '--admin', 'Klant A', '--preset', 'sap')
    expect(wrong).toMatchObject({ code: 2, err: expect.stringContaining('--preset must be one of generic, exact') })
    expect((await cli('import', join(dir, 'missing.csv'), '--admin', 'Klant A')).err).toContain('cannot read')
  })

  it('refuses a UBL document that is not an invoice', async () => {
    const r = await cli('import', join(OWN_FIXTURES, 'ubl-order.xml'), '--admin', 'Klant A')
    expect(r.code).toBe(1)
    expect(r.err).toContain('not an invoice or credit note')
  })

  it('shows a progress line on a terminal for a large file, and none when output is not a terminal', async () => {
    const rows = Array.from({ length: 16_000 }, (_, i) => `D${i % 500};Klant ${i % 500} B.V.;F-${i};05-01-2026;04-02-2026;121,00;121,00`)
    const big = join(dir, 'groot.csv')
    writeFileSync(big, ['Debiteurnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand', ...rows].join('\n'))
    const lines: (string | null)[] = []
    const out: string[] = []
    const io = { out: (l: string) => void out.push(l), err: (l: string) => void out.push(l), askSecret: () => Promise.reject(new Error('no prompt')), progress: (l: string | null) => void lines.push(l) }
    expect(await runCli(['import', big, '--admin', 'Klant A', '--data-dir', dir], { io, env })).toBe(0)
    const shown = lines.filter((l): l is string => l !== null)
    expect(shown.length).toBeGreaterThan(2)
    expect(shown.every((l) => /^groot\.csv: \d{1,3}% \([\d,]+ of [\d,]+\)$/.test(l))).toBe(true)
    expect(shown.at(-1)).toMatch(/^groot\.csv: 100% /)
    // the line is ended before the summary is printed
    expect(lines.at(-1)).toBeNull()
    expect(out.join('\n')).toContain('open items: 16000 new')
    // the captured CLI of the other tests has no terminal: nothing but the summary
    const plain = await cli('import', big, '--admin', 'Klant A', '--dry-run')
    expect(plain.err).toBe('')
  })
})
