// The dashboard and Rapporten in real Chromium on the demo: a click on an aging bar, a reminder-level bar
// and a tile opens the invoice grid filtered to exactly the items behind it (count and amount as main
// reports them); the aging exported to Excel is downloaded and read back with exceljs. Screenshots of the
// dashboard, a drill-down and the three report tabs in nl, fr and en.
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardDto } from '../../src/shared/ipc/dashboard.contract'
import type { AgingReportDto } from '../../src/shared/ipc/reports.contract'
import type { ForecastDto } from '../../src/shared/ipc/risk.contract'
import { addDays } from '../../src/shared/dates'
import { tempDir } from '../helpers/db'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness, unlockDemoIn } from './harness'

const available = e2eAvailable()
let h: Harness
let page: Page

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: true })
  page = await h.newPage()
  await page.goto(h.app.url)
  await unlockDemoIn(h, page)
}, 120_000)
afterAll(async () => {
  await h?.close()
})

const value = async <T>(channel: string, input: unknown = {}) => ((await h.call(channel, input)) as { value: T }).value
/** "1.234 facturen · open € 56.789,01" → [1234, 5678901] */
async function gridSummary(): Promise<[number, number]> {
  const text = (await page.getByTestId('invoice-summary').textContent()) ?? ''
  const [items, amount] = text.split('·')
  return [Number((items ?? '').replace(/\D/g, '')), Number((amount ?? '').replace(/[^\d-]/g, ''))]
}
const NAV = { nl: ['Dashboard', 'Facturen', 'Rapporten'], fr: ['Tableau de bord', 'Factures', 'Rapports'], en: ['Dashboard', 'Invoices', 'Reports'] } as const
const nav = (name: string) => page.getByRole('navigation').getByText(name, { exact: true }).click()
const settle = () => page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)))

