// Where the app finds what it ships (migrations, fonts) and where it keeps a user's data.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/** The project root in development and tests: the nearest folder above this file with a package.json. */
function projectRoot(): string {
  let dir = import.meta.dirname
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error(`no package.json above ${import.meta.dirname}`)
    dir = up
  }
  return dir
}

/** Electron sets process.resourcesPath in the main thread only; startWorker hands it to worker threads. */
export const RESOURCES_ENV = 'DEBITO_RESOURCES_PATH'

/** Packaged Electron apps ship resources beside app.asar (electron-builder `extraResources`). */
function packagedResources(): string | undefined {
  const res = (process as { resourcesPath?: string }).resourcesPath ?? process.env[RESOURCES_ENV]
  return res !== undefined && existsSync(join(res, 'migrations')) ? res : undefined
}

export function migrationsFolder(): string {
  const packaged = packagedResources()
  return packaged ? join(packaged, 'migrations') : join(projectRoot(), 'src/main/db/migrations')
}

export function resourcesFolder(): string {
  return packagedResources() ?? join(projectRoot(), 'resources')
}

/** The letter and report font: Noto Sans from @embedpdf/fonts-latin in development, `fonts/` beside app.asar when packaged. */
export function letterFontsFolder(): string {
  const packaged = packagedResources()
  return packaged ? join(packaged, 'fonts') : join(projectRoot(), 'node_modules/@embedpdf/fonts-latin/fonts')
}

/** The shipped letter templates (resources/letter-templates, copied by the `resources → .` entry). */
export function letterTemplatesFolder(): string {
  return join(resourcesFolder(), 'letter-templates')
}

/** The platform's per-user data folder for Debito (what Electron calls userData). */
export function defaultDataDir(): string {
  const home = homedir()
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Debito')
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Debito')
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Debito')
  }
}
