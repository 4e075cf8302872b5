// `electron-builder --dir` for real, against a stand-in Electron distribution (no Electron binary can be
// downloaded here): the app.asar it writes holds the built bundles and the production dependencies and
// nothing else, the SQLCipher addon is unpacked, the fuses are flipped, the migrations ship beside it,
// and the packaged main bundle boots from that copy under the Electron stub.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractAll, extractFile, getRawHeader, listPackage } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extraResourceSources, packageJson, ROOT, workerEntries } from './builder-config'
import { inspectAddon } from './native-addon'
import { lockPackages, packageName, productionPackages, stageProject } from './stage'

const built = existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/renderer/index.html'))
if (!built && process.env.CI) throw new Error('out/ is missing: CI must run `npm run build` before the tests')

const ADDON = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'

/** @electron/fuses looks for this sentinel, then a version byte, the wire length and one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges']

/** An unpacked Linux Electron folder with everything electron-builder touches; the "binary" carries a fuse wire with every fuse on. */
function stubElectronDist(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from('1'.repeat(FUSES.length))])
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for Electron"\n'), wire]))
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), packageJson().version)
  writeFileSync(join(dir, 'LICENSE'), 'stand-in')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stand-in')
}

function fuseWire(binary: string): Record<string, boolean> {
  const bytes = readFileSync(binary)
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  return Object.fromEntries(FUSES.map((name, i) => [name, bytes[at + 2 + i] === '1'.charCodeAt(0)]))
}

