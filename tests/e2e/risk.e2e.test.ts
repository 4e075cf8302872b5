// The risk screens in real Chromium on the demo administration: the portfolio, a risk card with its score,
// reasons, insurance and forecast, the cash-in forecast with its backtest, and the risk settings, in nl,
// fr and en with screenshots; what the screens show equals what main computes.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ForecastDto, RiskCardDto } from '../../src/shared/ipc/risk.contract'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness, unlockDemoIn } from './harness'

const TEXT = {
  nl: { nav: 'Risico', title: 'Risico en krediet', insured: 'Verzekerd', forecast: 'Verwachte ontvangsten', backtest: /^Terugtest op de eigen historie/, settings: 'Instellingen', weights: 'Risicoscore: gewichten' },
  fr: { nav: 'Risque', title: 'Risque et crédit', insured: 'Assuré', forecast: 'Encaissements prévus', backtest: /^Test rétrospectif/, settings: 'Paramètres', weights: 'Score de risque : pondérations' },
  en: { nav: 'Risk', title: 'Risk and credit', insured: 'Insured', forecast: 'Expected cash-in', backtest: /^Backtest on our own history/, settings: 'Settings', weights: 'Risk score: weights' }
} as const

const available = e2eAvailable()
let h: Harness

beforeAll(async () => {
  if (available) h = await startHarness({ demo: true })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

type Ok<T> = { ok: true; value: T }
const value = async <T>(channel: string, input?: unknown): Promise<T> => ((await h.call(channel, input)) as Ok<T>).value

describe.skipIf(!available)('risk screens in Chromium', () => {
  it('shows portfolio, risk card, forecast and settings in nl, fr and en', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await unlockDemoIn(h, page)
    for (const language of ['nl', 'fr', 'en'] as const) {
      const x = TEXT[language]
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await page.getByRole('navigation').getByText(x.nav, { exact: true }).click()
      await page.getByRole('heading', { level: 1, name: x.title }).waitFor()
      await page.getByTestId('risk-classes').waitFor()
      await page.getByTestId('forecast-chart').locator('svg').first().waitFor()
      await page.locator('tbody tr[data-index="0"]').waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-portfolio.png`) })

      // the most insured customer first (amounts sort largest first), and its card
      await page.getByRole('button', { name: x.insured, exact: true }).click()
      await expect.poll(() => page.getByRole('columnheader', { name: new RegExp(x.insured) }).getAttribute('aria-sort')).toBe('descending')
      const [top] = (await value<{ rows: { customerId: number; name: string }[] }>('risk:list', { sort: 'insuredCents', direction: 'desc', limit: 1 })).rows
      if (!top) throw new Error('no customers in the portfolio')
      await expect.poll(() => page.locator('tbody tr[data-index="0"] td').nth(1).textContent()).toBe(top.name)
      await page.locator('tbody tr[data-index="0"]').click()
      const panel = page.getByRole('dialog', { name: top.name }).getByTestId('risk-panel')
      await panel.waitFor()
      const card = await value<RiskCardDto>('risk:get-card', { customerId: top.customerId })
      await expect(panel.getByTestId('risk-score').textContent()).resolves.toBe(String(card.score))
      // the start (100), every reason with its points, and the score
      expect(await panel.getByTestId('risk-reasons').locator('tr').count()).toBe(card.reasons.length + 2)
      await expect(panel.getByTestId('insurance').textContent()).resolves.toContain('Allianz Trade AT-4417-2026')
      expect(await panel.getByTestId('predictions').locator('tbody tr').count()).toBe(card.forecast.length)
      expect(card.forecast.length).toBeGreaterThan(0)
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-card.png`) })
      await panel.getByTestId('insurance').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-card-insurance.png`) })
      await panel.getByTestId('predictions').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-card-forecast.png`) })
      await page.keyboard.press('Escape')

      await page.getByRole('tab', { name: x.forecast }).click()
      await page.getByTestId('predictions').locator('tbody tr').first().waitFor()
      await expect.poll(() => page.getByTestId('backtest').textContent()).toMatch(x.backtest)
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-forecast.png`) })

      await page.getByRole('navigation').getByText(x.settings, { exact: true }).click()
      await page.getByRole('heading', { name: x.weights }).waitFor()
      await page.getByTestId('risk-weights').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-settings.png`) })
      // the demo's policy and its two segments, in the order they are tried, each with its actions
      await expect(page.getByTestId('risk-policies').locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringMatching(/^Allianz Trade AT-4417-202690\u00a0%90/)])
      const segmentRows = page.getByTestId('risk-segments').locator('tbody tr')
      await expect(segmentRows.locator('td:first-child').allTextContents()).resolves.toEqual(['Hoog risico', 'Overheid'])
      expect(await segmentRows.first().getByRole('button').count()).toBe(4)
      await page.getByTestId('risk-segments').scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-risk-settings-segments.png`) })
    }
    // Vandaag warns about the insurer's deadlines and leads to the risk screens
    await page.getByText('NL', { exact: true }).click()
    await page.getByRole('navigation').getByText('Vandaag', { exact: true }).click()
    await page.getByText(/^Termijnen van de kredietverzekeraar \(\d+\)$/).waitFor()
    await page.locator('[data-testid^="work-insurance-deadline-"]').first().getByRole('button', { name: 'Openen' }).click()
    await page.getByRole('heading', { level: 1, name: TEXT.nl.title }).waitFor()
    expect(h.problems).toEqual([])
    await page.close()
  })

  it('beats the naive forecast on the demo history, and changes a limit typed the reader’s way', async () => {
    const f = await value<ForecastDto>('risk:get-forecast', { weeks: 13 })
    expect(f.backtest?.samples).toBeGreaterThan(100)
    expect(f.backtest?.maeDays).toBeLessThan(f.backtest?.naiveMaeDays ?? 0)

    // the portfolio's first row: the lowest score
    const id = (await value<{ rows: { customerId: number }[] }>('risk:list', { sort: 'score', direction: 'asc', limit: 1 })).rows[0]?.customerId
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Risico', { exact: true }).click()
    await page.locator('tbody tr[data-index="0"]').click()
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('risk-panel') })
    await dialog.getByRole('button', { name: 'Krediet en dekking wijzigen' }).click()
    await page.getByLabel('Kredietlimiet (leeg: geen)').fill('1.234,56')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByText('Krediet en dekking opgeslagen.').waitFor()
    const card = await value<RiskCardDto>('risk:get-card', { customerId: id })
    expect(card.credit.creditLimitCents).toBe(123_456)
    expect(h.problems).toEqual([])
    await page.close()
  })
})
