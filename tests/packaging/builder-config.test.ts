// The installers' electron-builder configuration (package.json "build"), checked without building:
// targets, fuses, the unpacked native module, the file association, and that everything it ships exists.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUP_EXTENSION } from '../../src/shared/domains/backups/backup-files'
import { extraResources, extraResourceSources, packageJson, ROOT } from './builder-config'

const pkg = packageJson()
const config = pkg.build

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('electron-builder configuration', () => {
  it('names the app and builds per-user NSIS for Windows x64 and arm64', () => {
    expect(config.appId).toBe('nl.debito.app')
    expect(config.productName).toBe('Debito')
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    // per-user: the install-mode page defaults to "only for me", no administrator rights needed
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, deleteAppDataOnUninstall: false })
    expect(config.nsis?.selectPerMachineByDefault).not.toBe(true)
  })

  it('builds a DMG and the zip electron-updater needs, for Intel and Apple silicon, hardened', () => {
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] }
    ])
    expect(config.mac?.hardenedRuntime).toBe(true)
    const entitlements = readFileSync(join(ROOT, config.mac?.entitlements ?? 'missing'), 'utf8')
    expect(entitlements).toContain('<key>com.apple.security.cs.allow-jit</key>')
    expect(entitlements).not.toMatch(/disable-library-validation|allow-dyld-environment-variables/)
  })

  it('flips the fuses of LIBRARIES.md §8', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('keeps the SQLCipher addon out of the asar and never rebuilds it against the wrong headers', () => {
    expect(config.asarUnpack).toEqual(['**/*.node'])
    expect(existsSync(join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true)
    expect(config.npmRebuild).toBe(false)
    // a production dependency electron-builder cannot find must fail the build, not ship a broken app
    expect(config.allowMissingDependencies).toBe(false)
    // STACK.md §8: ship the compiled addon only
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!node_modules/better-sqlite3/{deps,src,docs,benchmark}/**',
        '!node_modules/better-sqlite3/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
        '!node_modules/better-sqlite3/build/Release/{sqlite3.a,test_extension.node}'
      ])
    )
  })

  it('opens .debito-backup files, the extension the backup dialogs and the CLI use', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: BACKUP_EXTENSION, name: 'Debito backup' })])
  })

  it('ships migrations beside the asar, and every extraResources source exists', () => {
    expect(extraResources(config)).toContainEqual({ from: 'src/main/db/migrations', to: 'migrations' })
    for (const source of extraResourceSources(config)) expect(existsSync(join(ROOT, source)), source).toBe(true)
  })

  it('takes its icons from resources/, large enough for macOS', () => {
    for (const icon of [config.win?.icon, config.mac?.icon]) {
      expect(icon).toMatch(/^resources\//)
      const { width, height } = pngSize(join(ROOT, icon ?? ''))
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(512)
    }
  })

  it('has dist scripts that never publish from a laptop; the release workflow publishes a draft', () => {
    for (const script of ['dist:win', 'dist:mac', 'dist:dir']) expect(pkg.scripts[script]).toMatch(/^electron-vite build && electron-builder .*--publish never$/)
    expect(pkg.scripts['dist:win']).toContain('--win')
    expect(pkg.scripts['dist:mac']).toContain('--mac')
    expect(pkg.scripts['dist:dir']).toContain('--dir')
    expect(config.publish).toEqual([{ provider: 'github', releaseType: 'draft' }])
  })
})
