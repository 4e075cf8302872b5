// Fuzzing every file parser in the suite: seeded mutations of the fixtures (CSV, XLSX, UBL, CAMT.053,
// MT940, CODA). Each input must either parse or fail with the parser's typed AppError; anything else
// (a TypeError, a RangeError, a hang) is a bug. Bounded by case counts, about half a minute in CI.
// FUZZ_SEED=<n> replays another run.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseBankFile } from '../../../src/main/domains/payments/parsers/parse-bank-file'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { isAppError } from '../../../src/shared/errors'
import { hasSharedFixtures, ownFixture, SHARED_FIXTURES } from '../payments/bank-fixtures'
import { OWN_FIXTURES } from '../imports/fixtures'
import { xlsxBytes } from '../imports/xlsx'
import { mutate, rng } from './mutate'

const SEED = Number(process.env.FUZZ_SEED ?? 20261130)

type Sample = { name: string; bytes: Uint8Array }

const read = (path: string): Sample => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) })

/** The shared real-world samples of a kind when present (small ones only: the case count bounds the time). */
function shared(dir: string, ext: RegExp): Sample[] {
  if (!hasSharedFixtures) return []
  const folder = join(SHARED_FIXTURES, dir)
  return readdirSync(folder)
    .filter((f) => ext.test(f) && statSync(join(folder, f)).size < 20_000)
    .map((f) => read(join(folder, f)))
}

/** What a non-typed failure looked like, to name in the assertion; null when the outcome is allowed. */
function unexpected(err: unknown, kinds: readonly string[]): string | null {
  if (isAppError(err) && kinds.includes(err.kind)) return null
  return err instanceof Error ? `${err.name}: ${err.message.slice(0, 200)}` : String(err)
}

async function fuzz(samples: Sample[], cases: number, seed: number, parse: (s: Sample) => unknown, kinds: readonly string[]) {
  expect(samples.length).toBeGreaterThan(0)
  const random = rng(seed)
  const failures: string[] = []
  let parsed = 0
  for (let i = 0; i < cases; i++) {
    const sample = samples[i % samples.length] as Sample
    const bytes = mutate(sample.bytes, random)
    try {
      await parse({ name: sample.name, bytes })
      parsed++
    } catch (err) {
      const bad = unexpected(err, kinds)
      if (bad !== null && failures.length < 5) failures.push(`case ${i} (${sample.name}, seed ${seed}): ${bad}`)
    }
  }
  expect(failures).toEqual([])
  // the mutations are mild enough that some inputs still parse: the test exercises both outcomes
  expect(parsed).toBeGreaterThan(0)
}

const bankSamples = (own: string[], dir: string, ext: RegExp) => [...own.map((f) => read(ownFixture(f))), ...shared(dir, ext)]

describe('fuzz: bank statements parse or give the typed parse error', () => {
  const bank = (s: Sample) => parseBankFile(s.bytes, s.name)
  it('CAMT.053', () => fuzz(bankSamples(['camt053-batch-return.xml'], 'camt053', /\.xml$/), 4000, SEED, bank, ['parse']))
  it('MT940', () => fuzz(bankSamples(['mt940-ing-structured.sta', 'mt940-matching-rules.sta'], 'mt940', /\.(sta|mta|STA)$/), 8000, SEED + 1, bank, ['parse']))
  it('CODA', () => fuzz(bankSamples(['coda-globalised.cod'], 'coda', /\.cod$/), 8000, SEED + 2, bank, ['parse']))
})

describe('fuzz: invoice imports preview or give a typed error', () => {
  const preview = (s: Sample) => previewImport({ bytes: s.bytes, fileName: s.name })
  // a preview reports bad rows as problems; a file it cannot read at all is a typed parse/validation error
  const KINDS = ['parse', 'validation'] as const
  const own = (ext: string) =>
    readdirSync(OWN_FIXTURES)
      .filter((f) => f.endsWith(ext))
      .map((f) => read(join(OWN_FIXTURES, f)))

  it('CSV', () => fuzz(own('.csv'), 3000, SEED + 3, preview, KINDS))
  it('UBL', () => fuzz([...own('.xml'), ...shared('ubl', /\.xml$/)], 1500, SEED + 4, preview, KINDS))

  let xlsx: Sample
  beforeAll(async () => {
    const rows = [
      ['Debiteurnummer', 'Naam', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Bedrag', 'Openstaand'],
      ['D1', 'Jansen BV', 'F-1', new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 1, 4)), 121, 121],
      ['D2', 'Café Crème', 'F-2', '05-01-2026', '04-02-2026', '1.234,56', '234,56']
    ]
    xlsx = { name: 'export.xlsx', bytes: await xlsxBytes(rows, [4, 5]) }
  })
  it('XLSX: the zip container', () => fuzz([xlsx], 400, SEED + 5, preview, KINDS))
  it('XLSX: the sheet and shared strings inside a valid zip', () => {
    const parts = unzipSync(xlsx.bytes)
    const inner = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'].filter((p) => parts[p] !== undefined)
    expect(inner.length).toBeGreaterThan(0)
    const random = rng(SEED + 6)
    // mutate one part, zip the workbook again
    const rezip = (s: Sample) => {
      const part = inner[Math.floor(random() * inner.length)] as string
      return preview({ name: s.name, bytes: zipSync({ ...parts, [part]: mutate(parts[part] as Uint8Array, random) }) })
    }
    return fuzz([xlsx], 400, SEED + 7, rezip, KINDS)
  })
})
