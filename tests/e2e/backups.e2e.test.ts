// A backup handed to Debito (as a double-click does) opens the restore dialog in real Chromium, in Dutch,
// French and English; restoring it opens the administration with its data.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withWrite } from '../../src/main/db/connection'
import { customers } from '../../src/main/db/schema'
import { createAdministrations } from '../../src/main/domains/administrations/administrations.service'
import { tempDir } from '../helpers/db'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const available = e2eAvailable()
const office = tempDir('debito-e2e-office-')
let h: Harness

beforeAll(async () => {
  if (!available) return
  // made on the office computer: two customers, locked with a backup passphrase
  const admins = createAdministrations(office)
  await admins.create({ name: 'Bakkerij Jansen', unlock: { passphrase: 'kantoor geheim' } })
  const live = await admins.open('Bakkerij Jansen', { passphrase: 'kantoor geheim' })
  withWrite(live.db, (tx) => tx.insert(customers).values([{ code: 'K1', name: 'Vandersteen' }, { code: 'K2', name: 'Brasserie Dupont' }]).run())
  live.close()
  const file = join(office, 'Bakkerij Jansen 2026-06-30.debito-backup')
  await admins.backup('Bakkerij Jansen', { passphrase: 'kantoor geheim' }, file, 'back-up geheim')
  h = await startHarness({ demo: false, openFiles: [file] })
}, 120_000)
afterAll(async () => {
  await h?.close()
  rmSync(office, { recursive: true, force: true })
})

const TITLES = { nl: 'Back-up terugzetten', fr: 'Restaurer une sauvegarde', en: 'Restore a backup' } as const

async function openIn(language: keyof typeof TITLES): Promise<Page> {
  const page = await h.newPage()
  await page.addInitScript((lang) => localStorage.setItem('debito.language', lang), language)
  await page.goto(h.app.url)
  await page.getByRole('dialog', { name: TITLES[language] }).waitFor()
  await page.waitForTimeout(400) // the modal fades in
  return page
}

describe.skipIf(!available)('restoring a double-clicked backup in Chromium', () => {
  it('shows the restore dialog in each language', async () => {
    for (const language of ['fr', 'en', 'nl'] as const) {
      const page = await openIn(language)
      await expect(page.getByRole('dialog').textContent()).resolves.toContain('Bakkerij Jansen 2026-06-30.debito-backup')
      await page.screenshot({ path: join(ARTIFACTS, `${language}-restore-backup.png`) })
      await page.close()
    }
    expect(h.problems).toEqual([])
  })

  it('restores it as a new administration and opens it', async () => {
    const page = await openIn('nl')
    const dialog = page.getByRole('dialog', { name: TITLES.nl })
    await expect(dialog.getByLabel('Naam van de teruggezette administratie').inputValue()).resolves.toBe('Bakkerij Jansen')
    await dialog.getByLabel('Wachtwoordzin van de back-up').fill('verkeerd')
    await dialog.getByLabel('Wachtwoordzin (minstens 8 tekens)').fill('laptop geheim')
    await dialog.getByLabel('Herhaal de wachtwoordzin').fill('laptop geheim')
    await dialog.getByRole('button', { name: 'Terugzetten en openen' }).click()
    await dialog.getByText('Onjuiste wachtwoordzin').waitFor()
    await dialog.getByLabel('Wachtwoordzin van de back-up').fill('back-up geheim')
    await dialog.getByRole('button', { name: 'Terugzetten en openen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    await page.getByText('Bakkerij Jansen is teruggezet en geopend.').waitFor()
    await expect(page.getByRole('button', { name: 'Andere administratie' }).textContent()).resolves.toBe('Bakkerij Jansen')
    await page.getByRole('navigation').getByText('Klanten', { exact: true }).click()
    await page.getByText('Brasserie Dupont').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'nl-restored-backup.png') })
    expect(await page.getByRole('dialog', { name: TITLES.nl }).count()).toBe(0)
    expect(h.problems).toEqual([])
    await page.close()
  })

  it('shows the backup and update cards of Settings in browser mode, in each language', async () => {
    await h.call('administrations:close')
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('textbox', { name: 'Wachtwoordzin', exact: true }).fill('laptop geheim')
    await page.getByRole('button', { name: 'Ontgrendelen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    await page.getByRole('navigation').getByText('Instellingen', { exact: true }).click()
    const texts = {
      nl: ['Back-ups maken gaat in de desktop-app', 'Updates horen bij de desktop-app'],
      fr: ["La création de sauvegardes se fait dans l'application de bureau", "Les mises à jour concernent l'application de bureau"],
      en: ['Backups are made in the desktop app', 'Updates belong to the desktop app']
    } as const
    for (const language of ['nl', 'fr', 'en'] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      for (const text of texts[language]) await page.getByText(text).waitFor()
      await page.getByText(texts[language][1]).scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(ARTIFACTS, `${language}-settings-backup-updates.png`) })
    }
    expect(h.problems).toEqual([])
    await page.close()
  })
})