const work = mkdtempSync(join(tmpdir(), 'debito-package-'))
const stage = join(work, 'debito')
const outDir = join(work, 'dist')
const appDir = join(outDir, 'linux-unpacked')
const resources = join(appDir, 'resources')
const asar = join(resources, 'app.asar')
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe.skipIf(!built)('electron-builder --dir against a stub Electron', () => {
  let entries: string[] = []
  const timings: Record<string, number> = {}

  beforeAll(() => {
    let t = Date.now()
    stageProject(ROOT, stage, extraResourceSources(packageJson().build))
    stubElectronDist(join(work, 'electron-dist'))
    timings.stage = Date.now() - t
    t = Date.now()
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/electron-builder/cli.js'), '--dir', '--linux', '--publish', 'never', `-c.electronDist=${join(work, 'electron-dist')}`, `-c.directories.output=${outDir}`],
      { cwd: stage, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, stdio: 'pipe', timeout: 240_000 }
    )
    timings.build = Date.now() - t
    entries = listPackage(asar, { isPack: false })
    console.log(`[package] stage ${timings.stage} ms, electron-builder --dir ${timings.build} ms`)
  }, 300_000)

  it('puts the built main, preload, renderer and worker bundles in app.asar, and nothing of the sources', async () => {
    const top = new Set(entries.map((e) => e.split('/')[1]))
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json'])
    const bundles = ['index', ...(await workerEntries())].map((name) => `/out/main/${name}.js`)
    expect(bundles.length).toBeGreaterThan(1)
    expect(entries).toEqual(expect.arrayContaining([...bundles, '/out/preload/index.cjs', '/out/renderer/index.html']))
    expect(entries.some((e) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(e))).toBe(true)
    // browser mode and the CLI cannot run inside the app (RunAsNode is off): they stay out
    expect(entries).not.toContain('/out/main/web.js')
    expect(entries).not.toContain('/out/main/cli.js')
    expect(entries.filter((e) => !e.startsWith('/node_modules/') && /\.(tsx?|map)$/.test(e))).toEqual([])
    expect(entries.filter((e) => /^\/(src|tests|resources|dist)\//.test(e) || e.includes('/fixtures/'))).toEqual([])
  })

  it('holds every production dependency of package-lock.json and no development package', () => {
    // electron-builder hoists the production tree anew, so packages are compared by folder name and version
    const shipped = new Set(
      entries
        .filter((e) => /\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(e))
        .map((e) => {
          const { version } = JSON.parse(extractFile(asar, e.slice(1)).toString()) as { version: string }
          return `${packageName(e.slice(1, -'/package.json'.length))}@${version}`
        })
    )
    const lock = lockPackages(ROOT)
    const wanted = productionPackages(ROOT).map((path) => `${packageName(path)}@${lock[path]?.version}`)
    expect(wanted.length).toBeGreaterThan(Object.keys(packageJson().dependencies).length)
    expect(wanted.filter((p) => !shipped.has(p))).toEqual([])
    const prodNames = new Set(wanted.map((p) => p.slice(0, p.lastIndexOf('@'))))
    const devOnly = ['electron', 'electron-builder', 'vitest', 'react', '@mantine/core', 'typescript', '@embedpdf/fonts-latin', 'playwright-core', 'tsx']
    expect(devOnly.filter((name) => prodNames.has(name) || [...shipped].some((p) => p.startsWith(`${name}@`)))).toEqual([])
    const app = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string; scripts?: unknown }
    expect(app.main).toBe('./out/main/index.js')
    expect(app.scripts).toBeUndefined()
  })

  it('unpacks the compiled SQLCipher addon only, without its sources and object files', () => {
    expect(existsSync(join(resources, 'app.asar.unpacked', ADDON))).toBe(true)
    const header = getRawHeader(asar).header as { files: Record<string, unknown> }
    const node = ADDON.split('/').reduce<{ files?: Record<string, unknown>; unpacked?: boolean } | undefined>((dir, part) => dir?.files?.[part] as never, header)
    expect(node?.unpacked).toBe(true)
    const leftovers = entries.filter((e) => /^\/node_modules\/better-sqlite3\/(deps|src|docs|benchmark)\/|\/Release\/(obj|obj\.target|\.deps)\/|sqlite3\.a$|test_extension\.node$/.test(e))
    expect(leftovers).toEqual([])
    expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/better-sqlite3/deps'))).toBe(false)
  })

  it('lets the release check spot an addon built for Node instead of Electron (npmRebuild is off here)', () => {
    const addon = readFileSync(join(resources, 'app.asar.unpacked', ADDON))
    expect(inspectAddon(addon)).toEqual({ arch: process.arch, abi: Number(process.versions.modules) })
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'tests/packaging/check-native-addons.ts', outDir], { cwd: ROOT })
    expect(check.status).toBe(1)
    expect(check.stderr.toString()).toMatch(new RegExp(`NODE_MODULE_VERSION ${process.versions.modules}, Electron 45\\.4\\.1 needs \\d+`))
  })

  it('ships the migrations beside the asar and flips the fuses', () => {
    const sql = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()
    expect(sql(join(resources, 'migrations'))).toEqual(sql(join(ROOT, 'src/main/db/migrations')))
    expect(existsSync(join(resources, 'migrations/meta/_journal.json'))).toBe(true)
    expect(existsSync(join(resources, 'icon.png'))).toBe(false)
    // the letter and report fonts with their licence, and every letter template, as in the repository
    expect(readdirSync(join(resources, 'fonts')).sort()).toEqual(['NotoSans-Bold.ttf', 'NotoSans-Italic.ttf', 'NotoSans-Regular.ttf', 'OFL.txt'])
    const templates = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
    const shipped = templates(join(resources, 'letter-templates'))
    expect(shipped.filter((f) => f.endsWith('.txt')).length).toBeGreaterThan(20)
    expect(shipped).toEqual(templates(join(ROOT, 'resources/letter-templates')))
    for (const f of shipped.filter((f) => f.endsWith('.txt'))) expect(readFileSync(join(resources, 'letter-templates', f), 'utf8'), f).toBe(readFileSync(join(ROOT, 'resources/letter-templates', f), 'utf8'))
    expect(fuseWire(join(appDir, 'debito'))).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: true, // not configured: left as Electron ships it
      GrantFileProtocolExtraPrivileges: false
    })
  })

  it('boots the packaged main bundle from the asar contents alone, with the shipped migrations and worker', () => {
    const app = join(work, 'app')
    extractAll(asar, app)
    const home = join(work, 'home')
    const saved = join(work, 'saved')
    mkdirSync(saved)
    const env = { ...process.env, XDG_CONFIG_HOME: home, STUB_PACKAGED: '1', STUB_RESOURCES_PATH: resources, STUB_SAVE_DIR: saved }
    const run = (args: string[]) =>
      execFileSync(process.execPath, ['--import', join(ROOT, 'tests/electron-stub/register.mjs'), ...args], { cwd: app, env, timeout: 120_000 }).toString()
    // every production dependency loads from the packaged copy (native addon included)
    const deps = Object.keys(packageJson().dependencies)
    const imported = run(['--input-type=module', '-e', `for (const d of ${JSON.stringify(deps)}) await import(d); console.log('ok ' + ${deps.length})`])
    expect(imported.trim()).toBe(`ok ${deps.length}`)
    const out = run([join(ROOT, 'tests/main/shell/boot-main.mjs')])
    const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>
    expect(r).toMatchObject({
      created: true,
      opened: { ok: true, value: { name: 'Smoke B.V.' } },
      dashboard: { ok: true, value: { position: { openCount: 0 } } },
      preloadExists: true,
      served: { status: 200, html: true },
      largeImport: { ok: true, value: { invoices: { created: 15_000 } } },
      agingPdf: { ok: true, value: { status: 'saved', rows: expect.any(Number) } }
    })
    // the report PDF found its fonts in resources/fonts (the font package is a development dependency)
    const pdf = join(saved, (r.agingPdf as { value: { fileName: string } }).value.fileName)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    expect(execFileSync('pdffonts', [pdf]).toString()).toMatch(/NotoSans/)
  })
})
