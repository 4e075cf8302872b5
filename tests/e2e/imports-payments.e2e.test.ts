// The import wizard and the Payments page in real Chromium against browser mode: a small CSV with one
// bad row through the wizard, then an MT940 statement that pays one invoice by number and proposes another.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const FIXTURES = join(import.meta.dirname, '../fixtures/ui')
const PASS = { mode: 'passphrase', passphrase: 'passphrase for e2e' }

const available = e2eAvailable()
let h: Harness

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: false })
  const created = (await h.call('administrations:create', { name: 'Import E2E B.V.', unlock: PASS })) as { value: { id: string } }
  await h.call('administrations:open', { id: created.value.id, unlock: PASS })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

describe.skipIf(!available)('import wizard and bank statements in Chromium', () => {
  it('imports the valid rows of a CSV, then a bank statement that pays and proposes', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Importeren', { exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'imports-drop.png') })

    // preview: mapping proposed, the bad date named by line and column, nothing written yet
    await page.getByLabel('Sleep een export van uw boekhoudpakket hierheen').setInputFiles(join(FIXTURES, 'open-items-one-bad.csv'))
    const problems = page.getByRole('table', { name: 'Problemen' })
    await problems.getByText('Geen geldige datum.').waitFor()
    await expect(problems.locator('tbody tr').first().textContent()).resolves.toMatch(/Fout5Factuurdatum/)
    await expect(page.getByRole('table', { name: 'Kolommen koppelen' }).getByRole('combobox', { name: 'Factuurnummer', exact: true }).inputValue()).resolves.toBe('Factuurnummer')
    await page.getByRole('table', { name: 'Eerste regels zoals ze worden geïmporteerd' }).getByText('Garage Verbeek B.V.').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'imports-preview.png'), fullPage: true })
    // "import all" is not possible with a rejected row: the valid rows are chosen, and "Importeren" is ready
    expect(await page.getByLabel('Alles (alleen als er geen fouten zijn)').isDisabled()).toBe(true)
    expect(await page.getByLabel(/Alleen de goede regels/).isChecked()).toBe(true)
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isEnabled()).toBe(true)
    // the rejected rows can be downloaded before anything is imported, to fix them in Excel
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Afgekeurde regels downloaden (CSV)' }).click()])
    expect(download.suggestedFilename()).toBe('open-items-one-bad-rejected.csv')
    const rejectedCsv = readFileSync(await download.path(), 'utf8')
    expect(rejectedCsv).toMatch(/^\uFEFFRegel;Debiteurnummer;.*;Problemen\r\n5;D200;Garage Verbeek B\.V\.;F-2026-004;32-03-2026;/)
    const before = (await h.call('invoices:list', { view: 'all' })) as { value: { total: number } }
    expect(before.value.total).toBe(0)

    await page.getByLabel(/Alleen de goede regels/).check()
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page.getByText('Import voltooid').waitFor()
    await expect(page.getByTestId('imports.summary.invoicesCreated').textContent()).resolves.toBe('3')
    await expect(page.getByTestId('imports.summary.rejected').textContent()).resolves.toBe('1')
    await page.getByRole('table', { name: 'Afgekeurde regels' }).getByText(/Factuurdatum: Geen geldige datum/).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'imports-summary.png'), fullPage: true })

    // the invoice grid shows what was imported
    await page.getByRole('navigation').getByText('Facturen', { exact: true }).click()
    await page.getByRole('table', { name: 'Facturen' }).getByText('F-2026-003').waitFor()
    expect(await page.locator('tbody tr[data-index]').count()).toBe(3)

    // the bank statement: parse result first, then import
    await page.getByRole('navigation').getByText('Betalingen', { exact: true }).click()
    await page.getByText('Er is nog geen bankafschrift ingelezen', { exact: false }).waitFor()
    // dropped onto the page, as a bookkeeper drags it from the downloads folder
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer()
      dt.items.add(new File([text], 'payments.sta'))
      return dt
    }, readFileSync(join(FIXTURES, 'payments.sta'), 'utf8'))
    await page.getByTestId('file-drop-bank').dispatchEvent('drop', { dataTransfer: dropped })
    await page.getByRole('table', { name: 'Afschriften in het bestand' }).getByText('NL20INGB0001234567').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'payments-parsed.png'), fullPage: true })
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await expect(page.getByTestId('bank-import-summary').textContent()).resolves.toMatch(/2 nieuwe boekingen.*1 automatisch gekoppeld/)

    // the open entry gets a proposal; accepting it pays F-2026-002
    await page.getByText('Alle', { exact: true }).click()
    const entries = page.getByRole('table', { name: 'Bankboekingen' })
    await entries.locator('tr', { hasText: 'F-2026-001' }).getByText('Gekoppeld', { exact: true }).waitFor()
    await entries.locator('tr', { hasText: 'Niet gekoppeld' }).click()
    const proposal = page.locator('[data-testid^="proposal-"]').first()
    await proposal.getByText('F-2026-002 (Bakkerij Zonneveld)', { exact: false }).waitFor()
    await proposal.getByRole('button', { name: 'Accepteren' }).waitFor()
    await page.waitForTimeout(400) // the drawer slides in
    await page.screenshot({ path: join(ARTIFACTS, 'payments-proposal.png'), fullPage: true })
    await proposal.getByRole('button', { name: 'Accepteren' }).click()
    await page.getByRole('table', { name: 'Toegewezen aan' }).getByText('F-2026-002').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await entries.locator('tr', { hasText: 'F-2026-002' }).getByText('Gekoppeld', { exact: true }).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'payments-entries.png'), fullPage: true })

    // the invoice grid follows: both Zonneveld invoices are paid, only the garage's is still open
    await page.getByRole('navigation').getByText('Facturen', { exact: true }).click()
    await page.getByRole('table', { name: 'Facturen' }).getByText('F-2026-003').waitFor()
    expect(await page.locator('tbody tr[data-index]').count()).toBe(1)
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)

  it('enters a customer and an invoice by hand, with field errors next to the field', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Klanten', { exact: true }).click()
    await page.getByRole('button', { name: 'Nieuwe klant' }).click()
    const customer = page.getByRole('form', { name: 'Nieuwe klant' })
    await customer.getByLabel('Debiteurnummer').fill('D300')
    await customer.getByLabel('Naam').fill('Drukkerij Smit')
    await customer.getByLabel('IBAN').fill('NL00 FOUT 0000')
    await customer.getByRole('button', { name: 'Opslaan' }).click()
    await customer.getByText('Dit is geen geldig IBAN.').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'entry-customer-error.png') })
    await customer.getByLabel('IBAN').fill('NL91 ABNA 0417 1643 00')
    await customer.getByRole('button', { name: 'Opslaan' }).click()
    await customer.waitFor({ state: 'detached' })
    await page.getByRole('table', { name: 'Klanten' }).getByText('Drukkerij Smit').waitFor()
    // the new customer opens in its drawer; the bookkeeper closes it to go on
    const drawer = page.getByRole('dialog', { name: 'Drukkerij Smit' })
    await drawer.getByTestId('customer-address').getByText('Drukkerij Smit').waitFor()
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })

    await page.getByRole('navigation').getByText('Facturen', { exact: true }).click()
    await page.getByRole('button', { name: 'Nieuwe factuur' }).click()
    const invoice = page.getByRole('form', { name: 'Nieuwe factuur' })
    await invoice.getByLabel('Zoek klant').fill('Smit')
    await invoice.getByRole('combobox', { name: /^Klant/ }).click()
    await page.getByRole('option', { name: 'D300 · Drukkerij Smit' }).click()
    await invoice.getByLabel('Factuurnummer').fill('H-001')
    await invoice.getByLabel('Factuurdatum').fill('01-05-2026')
    await invoice.getByRole('textbox', { name: /^Bedrag/ }).fill('150,25')
    await invoice.getByRole('button', { name: 'Opslaan' }).click()
    await invoice.waitFor({ state: 'detached' })
    const row = page.getByRole('table', { name: 'Facturen' }).locator('tr', { hasText: 'H-001' })
    await expect(row.textContent()).resolves.toMatch(/Drukkerij Smit.*€\s150,25/)

    // a click on the row edits it; an open amount above the amount is refused next to the field
    await row.click()
    const edit = page.getByRole('form', { name: 'Factuur bewerken' })
    await expect.poll(() => edit.getByLabel('Factuurnummer').inputValue()).toBe('H-001')
    await edit.getByRole('textbox', { name: 'Openstaand (€)' }).fill('999')
    await edit.getByRole('button', { name: 'Opslaan' }).click()
    await edit.getByText('Het openstaande bedrag mag niet hoger zijn', { exact: false }).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'entry-invoice-error.png') })
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)

  it('shows the import and payments pages in French and English with every text translated', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    const pages = { fr: ['Importer', 'Paiements'], en: ['Import', 'Payments'] } as const
    for (const language of ['fr', 'en'] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      for (const heading of pages[language]) {
        await page.getByRole('navigation').getByText(heading, { exact: true }).click()
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await page.locator('[data-testid^="file-drop-"]').waitFor()
        // a missing translation shows its key, e.g. "bank.freshness.title"
        expect(await page.locator('main').innerText()).not.toMatch(/\b(imports|bank|files|entry)\.[a-zA-Z]/)
        await page.screenshot({ path: join(ARTIFACTS, `${language}-${heading.toLowerCase()}.png`), fullPage: true })
      }
    }
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)

  // last: its 500 customers would push the hand-entered one off the first screen of the lists
  it('imports a large export with live progress while reading and writing', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `G${i % 500};Groothandel ${i % 500};G-${i};01-03-2026;31-03-2026;${(i % 900) + 1},50`)
    const csv = ['Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag', ...rows].join('\r\n')
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Importeren', { exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor()
    // every progress text the page shows, however briefly
    await page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { progressSeen: seen })
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="status"]')) if (el.textContent && /regel \d/.test(el.textContent)) seen.push(el.textContent)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    await page.getByLabel('Sleep een export van uw boekhoudpakket hierheen').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Importeren', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page.getByText('Import voltooid').waitFor({ timeout: 60_000 })
    await expect(page.getByTestId('imports.summary.invoicesCreated').textContent()).resolves.toMatch(/^40[.\u202f\u00a0]?000$/)
    await page.screenshot({ path: join(ARTIFACTS, 'imports-large-summary.png'), fullPage: true })
    const seen = (await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)) as string[]
    expect(seen.some((text) => /wordt gelezen: regel [\d.]+ van 40[.]?000/.test(text))).toBe(true)
    expect(seen.some((text) => /Bezig met importeren: regel [\d.]+ van 40[.]?000/.test(text))).toBe(true)
    const listed = (await h.call('invoices:list', { view: 'all' })) as { value: { total: number } }
    expect(listed.value.total).toBeGreaterThanOrEqual(40_000)
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)
})
