// The invoice grid in real Chromium over a large administration (browser mode, the same services as the
// desktop app): grid.first_rows_ms from the press on Facturen to the first row painted (fresh page, no
// cache), grid.filter_ms from the press on the Vervallen view to its first rows painted; each beside the bare
// query of the same page (200 rows and the totals) in the same run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Locator, type Page } from 'playwright-core'
import type { AppDb } from '../../src/main/db/connection'
import { createAppDispatch } from '../../src/main/ipc/dispatch'
import { createAppServices } from '../../src/main/session/app-services'
import { startWebServer } from '../../src/main/web/server'
import { localToday } from '../../src/shared/dates'
import { CHROMIUM } from '../e2e/harness'
import { type Figure, figure } from './figure'
import { seedLargeLedger } from './ledger-data'

const root = join(import.meta.dirname, '../..')
const UNLOCK = { mode: 'passphrase', passphrase: 'bench passphrase' }

/** The bare page query: the same 200 rows and totals the grid asks for, straight from better-sqlite3. */
function bareGridQuery(db: AppDb, overdueOnly: boolean): number {
  const today = localToday()
  const where = `i.status = 'open' AND i.open_cents <> 0 AND i.invoice_date <= ?${overdueOnly ? ' AND i.due_date < ?' : ''}`
  const args = overdueOnly ? [today, today] : [today]
  const page = db.$client.prepare(`
    SELECT i.id, i.number, i.customer_id, c.name, i.invoice_date, i.due_date, i.amount_cents, i.open_cents, i.status, i.disputed, i.on_hold, i.dunning_level
    FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE ${where} ORDER BY i.due_date, i.id LIMIT 200`)
  const totals = db.$client.prepare(`SELECT count(*), sum(i.open_cents) FROM invoices i WHERE ${where}`)
  const start = process.hrtime.bigint()
  page.all(...args)
  totals.get(...args)
  return Number(process.hrtime.bigint() - start) / 1e6
}

/**
 * In the page: from the pointer going down to the painted frame in which the grid's first row is present (and,
 * after a filter, the summary has changed), checked once per animation frame. A string, because tsx wraps named
 * functions in a helper the page does not have.
 */
const TIME_PRESS_TO_ROWS = `(before) => {
  window.benchDone = new Promise((resolve) => {
    document.addEventListener('pointerdown', () => {
      const start = performance.now()
      const ready = () => document.querySelector('tbody tr[data-index="0"]') !== null &&
        (before === null || document.querySelector('[data-testid="invoice-summary"]')?.textContent !== before)
      const poll = () => (ready() ? setTimeout(() => resolve(performance.now() - start), 0) : requestAnimationFrame(poll))
      requestAnimationFrame(poll)
    }, { capture: true, once: true })
  })
}`

/**
 * Milliseconds the user waits from pressing `target` until the grid's rows are painted. Timed inside the page,
 * so Playwright's own round trips and actionability checks are not counted as the app's time.
 */
async function pressToRows(page: Page, target: Locator, summaryBefore: string | null): Promise<number> {
  await target.waitFor()
  await page.evaluate(`(${TIME_PRESS_TO_ROWS})(${JSON.stringify(summaryBefore)})`)
  await target.click()
  return page.evaluate('window.benchDone') as Promise<number>
}

export async function gridFigures(rows: number, rounds: number): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'debito-bench-grid-'))
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const services = createAppServices({ dataDir, platform: { mode: 'browser', version } })
  const server = await startWebServer({ dispatch: createAppDispatch(services), events: services.events, downloads: services.downloads, rendererDir: join(root, 'out', 'renderer') })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const call = (channel: string, input: unknown) =>
      fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-debito-token': server.token, origin: `http://127.0.0.1:${server.port}` },
        body: JSON.stringify(input)
      }).then((r) => r.json() as Promise<{ value: { id: string } }>)
    const created = await call('administrations:create', { name: 'Groothandel Bench B.V.', unlock: UNLOCK })
    await call('administrations:open', { id: created.value.id, unlock: UNLOCK })
    const db = services.session.db()
    seedLargeLedger(db, rows)
    db.$client.exec('ANALYZE')

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    let first = Infinity
    let filter = Infinity
    let bareFirst = Infinity
    let bareFilter = Infinity
    for (let round = 0; round < rounds; round++) {
      // a fresh page each round: nothing cached in the renderer
      await page.goto(server.url)
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
      first = Math.min(first, await pressToRows(page, page.getByRole('navigation').getByText('Facturen', { exact: true }), null))
      const before = await page.getByTestId('invoice-summary').textContent()
      filter = Math.min(filter, await pressToRows(page, page.getByText('Vervallen', { exact: true }), before))
      bareFirst = Math.min(bareFirst, bareGridQuery(db, false))
      bareFilter = Math.min(bareFilter, bareGridQuery(db, true))
    }
    return [figure('grid.first_rows_ms', first, 'ms', bareFirst), figure('grid.filter_ms', filter, 'ms', bareFilter)]
  } finally {
    await browser.close()
    await server.close()
    services.dispose()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
