// The import wizard with XML Auditfiles in real Chromium: recognised by content, a second fiscal year
// added, the as-of date and the receivable accounts confirmed, imported, with screenshots in nl/fr/en.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/db'
import { xafXml } from '../helpers/xaf'
import { year2024, year2025 } from '../main/imports/xaf/scenario'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const PASS = { mode: 'passphrase', passphrase: 'passphrase for e2e' }
const available = e2eAvailable()
let h: Harness
const dir = tempDir('debito-e2e-xaf-')
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: false })
  const created = (await h.call('administrations:create', { name: 'Auditfile E2E B.V.', unlock: PASS })) as { value: { id: string } }
  await h.call('administrations:open', { id: created.value.id, unlock: PASS })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

const tile = (page: Page, key: string) => page.getByTestId(key).textContent()

/** A full-page screenshot from the top (a focused field scrolls the page, and the fixed header would cover the tiles). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true })
}

/** Types the as-of date the way the UI language writes dates. */
async function typeAsOf(page: Page, label: string, text: string): Promise<void> {
  const asOf = page.getByLabel(label)
  await asOf.fill(text)
  await asOf.press('Enter')
  await page.keyboard.press('Escape')
}

describe.skipIf(!available)('auditfile import in Chromium', () => {
  it('reads two fiscal years, asks for the receivable accounts when in doubt, and imports with payment history', async () => {
    const doubt = year2024()
    // customer lines on the VAT account too: the wizard must ask
    for (const j of doubt.journals ?? []) for (const tx of j.transactions) for (const l of tx.lines) if (l.acc === '1500') l.cust = tx.lines[0]?.cust ?? 'C001'
    const y2024 = file('Administratie_2024.xml', xafXml(doubt))
    const y2025 = file('Administratie_2025.xaf', xafXml(year2025()))

    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Importeren', { exact: true }).click()
    await page.getByLabel('Sleep een export van uw boekhoudpakket hierheen').setInputFiles(y2024)
    // an .xml file that is an auditfile is recognised by its content
    await page.getByRole('heading', { name: 'Auditfiles' }).waitFor()
    await page.getByText('Op enkele rekeningen staan ook klantregels', { exact: false }).waitFor()
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true)
    const accounts = page.getByRole('table', { name: 'Debiteurenrekeningen' })
    expect(await accounts.getByRole('checkbox', { name: '1300 Debiteuren' }).isChecked()).toBe(true)
    expect(await accounts.getByRole('checkbox', { name: '1500 Af te dragen btw' }).isChecked()).toBe(false)
    await shot(page, 'nl-xaf-confirm-accounts.png')
    await page.getByRole('button', { name: 'Deze rekeningen gebruiken' }).click()
    await page.getByText('Op enkele rekeningen staan ook klantregels', { exact: false }).waitFor({ state: 'detached' })
    await expect(tile(page, 'imports.xaf.stats.openItems')).resolves.toBe('5')
    await expect(tile(page, 'imports.xaf.stats.openTotal')).resolves.toMatch(/281,40/)

    // the next fiscal year: the invoice of December is paid in January
    await page.getByLabel('Nog een auditfile toevoegen').setInputFiles(y2025)
    await page.getByText('Administratie_2025.xaf').waitFor()
    await expect.poll(() => tile(page, 'imports.xaf.stats.paidHistory')).toBe('5')
    await expect(tile(page, 'imports.xaf.stats.openItems')).resolves.toBe('4')
    // the open items as of an earlier date, typed the Dutch way
    await typeAsOf(page, 'Openstaand per', '30-06-2024')
    await expect.poll(() => tile(page, 'imports.xaf.stats.openTotal')).toMatch(/190,40/)
    await page.waitForTimeout(300) // the date picker fades out
    await shot(page, 'nl-xaf-preview.png')
    // in French and English the date is typed and the amounts are shown their way
    const other = [
      ['fr', 'Comptes clients', 'Encours au', '31/12/2024', /281,40\s€/, '30/06/2024', /190,40\s€/],
      ['en', 'Receivable accounts', 'Open as of', '31/12/2024', /€281\.40/, '30/06/2024', /€190\.40/]
    ] as const
    for (const [language, heading, label, yearEnd, yearEndTotal, midYear, midYearTotal] of other) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await page.getByRole('table', { name: heading }).waitFor()
      await expect(page.getByLabel(label).inputValue()).resolves.toBe(midYear)
      await typeAsOf(page, label, yearEnd)
      await expect.poll(() => tile(page, 'imports.xaf.stats.openTotal')).toMatch(yearEndTotal)
      await typeAsOf(page, label, midYear)
      await expect.poll(() => tile(page, 'imports.xaf.stats.openTotal')).toMatch(midYearTotal)
      await page.waitForTimeout(300)
      await shot(page, `${language}-xaf-preview.png`)
    }
    await page.getByText('NL', { exact: true }).click()

    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page.getByText('Import voltooid').waitFor()
    await expect(page.getByTestId('imports.summary.customersCreated').textContent()).resolves.toBe('3')
    await expect(page.getByTestId('imports.xaf.summary.paidHistory').textContent()).resolves.toBe('2')
    await shot(page, 'nl-xaf-summary.png')
    for (const [language, done] of [['fr', 'Import terminé'], ['en', 'Import finished']] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await page.getByText(done).waitFor()
      await shot(page, `${language}-xaf-summary.png`)
    }
    await page.getByText('NL', { exact: true }).click()

    // the invoice grid shows the items open on 30 June 2024
    await page.getByRole('navigation').getByText('Facturen', { exact: true }).click()
    await page.getByRole('table', { name: 'Facturen' }).getByText('F2024-002').waitFor()
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)
})
