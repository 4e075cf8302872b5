// #13 items 12–14 in Chromium: the bank preview warns in the UI language about a statement that does not
// continue the previous one (amounts and dates formatted), asks before adding an account that is not the
// administration's own, and the open-items preview names the items whose bank payments the file does not
// know yet (kept as the payments left them). Screenshots in nl, fr and en.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mt940 } from '../helpers/mt940'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const FIXTURES = join(import.meta.dirname, '../fixtures/ui')
const PASS = { mode: 'passphrase', passphrase: 'passphrase for e2e' }
const OTHER = 'NL91ABNA0417164300'

const available = e2eAvailable()
let h: Harness

async function stage(name: string, bytes: Uint8Array): Promise<string> {
  const staged = (await h.call('files:stage', { name, dataBase64: Buffer.from(bytes).toString('base64') })) as { value: { fileId: string } }
  return staged.value.fileId
}

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: false })
  const created = (await h.call('administrations:create', { name: 'Bank Checks B.V.', unlock: PASS })) as { value: { id: string } }
  await h.call('administrations:open', { id: created.value.id, unlock: PASS })
  // open items, then the statement that pays F-2026-001 exactly
  await h.call('imports:commit', { fileId: await stage('open-items.csv', readFileSync(join(FIXTURES, 'open-items-one-bad.csv'))), validRowsOnly: true })
  await h.call('payments:import', { fileId: await stage('payments.sta', readFileSync(join(FIXTURES, 'payments.sta'))) })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

async function dropBankFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dropped = await page.evaluateHandle(
    ([fileName, text]) => {
      const dt = new DataTransfer()
      dt.items.add(new File([text], fileName))
      return dt
    },
    [name, new TextDecoder().decode(bytes)] as const
  )
  await page.getByTestId('file-drop-bank').dispatchEvent('drop', { dataTransfer: dropped })
}

const gift = { iban: 'NL77INGB0009876543', name: 'Onbekende Betaler', remittance: 'gift' }

