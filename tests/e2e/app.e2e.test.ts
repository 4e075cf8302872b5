// Drives browser mode in real Chromium: create and unlock administrations, visit every section in
// Dutch, French and English with screenshots, and check that nothing logs an error on the way.
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness, unlockDemoIn } from './harness'

const SECTIONS = ['dashboard', 'invoices', 'customers', 'dunning', 'payments', 'imports', 'reports', 'settings'] as const
const HEADINGS = {
  nl: { dashboard: 'Dashboard', invoices: 'Facturen', customers: 'Klanten', dunning: 'Aanmaningen', payments: 'Betalingen', imports: 'Importeren', reports: 'Rapporten', settings: 'Instellingen' },
  fr: { dashboard: 'Tableau de bord', invoices: 'Factures', customers: 'Clients', dunning: 'Rappels', payments: 'Paiements', imports: 'Importer', reports: 'Rapports', settings: 'Paramètres' },
  en: { dashboard: 'Dashboard', invoices: 'Invoices', customers: 'Customers', dunning: 'Reminders', payments: 'Payments', imports: 'Import', reports: 'Reports', settings: 'Settings' }
} as const

const RISK_CARD = { nl: 'Risicokaart', fr: 'Fiche de risque', en: 'Risk card' } as const

const available = e2eAvailable()
let h: Harness

beforeAll(async () => {
  if (available) h = await startHarness({ demo: true })
}, 120_000)
afterAll(async () => {
  await h?.close()
})
// browser mode has one session for the whole machine, like the desktop window: start each test locked
beforeEach(async () => {
  if (available) await h.call('administrations:close')
})

const unlockDemo = (page: Page) => unlockDemoIn(h, page)

