// Browser mode plus real headless Chromium: the E2E harness. The app runs exactly as `npm run web`
// serves it (built renderer, real services, encrypted files in a temporary data folder).
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import type { IdleClock } from '../../src/main/session/idle-lock'
import { type BrowserMode, startBrowserMode } from '../../src/main/web/browser-mode'
import { tempDir } from '../helpers/db'

const root = join(import.meta.dirname, '../..')
export const CHROMIUM = '/usr/bin/chromium'
export const ARTIFACTS = join(root, 'tests/artifacts/e2e')

/** E2E needs the built renderer and Chromium: CI must have both, a developer machine may skip. */
export function e2eAvailable(): boolean {
  const ready = existsSync(join(root, 'out/renderer/index.html')) && existsSync(CHROMIUM)
  if (!ready && process.env.CI) throw new Error('E2E needs `npm run build` and /usr/bin/chromium (apt-get install chromium) in CI')
  return ready
}

export type Harness = {
  app: BrowserMode
  browser: Browser
  problems: string[]
  newPage(): Promise<Page>
  /** Calls the server the way the page does (token header, own origin). */
  call(channel: string, input?: unknown): Promise<unknown>
  close(): Promise<void>
}

/** `openFiles`: backup files waiting to be restored, as if double-clicked before the page opened. */
export async function startHarness(opts: { demo: boolean; openFiles?: string[]; scheduler?: boolean; idleClock?: IdleClock }): Promise<Harness> {
  const dataDir = tempDir('debito-e2e-')
  // the daily scheduler would propose on its own clock: tests that want it ask for it
  const app = await startBrowserMode({ dataDir, demo: opts.demo, openFiles: opts.openFiles ?? [], scheduler: opts.scheduler ?? false, ...(opts.idleClock ? { idleClock: opts.idleClock } : {}) })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
  mkdirSync(ARTIFACTS, { recursive: true })
  const problems: string[] = []
  return {
    app,
    browser,
    problems,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      return page
    },
    async call(channel, input = {}) {
      const res = await fetch(`http://127.0.0.1:${app.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-debito-token': app.token, origin: `http://127.0.0.1:${app.port}` },
        body: JSON.stringify(input)
      })
      return res.json()
    },
    async close() {
      await browser.close()
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Opens the demo administration from the picker, as a user does (in Dutch, the default). */
export async function unlockDemoIn(h: Harness, page: Page): Promise<void> {
  const demo = h.app.demo
  if (!demo) throw new Error('no demo administration')
  await page.getByRole('combobox', { name: 'Administratie' }).click()
  await page.getByRole('option', { name: demo.name }).click()
  await page.getByRole('textbox', { name: 'Wachtwoordzin', exact: true }).fill(demo.passphrase)
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
}
