// Starts a worker thread from its entry module (ARCHITECTURE C12). The desktop build has each entry as
// its own bundle beside the main bundle (electron.vite.config.ts); run from source (CLI, browser mode,
// tests, bench) the entry is the TypeScript file itself, loaded through tsx inside the worker.
import { join } from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { RESOURCES_ENV } from '../db/paths'

const ENTRIES = {
  'import-worker': './workers/import.worker.ts',
  'letters-worker': './workers/letters.worker.ts',
  'report-worker': './workers/report.worker.ts',
  'risk-worker': './workers/risk.worker.ts'
} as const

export type WorkerEntry = keyof typeof ENTRIES

/**
 * DEBITO_WORKER_DIR makes a run from source use built worker bundles instead (the bench sets it to
 * out/main, so it measures the worker the desktop app runs, not tsx compiling it).
 */
export function startWorker(entry: WorkerEntry, workerOptions: WorkerOptions): Worker {
  const here = import.meta.url
  const resources = (process as { resourcesPath?: string }).resourcesPath
  const options = resources === undefined ? workerOptions : { ...workerOptions, env: { ...process.env, [RESOURCES_ENV]: resources } }
  const builtDir = process.env['DEBITO_WORKER_DIR']
  // a bundle needs no TypeScript loader: without the parent's flags it starts as in the desktop app
  if (builtDir) return new Worker(join(builtDir, `${entry}.js`), { execArgv: [], ...options })
  if (!here.endsWith('.ts')) {
    // built: out/main/<entry>.js, while this module may have been put in out/main/chunks/
    return new Worker(new URL(here.includes('/chunks/') ? `../${entry}.js` : `./${entry}.js`, here), options)
  }
  // a worker does not inherit the parent's loader hooks on Node 20, so it registers tsx itself
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(new URL(ENTRIES[entry], here).href)})`
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options)
}