describe.skipIf(!available)('bank and import checks in Chromium', () => {
  it('warns about a gap in the statements in the UI language, before anything is imported', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Betalingen', { exact: true }).click()
    // the last statement closed on € 1.694,00; this one opens on € 1.000,00
    await dropBankFile(page, 'gap.sta', mt940([{ date: '2026-04-23', amountCents: 2_500, ...gift }], { openingCents: 100_000, statement: 'GAP' }))
    const warnings = page.getByTestId('bank-preview-warnings')
    await warnings.getByText(
      'NL20INGB0001234567: het beginsaldo van € 1.000,00 op 23 april 2026 sluit niet aan op het eindsaldo van € 1.694,00 op 20 april 2026 (payments.sta): er ontbreekt mogelijk een afschrift'
    ).waitFor()
    await expect(page.getByTestId('bank-would-import').textContent()).resolves.toBe('Bij importeren: 1 nieuwe boekingen, 0 al eerder ingelezen, 0 automatisch te koppelen.')
    await page.screenshot({ path: join(ARTIFACTS, 'bank-continuity-nl.png'), fullPage: true })
    for (const [language, text] of [
      ['fr', /le solde d’ouverture de 1\s000,00\s€ au 23 avril 2026 ne fait pas suite au solde de clôture de 1\s694,00\s€ au 20 avril 2026/],
      ['en', /the opening balance of €1,000\.00 on 23 April 2026 does not continue the closing balance of €1,694\.00 on 20 April 2026/]
    ] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await warnings.getByText(text).waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `bank-continuity-${language}.png`), fullPage: true })
    }
    await page.getByText('NL', { exact: true }).click()
    // still nothing written: the entries list has the two entries of the first statement only
    const listed = (await h.call('payments:list-entries', { status: 'all' })) as { value: { total: number } }
    expect(listed.value.total).toBe(2)
    await page.getByRole('button', { name: 'Annuleren' }).click()
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)

  it('asks before a statement of another account is imported, and names the account', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Betalingen', { exact: true }).click()
    await dropBankFile(page, 'other.sta', mt940([{ date: '2026-04-22', amountCents: 5_000, ...gift }], { account: OTHER, statement: 'OTHER' }))
    const alert = page.getByTestId('bank-foreign-account')
    await alert.getByText(`${OTHER} is geen bankrekening van deze administratie (NL20INGB0001234567)`, { exact: false }).waitFor()
    await page.getByRole('table', { name: 'Afschriften in het bestand' }).getByText('Onbekende rekening').waitFor()
    const importButton = page.getByRole('button', { name: 'Importeren', exact: true })
    expect(await importButton.isDisabled()).toBe(true)
    await page.screenshot({ path: join(ARTIFACTS, 'bank-foreign-nl.png'), fullPage: true })
    for (const [language, text] of [
      ['fr', `${OTHER} n’est pas un compte bancaire de cette administration`],
      ['en', `${OTHER} is not one of the bank accounts of this administration`]
    ] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await alert.getByText(text, { exact: false }).waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `bank-foreign-${language}.png`), fullPage: true })
    }
    await page.getByText('NL', { exact: true }).click()
    // declining writes nothing
    await page.getByRole('button', { name: 'Annuleren' }).click()
    const freshness = (await h.call('payments:freshness', {})) as { value: { accounts: { account: string }[] } }
    expect(freshness.value.accounts.map((a) => a.account)).toEqual(['NL20INGB0001234567'])

    await dropBankFile(page, 'other.sta', mt940([{ date: '2026-04-22', amountCents: 5_000, ...gift }], { account: OTHER, statement: 'OTHER' }))
    await alert.getByRole('checkbox', { name: `Ja, ${OTHER} hoort bij deze administratie`, exact: false }).check()
    await importButton.click()
    await expect(page.getByTestId('bank-import-summary').textContent()).resolves.toMatch(/1 nieuwe boekingen/)
    const after = (await h.call('payments:freshness', {})) as { value: { accounts: { account: string }[] } }
    expect(after.value.accounts.map((a) => a.account).sort()).toEqual(['NL20INGB0001234567', OTHER].sort())
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)

  it('names the items a re-import would re-open although a bank payment settled them, and keeps them settled', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Importeren', { exact: true }).click()
    await page.getByLabel('Sleep een export van uw boekhoudpakket hierheen').setInputFiles(join(FIXTURES, 'open-items-one-bad.csv'))
    const kept = page.getByTestId('kept-by-allocations')
    await kept.getByText('Bankbetalingen blijven staan').waitFor()
    await expect(kept.locator('tbody tr').first().textContent()).resolves.toMatch(/D100F-2026-001€\s1\.210,00€\s1\.210,00€\s0,00/)
    await page.screenshot({ path: join(ARTIFACTS, 'imports-kept-nl.png'), fullPage: true })
    for (const [language, title] of [
      ['fr', 'Les paiements bancaires sont conservés'],
      ['en', 'Bank payments stay applied']
    ] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await kept.getByText(title).waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `imports-kept-${language}.png`), fullPage: true })
    }
    await page.getByText('NL', { exact: true }).click()
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page.getByText('Import voltooid').waitFor()
    await kept.getByText('Bij 1 post(en) is het openstaande bedrag gehouden', { exact: false }).waitFor()
    const invoices = (await h.call('invoices:list', { view: 'all' })) as { value: { rows: { number: string; openCents: number; status: string }[] } }
    expect(invoices.value.rows.find((r) => r.number === 'F-2026-001')).toMatchObject({ openCents: 0, status: 'paid' })
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)
})

