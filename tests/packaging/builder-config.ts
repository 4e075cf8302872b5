// The electron-builder configuration as the tests read it: package.json "build", with helpers for the
// shapes electron-builder accepts (a string, a FileSet, or a list of either).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Configuration, FileSet } from 'electron-builder'

export const ROOT = join(import.meta.dirname, '../..')

export type PackageJson = { version: string; main: string; dependencies: Record<string, string>; scripts: Record<string, string>; build: Configuration }

export function packageJson(): PackageJson {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson
}

function fileSets(value: Configuration['extraResources']): FileSet[] {
  const list = value == null ? [] : Array.isArray(value) ? value : [value]
  return list.map((item) => (typeof item === 'string' ? { from: item } : item))
}

export function extraResources(config: Configuration): FileSet[] {
  return fileSets(config.extraResources)
}

/** Each extraResources source, relative to the project folder. */
export function extraResourceSources(config: Configuration): string[] {
  return extraResources(config).map((set) => set.from ?? '.')
}

/** The main-process entries electron-vite builds (out/main/<name>.js), by name. */
export async function mainEntries(): Promise<Record<string, string>> {
  const config = (await import('../../electron.vite.config')).default as { main: { build: { rollupOptions: { input: Record<string, string> } } } }
  return config.main.build.rollupOptions.input
}

/** Worker-thread entries: every main input built from src/main/jobs/workers/. */
export async function workerEntries(): Promise<string[]> {
  return Object.entries(await mainEntries())
    .filter(([, source]) => source.includes('/jobs/workers/'))
    .map(([name]) => name)
}