describe.skipIf(!available)('dashboard and reports in Chromium', () => {
  it('opens the invoices behind an aging bar, a reminder level and a tile', async () => {
    const dashboard = await value<DashboardDto>('dashboard:get-summary')
    const aging = page.getByRole('region', { name: 'Ouderdom van de vorderingen' })
    await aging.locator('.recharts-bar-rectangle path').first().waitFor()
    // the bar of 31–60 days (the third): the grid shows that bucket's items, as main counted them
    const bucket = dashboard.aging[2]!
    expect(bucket.count).toBeGreaterThan(0)
    await aging.locator('.recharts-bar-rectangle path').nth(2).click()
    await page.getByRole('heading', { level: 1, name: 'Facturen' }).waitFor()
    expect(page.url()).toContain(`#/invoices?view=open&basis=${dashboard.agingBasis}&from=${bucket.fromDays}&to=${bucket.toDays}`)
    await expect.poll(gridSummary).toEqual([bucket.count, bucket.cents])
    await expect(page.getByTestId('drill-down').textContent()).resolves.toContain('31–60 dagen')
    await page.screenshot({ path: join(ARTIFACTS, 'reports-nl-drill-down.png') })
    // clearing the filter shows every open item again
    await page.getByRole('button', { name: 'Filter wissen' }).click()
    await page.getByTestId('drill-down').waitFor({ state: 'detached' })
    await expect.poll(gridSummary).toEqual([dashboard.position.openCount, dashboard.position.openCents])

    // a reminder level: the past-due items that reached it
    await nav('Dashboard')
    const levels = page.getByRole('region', { name: 'Vervallen per aanmaanniveau' })
    await levels.locator('.recharts-bar-rectangle path').first().waitFor()
    const index = dashboard.dunningLevels.findIndex((l) => l.level > 0 && l.count > 0)
    const level = dashboard.dunningLevels[index]!
    await levels.locator('.recharts-bar-rectangle').nth(index).locator('path').click()
    await expect.poll(gridSummary).toEqual([level.count, level.cents])
    expect(page.url()).toContain(`view=overdue&level=${level.level}`)

    // a tile: Vervallen
    await nav('Dashboard')
    await page.getByRole('button', { name: /^Vervallen/ }).click()
    await expect.poll(gridSummary).toEqual([dashboard.position.overdueCount, dashboard.position.overdueCents])

    // a week of the cash-in forecast: the invoices the forecast expects to be paid in it
    await nav('Dashboard')
    const forecast = await value<ForecastDto>('risk:get-forecast', { limit: 500 })
    expect(forecast.invoices.total).toBe(forecast.invoices.rows.length)
    const predictedIn = (from: string) => forecast.invoices.rows.filter((r) => r.predictedDate >= from && r.predictedDate <= addDays(from, 6))
    const week = forecast.weeks.findIndex((w) => w.expectedCents > 0 && predictedIn(w.weekStart).length > 0)
    const weekStart = forecast.weeks[week]!.weekStart
    const cashIn = page.getByRole('region', { name: 'Verwachte ontvangsten, 13 weken' })
    await cashIn.locator('.recharts-bar-rectangle path').first().waitFor()
    await cashIn.locator('.recharts-bar-rectangle').nth(week).locator('path').click()
    await page.getByRole('heading', { level: 1, name: 'Facturen' }).waitFor()
    expect(page.url()).toContain(`expectedFrom=${weekStart}&expectedTo=${addDays(weekStart, 6)}`)
    const behind = predictedIn(weekStart)
    await expect.poll(gridSummary).toEqual([behind.length, behind.reduce((s, r) => s + r.openCents, 0)])
    await expect(page.getByTestId('drill-down').textContent()).resolves.toContain('betaling verwacht')
    // the grid's rows are those invoices
    const numbers = await page.locator('tbody tr[data-index]').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))
    for (const r of behind.slice(0, 5)) expect(numbers.some((text) => text.includes(r.number))).toBe(true)
    await page.screenshot({ path: join(ARTIFACTS, 'reports-nl-drill-down-forecast.png') })
    expect(h.problems).toEqual([])
  })

  it('exports the aging to Excel; the downloaded file has the same totals', async () => {
    await nav('Rapporten')
    await page.getByRole('table', { name: 'Ouderdomsanalyse' }).waitFor()
    const report = await value<AgingReportDto>('reports:get-aging')
    await page.getByRole('button', { name: 'Exporteren' }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = join(tempDir('debito-e2e-reports-'), download.suggestedFilename())
    await download.saveAs(path)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(path)
    const summary = book.getWorksheet('Samenvatting')!
    expect(summary.getCell('A1').value).toBe(`Ouderdomsanalyse — ${h.app.demo?.name}`)
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 })
    const buckets = report.buckets.length
    const totalRow = summary.getRow(5 + buckets)
    expect(totalRow.getCell(1).value).toBe('Totaal')
    expect(totalRow.getCell(3).value).toEqual({ formula: `SUM(C5:C${4 + buckets})`, result: report.totalCents / 100 })
    expect(totalRow.getCell(2).value).toEqual({ formula: `SUM(B5:B${4 + buckets})`, result: report.totalCount })
    for (const [i, b] of report.buckets.entries()) expect(summary.getRow(5 + i).getCell(3).value).toBe(b.cents / 100)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Per klant', 'Posten'])
    expect(book.getWorksheet('Posten')!.rowCount).toBeGreaterThanOrEqual(4 + report.totalCount)
  })

  it('shows the dashboard, a drill-down and the reports in nl, fr and en', async () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      const [dashboard, invoices, reports] = NAV[language]
      await nav(dashboard)
      await page.getByRole('heading', { level: 1, name: dashboard }).waitFor()
      await page.locator('.recharts-line').first().waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `reports-${language}-dashboard.png`), fullPage: true })
      await page.locator('.recharts-bar-rectangle path').nth(1).click()
      await page.getByRole('heading', { level: 1, name: invoices }).waitFor()
      await page.getByTestId('drill-down').waitFor()
      await page.locator('tbody tr[data-index="0"]').waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `reports-${language}-drill-down.png`) })
      await nav(reports)
      await page.getByRole('tab').first().waitFor()
      for (const [k, tab] of (await page.getByRole('tab').all()).entries()) {
        await tab.click()
        await page.getByRole('tabpanel').locator('table').first().waitFor()
        await settle()
        await page.screenshot({ path: join(ARTIFACTS, `reports-${language}-tab${k + 1}.png`), fullPage: true })
      }
    }
    await page.getByText('NL', { exact: true }).click()
    expect(h.problems).toEqual([])
  })
})
