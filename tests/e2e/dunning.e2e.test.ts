// The dunning engine in real Chromium on the demo: propose, save a draft, skip a customer, change an amount
// with a reason, execute, and find the run in the history; the screens in nl, fr and en.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ActionDto, RunSummaryDto } from '../../src/shared/ipc/dunning.contract'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const available = e2eAvailable()
let h: Harness

beforeAll(async () => {
  if (available) h = await startHarness({ demo: true })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

type Envelope<T> = { ok: boolean; value: T }
const value = async <T>(p: Promise<unknown>): Promise<T> => ((await p) as Envelope<T>).value

/** Opens the demo through the API (the picker has its own test) and shows the Aanmaningen page. */
async function openDunning(page: Page): Promise<void> {
  const demo = h.app.demo
  if (!demo) throw new Error('no demo administration')
  const admins = await value<{ id: string; name: string }[]>(h.call('administrations:list'))
  const id = admins.find((a) => a.name === demo.name)?.id
  await h.call('administrations:open', { id, unlock: { mode: 'passphrase', passphrase: demo.passphrase } })
  await page.goto(h.app.url)
  await page.getByRole('navigation').getByText('Aanmaningen', { exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Aanmaningen' }).waitFor()
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

describe.skipIf(!available)('dunning in Chromium', () => {
  it('proposes, saves, skips one, edits a cost, executes and shows the history', async () => {
    const page = await h.newPage()
    await openDunning(page)
    await expect.poll(async () => plain(await page.getByTestId('proposal-totals').textContent())).toMatch(/^\d+ klanten · € /)
    await page.screenshot({ path: join(ARTIFACTS, 'nl-dunning-proposal.png'), fullPage: true })

    await page.getByTestId('save-run').click()
    await page.getByTestId('draft-title').waitFor()
    const run = await value<RunSummaryDto>(h.call('dunning:current-run'))
    const actions = (await value<{ rows: ActionDto[] }>(h.call('dunning:run-actions', { runId: run.id, offset: 0, limit: 500 }))).rows
    const withCosts = actions.find((a) => a.allowedCostsCents >= 200)
    const other = actions.find((a) => a !== withCosts)
    if (!withCosts || !other) throw new Error('the demo proposal needs two customers, one with collection costs')

    // skip one customer
    await page.getByTestId(`skip-${other.customerCode}`).click()
    await expect.poll(async () => (await value<{ rows: ActionDto[] }>(h.call('dunning:run-actions', { runId: run.id, offset: 0, limit: 500 }))).rows.find((a) => a.id === other.id)?.status).toBe('skipped')

    // change the collection costs of another, with a reason
    await page.getByTestId(`action-row-${withCosts.customerCode}`).click()
    const detail = page.getByTestId(`action-detail-${withCosts.customerCode}`)
    await detail.getByTestId('edit-amount').fill('1,00')
    await detail.getByTestId('edit-save').click()
    await detail.getByText('Geef een reden op.').waitFor()
    await detail.getByTestId('edit-reason').fill('Vaste klant: kosten grotendeels kwijtgescholden')
    await detail.getByTestId('edit-save').click()
    await expect.poll(async () => plain(await page.getByTestId(`costs-${withCosts.customerCode}`).textContent())).toBe('€ 1,00')
    await detail.getByText('Incassokosten: ', { exact: false }).first().waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'nl-dunning-review.png'), fullPage: true })

    // execute, with the confirmation
    await page.getByTestId('execute-run').click()
    await page.getByText('Aanmaanronde uitvoeren?').waitFor()
    await page.getByTestId('execute-confirm').click()
    await page.getByText(`Uitgevoerd: ${run.approved - 1} verstuurd, 1 overgeslagen.`).waitFor()
    await page.getByTestId('proposal-totals').waitFor()

    // the history shows the executed run, and opens it read-only
    await page.getByRole('tab', { name: 'Geschiedenis' }).click()
    await page.getByTestId(`run-${run.id}`).getByText('Uitgevoerd').waitFor()
    await page.getByTestId(`run-${run.id}`).click()
    await page.getByTestId(`action-row-${withCosts.customerCode}`).getByText('Verstuurd').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'nl-dunning-history.png'), fullPage: true })
    await page.keyboard.press('Escape')

    const after = await value<RunSummaryDto>(h.call('dunning:get-run', { runId: run.id }))
    expect(after).toMatchObject({ status: 'executed', sent: run.approved - 1, skipped: 1 })
    expect(await value<unknown>(h.call('dunning:execute-run', { runId: run.id }))).toMatchObject({ alreadyExecuted: true })
    expect(h.problems).toEqual([])
    await page.close()
  })

  it('shows exclusions, the next 30 days, the policy editor and Vandaag in nl, fr and en', async () => {
    const page = await h.newPage()
    await openDunning(page)
    const tabs = { nl: ['Uitgesloten', 'Komende 30 dagen'], fr: ['Exclus', '30 prochains jours'], en: ['Excluded', 'Next 30 days'] } as const
    const nav = { nl: ['Aanmaningen', 'Instellingen', 'Vandaag'], fr: ['Rappels', 'Paramètres', "Aujourd'hui"], en: ['Reminders', 'Settings', 'Today'] } as const
    for (const language of ['nl', 'fr', 'en'] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await page.getByRole('navigation').getByText(nav[language][0], { exact: true }).click()
      // the proposal's day is typed the way the language writes dates
      await expect.poll(() => page.getByTestId('as-of').inputValue()).toMatch(language === 'nl' ? /^\d{2}-\d{2}-\d{4}$/ : /^\d{2}\/\d{2}\/\d{4}$/)
      await page.getByRole('tab', { name: tabs[language][0] }).click()
      await page.getByTestId('exclusions').waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-dunning-excluded.png`), fullPage: true })
      await page.getByRole('tab', { name: tabs[language][1] }).click()
      await page.getByTestId('forecast').waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-dunning-forecast.png`), fullPage: true })
      await page.getByRole('navigation').getByText(nav[language][1], { exact: true }).click()
      await page.getByTestId('policies').waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-dunning-settings.png`), fullPage: true })
      await page.getByRole('navigation').getByText(nav[language][2], { exact: true }).click()
      await page.getByRole('heading', { level: 1, name: nav[language][2] }).waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-today.png`), fullPage: true })
    }
    await page.getByText('NL', { exact: true }).click()
    expect(h.problems).toEqual([])
    await page.close()
  })
})
