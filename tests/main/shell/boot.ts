// Runs one of the boot scripts in a child process under the electron stub and returns its JSON line.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

export const ROOT = join(import.meta.dirname, '../../..')
export const BUILT = existsSync(join(ROOT, 'out/main/index.js')) && existsSync(join(ROOT, 'out/preload/index.cjs'))
if (!BUILT && process.env.CI) throw new Error('out/ is missing: CI must run `npm run build` before the tests')

const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A temporary folder removed after the test file. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temporary.push(dir)
  return dir
}

/** Each boot gets a fresh data folder, as on a new computer, unless it restarts in an earlier one. */
export function boot(env: Record<string, string> = {}, script = 'boot-main.mjs', home = scratch('debito-shell-')): Record<string, unknown> & { home: string } {
  const out = execFileSync(process.execPath, ['--import', './tests/electron-stub/register.mjs', `tests/main/shell/${script}`], {
    cwd: ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: home, ...env },
    timeout: 60_000
  }).toString()
  return { ...(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>), home }
}
