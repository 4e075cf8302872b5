import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateVector } from '../../../src/main/cli/vectors/run-vectors'

const root = resolve(import.meta.dirname, '../../..')
const sharedVectors = resolve(root, '../shared/legal/vectors.json')
const fixture = (name: string) => resolve(root, 'tests/fixtures/legal', name)

type Line = { id: string; kind: string; got: Record<string, unknown>; ok: boolean; error?: string }

/** Runs the real CLI entry point (what `npm run vectors` runs) and splits its output. */
function runVectors(...files: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/vectors.ts', ...files], { cwd: root, encoding: 'utf8' })
  const out = run.stdout.trimEnd().split('\n')
  const closing = out.at(-1) ?? ''
  const lines = out.slice(0, -1).map((l) => JSON.parse(l) as Line)
  return { status: run.status, lines, closing, stderr: run.stderr }
}

describe('npm run vectors', () => {
  it.skipIf(!existsSync(sharedVectors))('passes every vector of the shared vector file', () => {
    const { status, lines, closing } = runVectors(sharedVectors)
    expect(lines.filter((l) => !l.ok)).toEqual([])
    expect(lines.length).toBeGreaterThan(0)
    expect(closing).toBe(`${lines.length} passed, 0 failed`)
    expect(status).toBe(0)
  })

  it('answers every expected key, in the same string form', () => {
    const { lines } = runVectors(fixture('extra-vectors.json'))
    const wik = lines.find((l) => l.id === 'x-wik-vat-cap')
    expect(wik?.got).toEqual({ fee_ex_vat: '6275.00', vat: '500.00', amount_claimable: '6775.00' })
    expect(lines.find((l) => l.id === 'x-becap-below')?.got).toEqual({ max_interest_rate_percent: '12.5', rate_chargeable_percent: '10', exceeds_cap: false })
  })

  it('handles new vectors of the existing kinds', () => {
    const { status, lines, closing } = runVectors(fixture('extra-vectors.json'))
    expect(lines.filter((l) => !l.ok)).toEqual([])
    expect(new Set(lines.map((l) => l.kind)).size).toBeGreaterThanOrEqual(14)
    expect(closing).toBe(`${lines.length} passed, 0 failed`)
    expect(status).toBe(0)
  })

  it('reports a wrong expected value with ok:false and exit code 1', () => {
    const { status, lines, closing } = runVectors(fixture('wrong-expected.json'))
    expect(lines.map((l) => [l.id, l.ok])).toEqual([
      ['right', true],
      ['wrong-on-purpose', false]
    ])
    expect(lines[1]?.got).toEqual({ fee_ex_vat: '40.00', amount_claimable: '40.00' })
    expect(closing).toBe('1 passed, 1 failed')
    expect(status).toBe(1)
  })

  it('fails an unknown kind with exit code 1', () => {
    const { status, lines } = runVectors(fixture('unknown-kind.json'))
    const unknown = lines.find((l) => l.id === 'mystery')
    expect(unknown).toMatchObject({ ok: false, got: { amount: null } })
    expect(unknown?.error).toMatch(/unknown kind/)
    expect(status).toBe(1)
  })

  it('counts several files together and rejects a file in another format', () => {
    const both = runVectors(fixture('wrong-expected.json'), fixture('unknown-kind.json'))
    expect(both.closing).toBe('2 passed, 2 failed')
    const notVectors = runVectors(resolve(root, 'package.json'))
    expect(notVectors.stderr).toMatch(/not a debito-legal-vectors\/1 file/)
    expect(notVectors.status).toBe(1)
  })
})

describe('vector evaluation', () => {
  it('fails a vector with malformed inputs instead of crashing', () => {
    const line = evaluateVector({ id: 'bad', kind: 'nl_statutory_interest', inputs: { regime: '6:119', principal: '12,50', first_interest_day: '2025-01-01', last_interest_day: '2025-02-30' }, expected: { interest: '1.00' } })
    expect(line).toMatchObject({ ok: false, got: { interest: null } })
    expect(line.error).toMatch(/invalid inputs/)
  })

  it('answers null for an expected key the kind does not produce', () => {
    expect(evaluateVector({ id: 'extra-key', kind: 'iban', inputs: { iban: 'BE72000000001616' }, expected: { valid: true, colour: 'blue' } })).toMatchObject({
      ok: false,
      got: { valid: true, colour: null }
    })
  })

  it('passes domain errors through as the line error', () => {
    const line = evaluateVector({ id: 'early', kind: 'nl_statutory_interest', inputs: { regime: '6:119', principal: '1.00', first_interest_day: '1999-01-01', last_interest_day: '1999-02-01' }, expected: { interest: '0.00' } })
    expect(line.error).toBe('no nl-6:119 rate is known for 1999-01-01')
  })
})
