// Starts browser mode: the same services and handlers as the desktop app, in plain Node, served on
// 127.0.0.1 only. Used by `npm run web` and by the end-to-end tests.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createDemoAdministration } from '../demo/demo'
import { createAppDispatch } from '../ipc/dispatch'
import { startScheduler } from '../jobs/scheduler'
import { createAppServices } from '../session/app-services'
import type { IdleClock, IdleLock } from '../session/idle-lock'
import { startWebServer, type WebServer } from './server'

/** The project folder (the one with package.json), from src/main/web or out/main alike. */
function projectRoot(): string {
  let dir = import.meta.dirname
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('package.json not found above browser mode')
    dir = up
  }
  return dir
}

/** `openFiles`: backup files to offer for restoring, as if the user had double-clicked them. `scheduler`: run the
 * daily dunning proposal while serving (on by default; tests switch it off to control time). */
export type BrowserModeOptions = { dataDir: string; port?: number; demo?: boolean; rendererDir?: string; openFiles?: string[]; scheduler?: boolean; idleClock?: IdleClock }
export type BrowserMode = WebServer & { demo?: { name: string; passphrase: string }; refusedFiles: string[]; idleLock: IdleLock }

export async function startBrowserMode(opts: BrowserModeOptions): Promise<BrowserMode> {
  const root = projectRoot()
  const rendererDir = opts.rendererDir ?? join(root, 'out', 'renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir} has no index.html: run \`npm run build\` first`)
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const services = createAppServices({ dataDir: opts.dataDir, platform: { mode: 'browser', version }, ...(opts.idleClock ? { idleClock: opts.idleClock } : {}) })
  const demo = opts.demo ? await createDemoAdministration(services.administrations) : undefined
  const refusedFiles = (opts.openFiles ?? []).filter((file) => services.backups.add(file) === null)
  const scheduler = opts.scheduler === false ? null : startScheduler(services)
  const server = await startWebServer({
    dispatch: createAppDispatch(services),
    events: services.events,
    downloads: services.downloads,
    rendererDir,
    ...(opts.port === undefined ? {} : { port: opts.port })
  })
  return {
    ...server,
    ...(demo ? { demo } : {}),
    refusedFiles,
    idleLock: services.idleLock,
    close: async () => {
      scheduler?.stop()
      await server.close()
      services.dispose()
    }
  }
}
