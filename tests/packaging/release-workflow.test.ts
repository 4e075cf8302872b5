// The release workflow (.github/workflows/release.yml) cannot run here (it needs GitHub's Windows and macOS
// runners and the internet); this reads it as GitHub would and checks what the installers depend on.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './builder-config'

// js-yaml is a dev dependency (electron-builder reads its own YAML with it too)
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown }

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
type Job = { 'runs-on': string; needs?: string; steps: Step[]; strategy?: { matrix: { include: Record<string, string>[] } } }
type Workflow = { on: { push?: { tags?: string[] }; workflow_dispatch?: unknown }; permissions: Record<string, string>; jobs: Record<string, Job> }

const text = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')
const workflow = yaml.load(text) as Workflow
const installers = workflow.jobs['installers'] as Job
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n')

describe('release workflow', () => {
  it('runs on a version tag or by hand, and creates the release as a draft first', () => {
    expect(workflow.on.push?.tags).toEqual(['v*.*.*'])
    expect(workflow.on).toHaveProperty('workflow_dispatch')
    expect(workflow.permissions).toEqual({ contents: 'write' })
    expect(runs(workflow.jobs['draft'] as Job)).toMatch(/gh release create "\$TAG" --draft/)
    expect(installers.needs).toBe('draft')
  })

  it('builds the Windows installer on windows-latest and the macOS ones on macos-latest, with Node 22 and npm ci', () => {
    expect(installers['runs-on']).toBe('${{ matrix.os }}')
    expect(installers.strategy?.matrix.include.map((m) => [m.os, m.platform])).toEqual([
      ['windows-latest', '--win'],
      ['macos-latest', '--mac']
    ])
    const node = installers.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))
    expect(node?.with?.['node-version']).toBe(22)
    expect(runs(installers)).toMatch(/^npm ci\b/m)
  })

  it('rebuilds the SQLCipher driver for Electron and checks every packaged addon before uploading', () => {
    const build = installers.steps.find((s) => s.run?.includes('npx electron-builder')) as Step
    expect(build.run).toContain('-c.npmRebuild=true')
    expect(build.run).toContain('--publish never')
    const order = installers.steps.map((s) => s.run ?? '')
    const check = order.findIndex((r) => r.includes('tests/packaging/check-native-addons.ts dist'))
    const upload = order.findIndex((r) => r.startsWith('gh release upload'))
    expect(order.findIndex((r) => r === build.run)).toBeLessThan(check)
    expect(check).toBeLessThan(upload)
    expect(existsSync(join(ROOT, 'tests/packaging/check-native-addons.ts'))).toBe(true)
  })

  it('signs and notarises only from secrets, every one of them explained in the README', () => {
    const build = installers.steps.find((s) => s.run?.includes('npx electron-builder')) as Step
    const env = build.env ?? {}
    for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'AZURE_CLIENT_SECRET', 'APPLE_API_KEY_ID', 'APPLE_APP_SPECIFIC_PASSWORD']) expect(env[name], name).toMatch(/secrets\./)
    // nothing secret is written into the workflow itself
    expect(Object.values(env).every((v) => v.startsWith('${{'))).toBe(true)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Building installers'))
    const named = [...new Set([...text.matchAll(/\b(?:secrets|vars)\.([A-Z0-9_]+)/g)].map((m) => m[1] as string))]
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((name) => !section.includes(`\`${name}\``))).toEqual([])
  })

  it('uploads the installers with the update files electron-updater reads', () => {
    const files = installers.strategy?.matrix.include.map((m) => m.files).join(' ') ?? ''
    for (const f of ['dist/*.exe', 'dist/latest.yml', 'dist/*.dmg', 'dist/*.zip', 'dist/latest-mac.yml', 'dist/*.zip.blockmap']) expect(files.split(' ')).toContain(f)
  })

  it('is not part of the offline CI', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).not.toMatch(/release\.yml|electron-builder/)
  })
})