describe.skipIf(!available)('browser mode in Chromium', () => {
  it('refuses to work without the one-time key in the address', async () => {
    const page = await h.newPage()
    await page.goto(`http://127.0.0.1:${h.app.port}/`)
    await page.getByText('Geen toegangssleutel').waitFor()
    await page.close()
  })

  it('creates a new administration, rejects a wrong passphrase, unlocks the demo', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    // the token leaves the address bar at once (it stays in this tab's session storage)
    expect(page.url()).not.toContain('token=')

    await page.getByLabel('Naam').fill('Bakkerij Jansen')
    await page.getByLabel('Wachtwoordzin (minstens 8 tekens)').fill('kort')
    await page.getByRole('button', { name: 'Aanmaken en openen' }).click()
    await page.getByText('Gebruik minstens 8 tekens.').waitFor()
    await page.getByLabel('Wachtwoordzin (minstens 8 tekens)').fill('deeg en kruimels')
    await page.getByLabel('Herhaal de wachtwoordzin').fill('deeg en kruimels')
    await page.getByRole('button', { name: 'Aanmaken en openen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    await expect(page.getByRole('button', { name: 'Andere administratie' }).textContent()).resolves.toBe('Bakkerij Jansen')

    // switching closes this administration; the next one must be unlocked on its own
    await page.getByRole('button', { name: 'Andere administratie' }).click()
    await page.getByRole('menuitem', { name: 'Administratie sluiten' }).click()
    await page.getByRole('heading', { name: 'Administraties' }).waitFor()
    await page.getByRole('combobox', { name: 'Administratie' }).click()
    await page.getByRole('option', { name: h.app.demo?.name ?? '' }).click()
    await page.getByRole('textbox', { name: 'Wachtwoordzin', exact: true }).fill('niet het goede wachtwoord')
    await page.getByRole('button', { name: 'Ontgrendelen' }).click()
    await page.getByText('Onjuiste wachtwoordzin').waitFor()

    await unlockDemo(page)
    await page.close()
  })

  it('visits every section in nl, fr and en with real data and no console errors', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await unlockDemo(page)
    for (const language of ['nl', 'fr', 'en'] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      for (const section of SECTIONS) {
        await page.getByRole('navigation').getByText(HEADINGS[language][section], { exact: true }).click()
        await page.getByRole('heading', { level: 1, name: HEADINGS[language][section] }).waitFor()
        if (section === 'invoices' || section === 'customers') await page.locator('tbody tr[data-index="0"]').waitFor()
        if (section === 'dunning') await page.getByTestId('proposal-totals').waitFor()
        if (section === 'customers') {
          await page.locator('tbody tr[data-index="0"]').click()
          await page.getByLabel(RISK_CARD[language]).getByRole('heading').waitFor()
          // the screenshot shows the drawer once it has slid in
          await page.getByRole('dialog').evaluate((el) => Promise.all(el.ownerDocument.getAnimations().map((a) => a.finished)))
        }
        await page.screenshot({ path: join(ARTIFACTS, `${language}-${section}.png`) })
        if (section === 'customers') {
          // the customer's drawer is modal: Escape closes it before the next section
          await page.keyboard.press('Escape')
          await page.getByRole('dialog').waitFor({ state: 'detached' })
        }
      }
    }
    expect(h.problems).toEqual([])
    await page.close()
  })

  it('works through the bank entries: paged and searched, a round partial amount typed by hand, each change confirmed', async () => {
    type Entry = { id: number; counterpartyName: string | null; counterpartyAccount: string | null; unappliedCents: number }
    type Invoice = { id: number; number: string; openCents: number }
    const page = await h.newPage()
    await page.goto(h.app.url)
    await unlockDemo(page)
    await page.getByRole('navigation').getByText('Betalingen', { exact: true }).click()
    await page.getByText('Alle', { exact: true }).click()
    const summary = page.getByTestId('entries-summary')
    await expect.poll(() => summary.textContent()).toMatch(/^\d{1,3}(\.\d{3})* boekingen$/)
    const total = Number((await summary.textContent())?.split(' ')[0]?.replaceAll('.', ''))
    expect(total).toBeGreaterThan(1000)
    // only the visible rows are in the DOM and the page keeps its height
    const table = page.getByRole('table', { name: 'Bankboekingen' })
    await table.locator('tbody tr[data-index="0"]').waitFor()
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(100)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2500)

    // search by an IBAN typed with spaces
    const all = (await h.call('payments:list-entries', { status: 'all', offset: 0, limit: 50 })) as { value: { rows: Entry[] } }
    const iban = all.value.rows.find((e) => e.counterpartyAccount !== null)?.counterpartyAccount
    if (!iban) throw new Error('the demo has no entry with an IBAN')
    const search = page.getByRole('textbox', { name: 'Zoeken' })
    await search.fill((iban.match(/.{1,4}/g) ?? []).join(' '))
    await expect.poll(async () => (await table.locator('tbody tr[data-index]').allTextContents()).every((r) => r.includes(iban))).toBe(true)
    expect(Number((await summary.textContent())?.split(' ')[0]?.replaceAll('.', ''))).toBeLessThan(total)

    // the demo's payments are all applied: one is undone through the service to leave money to apply
    const matched = (await h.call('payments:list-entries', { status: 'matched', offset: 0, limit: 200 })) as { value: { rows: (Entry & { amountCents: number })[] } }
    const entry = matched.value.rows.find((e) => e.amountCents >= 5050 && e.counterpartyName !== null)
    if (!entry?.counterpartyName) throw new Error('the demo has no matched entry of at least 50,50')
    const before = (await h.call('payments:allocations', { entryId: entry.id })) as { value: { id: number }[] }
    for (const a of before.value) await h.call('payments:undo', { allocationId: a.id })
    await page.getByText('Nog te verwerken', { exact: true }).click()
    await search.fill(entry.counterpartyName)
    await expect.poll(async () => (await table.locator('tbody tr[data-index]').allTextContents()).every((r) => r.includes(entry.counterpartyName ?? ''))).toBe(true)
    await table.locator('tbody tr[data-index="0"]').click()

    // a round amount typed the Dutch way: 50 and 50,00 and 50,50 all keep "Toewijzen" enabled
    const invoices = (await h.call('invoices:list', { view: 'open', sort: 'dueDate', limit: 100 })) as { value: { rows: Invoice[] } }
    const invoice = invoices.value.rows.find((i) => i.openCents >= 5050)
    if (!invoice) throw new Error('the demo has no open invoice of at least 50,50')
    const drawer = page.getByRole('dialog', { name: 'Bankboeking' })
    await drawer.getByRole('textbox', { name: 'Zoek factuur of klant' }).fill(invoice.number)
    await drawer.getByRole('combobox', { name: 'Openstaande factuur' }).click()
    await page.getByRole('option', { name: new RegExp(`^${invoice.number} ·`) }).click()
    const amount = drawer.getByRole('textbox', { name: 'Bedrag' })
    const allocate = drawer.getByRole('button', { name: 'Toewijzen' })
    for (const typed of ['50', '50,00', '50,50']) {
      await amount.fill(typed)
      await expect.poll(() => allocate.isEnabled()).toBe(true)
    }
    await allocate.click()
    await page.getByText(`€ 50,50 toegewezen aan ${invoice.number}.`).waitFor()
    const applied = (await h.call('payments:allocations', { entryId: entry.id })) as { value: { id: number; amountCents: number; undoneAt: string | null }[] }
    expect(applied.value.filter((a) => a.undoneAt === null).map((a) => a.amountCents)).toContain(5050)
    await drawer.getByRole('table', { name: 'Toegewezen aan' }).getByText(invoice.number).waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'payments-manual-allocation.png') })

    // undo is confirmed too; the drawer stays on the entry, and once closed it does not come back
    await drawer.getByRole('table', { name: 'Toegewezen aan' }).locator('tr', { hasText: invoice.number }).getByRole('button', { name: 'Ongedaan maken' }).click()
    await page.getByText(`Toewijzing van € 50,50 aan ${invoice.number} ongedaan gemaakt.`).waitFor()
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })
    await page.getByText('Gekoppeld', { exact: true }).click()
    await page.getByText('Alle', { exact: true }).click()
    await table.locator('tbody tr[data-index="0"]').waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(h.problems).toEqual([])
    await page.close()
  })

  it('shows the invoice grid virtualised, sorted and paged by main', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await unlockDemo(page)
    await page.getByRole('navigation').getByText('Facturen', { exact: true }).click()
    await page.getByText('Alle', { exact: true }).click()
    const summary = page.getByTestId('invoice-summary')
    await expect.poll(() => summary.textContent()).toMatch(/^\d{1,3}(\.\d{3})* facturen · open €\s/)
    const total = Number((await summary.textContent())?.split(' ')[0]?.replaceAll('.', ''))
    expect(total).toBeGreaterThanOrEqual(3000)
    // only the visible rows are in the DOM, not thousands
    expect(await page.locator('tbody tr[data-index]').count()).toBeLessThan(80)

    // scrolling to the end asks main for the next pages
    const grid = page.getByRole('table', { name: 'Facturen' }).locator('..')
    const lastRendered = () => page.locator('tbody tr[data-index]').last().getAttribute('data-index').then(Number)
    for (const beyond of [200, 400]) {
      await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight))
      await expect.poll(lastRendered).toBeGreaterThan(beyond)
    }
    expect(await page.locator('tbody tr[data-index]').count()).toBeLessThan(80)

    // sorting by amount, descending, is done in SQL over all invoices
    // (TanStack sorts amounts largest first on the first click)
    await page.getByRole('button', { name: 'Bedrag' }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: /Bedrag/ }).getAttribute('aria-sort')).toBe('descending')
    await grid.evaluate((el) => el.scrollTo(0, 0))
    await page.locator('tbody tr[data-index="0"]').waitFor()
    // the amount is the sixth cell: after the selection box (bulk actions), number, customer and two dates
    const first = await page.locator('tbody tr[data-index="0"] td').nth(5).textContent()
    const second = await page.locator('tbody tr[data-index="1"] td').nth(5).textContent()
    const cents = (text: string | null) => Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', '.'))
    expect(cents(first)).toBeGreaterThanOrEqual(cents(second))
    expect(h.problems).toEqual([])
    await page.close()
  })
})