describe.skipIf(!available)('own bank accounts in Chromium', () => {
  const MISTAKE = 'BE68539007547034'
  const accounts = async () => ((await h.call('payments:accounts', {})) as { value: { account: string }[] }).value.map((a) => a.account)

  it('removes an account added by mistake after a confirmation, undoes it from the toast, and refuses one that statements use', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Betalingen', { exact: true }).click()
    const table = page.getByRole('table', { name: 'Eigen bankrekeningen' })
    await table.getByText('NL20INGB0001234567').waitFor()
    await page.getByLabel('IBAN of rekeningnummer').fill('BE68 5390 0754 7034')
    await page.getByRole('button', { name: 'Rekening toevoegen' }).click()
    await page.getByText(`${MISTAKE} is toegevoegd aan de eigen rekeningen.`).waitFor()
    await table.getByText(MISTAKE).waitFor()
    expect(await accounts()).toContain(MISTAKE)

    await page.getByRole('button', { name: `${MISTAKE} verwijderen` }).click()
    const dialog = page.getByRole('dialog', { name: 'Rekening verwijderen?' })
    await dialog.getByText(`${MISTAKE} is dan geen rekening van deze administratie meer`, { exact: false }).waitFor()
    await page.waitForTimeout(300) // the dialog's fade-in, for the screenshot
    await page.screenshot({ path: join(ARTIFACTS, 'bank-account-remove-nl.png'), fullPage: true })
    await dialog.getByRole('button', { name: 'Verwijderen' }).click()
    const toast = page.locator('.mantine-Notification-root', { hasText: `${MISTAKE} is verwijderd uit de eigen rekeningen.` })
    await toast.waitFor()
    await table.getByText(MISTAKE).waitFor({ state: 'detached' })
    expect(await accounts()).not.toContain(MISTAKE)
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click()
    await page.getByText(`${MISTAKE} is weer een eigen rekening.`).waitFor()
    await table.getByText(MISTAKE).waitFor()
    expect(await accounts()).toContain(MISTAKE)

    // an account imported statements use stays, and the refusal names it and the count in each language
    for (const [language, remove, confirm, title, refusal] of [
      ['nl', 'NL20INGB0001234567 verwijderen', 'Verwijderen', 'Niet verwijderd', 'NL20INGB0001234567 kan niet worden verwijderd: 1 ingelezen afschrift gebruikt deze rekening. Er is niets gewijzigd.'],
      ['fr', 'Supprimer NL20INGB0001234567', 'Supprimer', 'Non supprimé', 'NL20INGB0001234567 ne peut pas être supprimé : 1 extrait importé utilise ce compte. Rien n’a été modifié.'],
      ['en', 'Remove NL20INGB0001234567', 'Remove', 'Not removed', 'NL20INGB0001234567 cannot be removed: 1 imported statement uses this account. Nothing was changed.']
    ] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await page.getByRole('button', { name: remove }).click()
      await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click()
      await page.locator('.mantine-Notification-root', { hasText: refusal }).getByText(title).waitFor()
      await page.getByRole('dialog').waitFor({ state: 'detached' })
      await page.screenshot({ path: join(ARTIFACTS, `bank-account-in-use-${language}.png`), fullPage: true })
    }
    expect(await accounts()).toContain('NL20INGB0001234567')
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)
})

describe.skipIf(!available)('the bank entries grid in Chromium', () => {
  it('shows every column, the invoices last, at 1280×800 and 1024×800 in nl, fr and en', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Betalingen', { exact: true }).click()
    for (const [language, title, all, invoices] of [
      ['nl', 'Bankboekingen', 'Alle', 'Facturen'],
      ['fr', 'Mouvements bancaires', 'Tous', 'Factures'],
      ['en', 'Bank entries', 'All', 'Invoices']
    ] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await page.getByText(all, { exact: true }).click()
      const grid = page.getByRole('table', { name: title })
      // the entry matched to F-2026-001 on import shows its invoice in the last column
      await grid.getByText('F-2026-001').first().waitFor()
      for (const width of [1280, 1024]) {
        await page.setViewportSize({ width, height: 800 })
        const fit = await grid.evaluate((table, header) => {
          const box = table.parentElement!
          const th = [...table.querySelectorAll('th')].find((c) => c.textContent === header)!
          // dates, amounts, statuses and invoice numbers are shown whole (only names and descriptions may be cut)
          const cut = [...table.querySelectorAll('tbody tr[data-index]')].flatMap((tr) => [0, 3, 4, 5, 6].map((i) => tr.children[i] as HTMLElement).filter((td) => td.scrollWidth > td.clientWidth).map((td) => td.textContent))
          return { overflow: box.scrollWidth - box.clientWidth, right: th.getBoundingClientRect().right, edge: box.getBoundingClientRect().left + box.clientLeft + box.clientWidth, cut }
        }, invoices)
        expect(fit.cut, `${language} at ${width}: cut cells`).toEqual([])
        expect(fit.overflow, `${language} at ${width}: the grid scrolls sideways`).toBe(0)
        expect(fit.right, `${language} at ${width}: the invoices column ends past the edge`).toBeLessThanOrEqual(fit.edge)
        await grid.scrollIntoViewIfNeeded()
        await page.screenshot({ path: join(ARTIFACTS, `bank-entries-${language}-${width}.png`) })
      }
      await page.setViewportSize({ width: 1400, height: 900 })
    }
    await page.getByText('NL', { exact: true }).click()
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)
})
