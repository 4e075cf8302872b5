// Letters in real Chromium on the demo: an executed run previewed letter by letter, printed after a
// confirmation (browser mode hands the PDF over as a download) and a second time only as copies marked
// "kopie"; the customer's letters (archive paged, statement and plan agreement previewed and saved, a
// reprint as copy); Settings → Letters (logo, template editor with the legal check, archive check); and
// the letterhead warning pointing to Settings, in nl, fr and en.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerRowDto } from '../../src/shared/ipc/customers.contract'
import type { ActionDto } from '../../src/shared/ipc/dunning.contract'
import type { LetterSummaryDto } from '../../src/shared/ipc/letters.contract'
import type { ProfileDto } from '../../src/shared/ipc/settings.contract'
import { localToday } from '../../src/shared/dates'
import { formatMoney } from '../../src/shared/money'
import { pdfText } from '../main/letters/letters-db'
import { en } from '../../src/renderer/src/i18n/en'
import { fr } from '../../src/renderer/src/i18n/fr'
import { nl } from '../../src/renderer/src/i18n/nl'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const available = e2eAvailable()
let h: Harness
let page: Page

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: true })
  page = await h.newPage()
  const demo = h.app.demo!
  const admins = await value<{ id: string; name: string }[]>(h.call('administrations:list'))
  await h.call('administrations:open', { id: admins.find((a) => a.name === demo.name)?.id, unlock: { mode: 'passphrase', passphrase: demo.passphrase } })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

type Envelope<T> = { ok: boolean; value: T; error?: { message: string } }
async function value<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as Envelope<T>
  if (!r.ok) throw new Error(r.error?.message)
  return r.value
}

// the navigation as the UI names it (the screens' own texts are asserted literally below)
const NAV = Object.fromEntries(
  Object.entries({ nl, fr, en }).map(([language, m]) => [language, { dunning: m.nav.dunning, customers: m.nav.customers, settings: m.nav.settings, letters: m.letters.archive.title }])
) as Record<'nl' | 'fr' | 'en', { dunning: string; customers: string; settings: string; letters: string }>

async function closeDialogs(): Promise<void> {
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
  }
}

/** Closes the topmost modal only (Escape would close the ones below it too). */
async function closeTop(): Promise<void> {
  await page.locator('.mantine-Modal-close').last().click()
}

/** Screenshots without the toasts of earlier steps on top. */
async function shot(name: string): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-root .mantine-Notification-closeButton').all()) await close.click().catch(() => undefined)
  await page.screenshot({ path: join(ARTIFACTS, `letters-${name}.png`) })
}

/** Confirms the dialog that precedes anything going out and returns the file the browser downloads. */
async function confirmAndTake(expectText: RegExp | string): Promise<{ name: string; bytes: Buffer }> {
  const confirm = page.getByTestId('confirm-output')
  await expect.poll(async () => (await confirm.textContent()) ?? '').toMatch(expectText)
  const [download] = (await Promise.all([page.waitForEvent('download'), page.getByTestId('confirm-output-go').click()])) as [Download, void]
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) }
}

async function confirmAndDownload(expectText: RegExp | string): Promise<{ name: string; text: string }> {
  const { name, bytes } = await confirmAndTake(expectText)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  return { name, text: pdfText(bytes) }
}

/** An .eml as a mail program reads it: its headers, the text part and the attached PDF. */
function readEml(bytes: Buffer): { headers: Record<string, string>; text: string; attachment: { name: string; pdf: Buffer } } {
  const raw = bytes.toString('utf8')
  const [head, ...rest] = raw.split('\r\n\r\n')
  const headers = Object.fromEntries(head!.split('\r\n').map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
  const decodeWord = (v: string) => v.replace(/=\?UTF-8\?B\?([^?]+)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
  for (const k of Object.keys(headers)) headers[k] = decodeWord(headers[k]!)
  const boundary = /boundary="([^"]+)"/.exec(headers['content-type'] ?? '')![1]!
  const parts = rest.join('\r\n\r\n').split(`--${boundary}`).slice(1, -1)
  const part = (type: string) => {
    const found = parts.find((p) => p.includes(`Content-Type: ${type}`))!
    const [partHead, body] = [found.slice(0, found.indexOf('\r\n\r\n')), found.slice(found.indexOf('\r\n\r\n') + 4)]
    return { head: partHead, bytes: Buffer.from(body.replace(/\r\n/g, ''), 'base64') }
  }
  const pdf = part('application/pdf')
  return { headers, text: part('text/plain').bytes.toString('utf8'), attachment: { name: /filename="([^"]+)"/.exec(pdf.head)?.[1] ?? '', pdf: pdf.bytes } }
}

/** What the open preview's pages say (their pictures' text alternative), spaces made plain. */
async function previewText(): Promise<string> {
  const pages = page.getByTestId('letter-pages').locator('img')
  await pages.first().waitFor()
  const alts = await pages.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt') ?? ''))
  return plain(alts.join('\n'))
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

async function customerByCode(code: string): Promise<CustomerRowDto> {
  const found = await value<{ rows: CustomerRowDto[] }>(h.call('customers:list', { offset: 0, limit: 5, search: code }))
  return found.rows.find((c) => c.code === code)!
}

async function openCustomer(c: Pick<CustomerRowDto, 'code' | 'name'>, language: keyof typeof NAV): Promise<void> {
  await closeDialogs()
  await page.getByRole('navigation').getByText(NAV[language].customers, { exact: true }).click()
  await page.getByRole('textbox').first().fill(c.code)
  await page.locator('tbody tr[data-index="0"]').filter({ hasText: c.code }).click()
  await page.getByRole('dialog').getByText(c.name).first().waitFor()
  await page.getByRole('dialog').getByRole('tab', { name: NAV[language].letters }).click()
  await page.getByTestId('customer-letters').waitFor()
}

const MESSAGES = { nl, fr, en } as const
const STATEMENT_SUBJECT = { nl: 'Rekeningoverzicht per', fr: 'Relevé de compte au', en: 'Statement of account as of' } as const

/**
 * A customer writing in `language` (with an e-mail address and open items): the statement previewed
 * as a draft with those items and amounts in their language, then handed out as an .eml whose headers,
 * text and attached PDF are read back.
 */
async function statementAndEml(language: keyof typeof MESSAGES): Promise<void> {
  const customers = await value<{ rows: CustomerRowDto[] }>(h.call('customers:list', { offset: 0, limit: 200 }))
  const customer = customers.rows.find((c) => c.language === language && c.openCents > 0)!
  const { email } = await value<{ email: string | null }>(h.call('customers:get-risk', { customerId: customer.id }))
  expect(email).toBeTruthy()
  const items = await value<{ rows: { number: string; openCents: number }[] }>(h.call('invoices:list', { offset: 0, limit: 3, customerId: customer.id, view: 'open' }))
  await openCustomer(customer, language)
  const letters = page.getByTestId('customer-letters')
  await letters.getByTestId('preview-statement').click()
  const drafted = await previewText()
  expect(drafted).toContain(STATEMENT_SUBJECT[language])
  expect(drafted).toContain(customer.name)
  for (const item of items.rows) {
    expect(drafted).toContain(item.number)
    expect(drafted).toContain(plain(formatMoney(item.openCents, language)))
  }
  await shot(`${language}-statement-preview`)
  await closeTop()

  await letters.getByTestId('statement-out').click()
  await page.getByTestId('statement-out-eml').click()
  const { name, bytes } = await confirmAndTake(MESSAGES[language].letters.run.where.emlOne)
  expect(name).toMatch(new RegExp(`^rekeningoverzicht-${customer.code}-\\d{4}-\\d{2}-\\d{2}\\.eml$`))
  const eml = readEml(bytes)
  expect(eml.headers['to']).toContain(`<${email}>`)
  expect(eml.headers['from']).toContain('<debiteuren@demo-installatie.nl>')
  expect(eml.headers['subject']).toContain(STATEMENT_SUBJECT[language])
  expect(eml.headers['x-unsent']).toBe('1')
  const body = plain(eml.text)
  for (const item of items.rows) expect(body).toContain(plain(formatMoney(item.openCents, language)))
  expect(eml.attachment.name).toBe(name.replace(/\.eml$/, '.pdf'))
  expect(eml.attachment.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pdf = pdfText(eml.attachment.pdf)
  expect(pdf).toContain(STATEMENT_SUBJECT[language])
  expect(pdf).toContain(customer.name)
  for (const item of items.rows) expect(pdf).toContain(item.number)
}

describe.skipIf(!available)('letters in Chromium on the demo', () => {
  let first: LetterSummaryDto

  it('previews a run letter by letter, prints it after a confirmation, and a second time only as copies (nl)', async () => {
    const current = await value<{ id: number } | null>(h.call('dunning:current-run'))
    const runId = current?.id ?? (await value<{ runId: number }>(h.call('dunning:save-run', { asOf: localToday() }))).runId

    // a draft's letter, before anything is executed: its items and amounts as the customer will read them
    const actions = await value<{ rows: ActionDto[] }>(h.call('dunning:run-actions', { runId, offset: 0, limit: 20 }))
    const draft = actions.rows.find((a) => a.channel === 'letter' && a.status === 'approved' && a.lines.length > 0)!
    const debtor = await customerByCode(draft.customerCode)
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Aanmaningen', { exact: true }).click()
    await page.getByTestId(`action-row-${draft.customerCode}`).click()
    await page.getByTestId(`action-detail-${draft.customerCode}`).getByTestId(`preview-action-${draft.customerCode}`).click()
    const drafted = await previewText()
    expect(drafted).toContain(draft.customerName)
    for (const line of draft.lines) {
      expect(drafted).toContain(line.number)
      expect(drafted).toContain(plain(formatMoney(line.openCents, debtor.language)))
    }
    await shot('nl-draft-preview')
    await closeTop()

    await value(h.call('dunning:execute-run', { runId }))
    const run = await value<{ letters: LetterSummaryDto[]; printable: number }>(h.call('letters:run-letters', { runId }))
    first = run.letters.find((l) => l.channel === 'letter')!
    expect(run.printable).toBeGreaterThan(0)

    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Aanmaningen', { exact: true }).click()
    await page.getByTestId('unprinted-run').getByText(`${run.printable} brief/brieven moeten nog worden afgedrukt`, { exact: false }).waitFor()
    await page.getByTestId('open-run-letters').click()
    const letters = page.getByTestId(`run-letters-${runId}`)
    await letters.getByTestId(`letter-${first.id}`).getByText(first.customerName).waitFor()
    await shot('nl-run')

    await letters.getByTestId(`preview-letter-${first.id}`).click()
    await page.getByTestId('letter-pages').locator('img').first().waitFor()
    expect(await page.getByTestId('letter-pages').locator('img').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500)
    await shot('nl-preview')
    await closeTop()

    await letters.getByTestId('print-run').click()
    const printed = await confirmAndDownload(/gaan naar het afdrukvenster/)
    expect(printed.name).toMatch(new RegExp(`^run-${runId}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`))
    expect(printed.text).toContain(first.customerName)
    expect(printed.text).not.toContain('KOPIE')
    await letters.getByTestId('run-printed-before').waitFor()

    await letters.getByTestId('print-run').click()
    await page.getByText('Kopieën maken?').waitFor()
    const copy = await confirmAndDownload(/kopieën gemaakt met het opschrift "KOPIE"/)
    expect(copy.name).toMatch(/-kopie\.pdf$/)
    expect(copy.text).toContain('KOPIE')
    expect(copy.text).toContain(first.customerName)
    await shot('nl-run-printed')
    expect(h.problems).toEqual([])
  }, 120_000)

  it("shows the customer's archive, a statement and a plan agreement, and reprints a letter as a copy (nl)", async () => {
    await openCustomer({ code: first.customerCode, name: first.customerName }, 'nl')
    const archive = page.getByTestId('customer-letters')
    await archive.getByTestId(`letter-${first.id}`).getByText('Verstuurd', { exact: false }).waitFor()
    await archive.getByText('KOPIE').first().waitFor()
    await shot('nl-customer')

    await archive.getByTestId('preview-statement').click()
    await page.getByTestId('letter-pages').locator('img').first().waitFor()
    await shot('nl-statement-preview')
    await closeTop()
    await archive.getByTestId('statement-out').click()
    await page.getByTestId('statement-out-save').click()
    const statement = await confirmAndDownload(/De brief gaat naar een PDF-bestand dat u kiest/)
    expect(statement.text).toContain('Rekeningoverzicht')
    expect(statement.text).toContain(first.customerName)

    // the original went out before: a reprint is a copy, after its own confirmation
    await archive.getByTestId(`again-${first.id}`).click()
    await page.getByTestId(`again-${first.id}-save`).click()
    const again = await confirmAndDownload(/kopieën gemaakt/)
    expect(again.text).toContain('KOPIE')

    // a customer with a running payment plan gets the agreement
    const customers = await value<{ rows: CustomerRowDto[] }>(h.call('customers:list', { offset: 0, limit: 200 }))
    let planned: { customer: CustomerRowDto; planId: number } | null = null
    for (const c of customers.rows) {
      const o = await value<{ plans: { id: number; status: string }[] }>(h.call('arrangements:overview', { customerId: c.id }))
      const plan = o.plans.find((p) => p.status === 'active')
      if (plan) {
        planned = { customer: c, planId: plan.id }
        break
      }
    }
    expect(planned).not.toBeNull()
    await openCustomer(planned!.customer, 'nl')
    await page.getByTestId(`preview-plan-${planned!.planId}`).click()
    await page.getByTestId('letter-pages').locator('img').first().waitFor()
    await shot('nl-plan-preview')
    await closeTop()
    await page.getByTestId(`plan-out-${planned!.planId}`).click()
    await page.getByTestId(`plan-out-${planned!.planId}-save`).click()
    const agreement = await confirmAndDownload(/De brief gaat naar/)
    expect(agreement.text).toContain('Betalingsregeling')
    expect(agreement.text).toContain(planned!.customer.name)
    expect(h.problems).toEqual([])
  }, 120_000)

  it('edits the logo and a letter text with the legal check, and checks the archive (nl)', async () => {
    await closeDialogs()
    await page.getByRole('navigation').getByText('Instellingen', { exact: true }).click()
    const card = page.getByTestId('letters-settings')
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    await card.getByTestId('logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png })
    await card.getByTestId('logo-image').waitFor()
    await card.getByTestId('logo-input').setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('geen afbeelding') })
    await card.getByTestId('logo-error').getByText('PNG- of JPEG-afbeelding').waitFor()

    await card.getByTestId('template-select').click()
    await page.getByRole('option', { name: '14-dagenbrief · NL consument · Nederlands' }).click()
    const body = card.getByTestId('template-body')
    await card.getByTestId('letter-pages').locator('img').first().waitFor()
    const shipped = await body.inputValue()
    await body.fill(shipped.replace('binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd', 'binnen 14 dagen na dagtekening'))
    await card.getByTestId('template-problems').getByText('De wettelijk verplichte zin ontbreekt', { exact: false }).waitFor()
    await card.getByTestId('template-problems').getByText('Deze formulering is niet toegestaan: "na dagtekening"').waitFor()
    expect(await card.getByTestId('template-save').isDisabled()).toBe(true)
    await card.getByTestId('template-problems').scrollIntoViewIfNeeded()
    await shot('nl-template-problems')

    await body.fill(shipped.replace('Geachte heer, mevrouw,', 'Beste klant,'))
    await expect.poll(async () => card.getByTestId('template-problems').count()).toBe(0)
    await card.getByTestId('template-save').click()
    await card.getByTestId('template-origin').getByText('Eigen versie', { exact: false }).waitFor()
    await card.getByTestId('template-restore').click()
    await card.getByTestId('template-origin').getByText('Meegeleverde versie', { exact: false }).waitFor()
    expect(await body.inputValue()).toBe(shipped)

    await card.getByTestId('verify-archive').click()
    await card.getByTestId('verify-result').getByText('komen overeen met hun vingerafdruk', { exact: false }).waitFor()
    await shot('nl-settings')
    expect(h.problems).toEqual([])
  }, 120_000)

  it('says where to complete the letterhead, and shows the letters screens in nl, fr and en', async () => {
    const profile = await value<ProfileDto>(h.call('settings:get-profile'))
    await value(h.call('settings:update-profile', { ...profile, iban: null }))
    const missing = { nl: 'IBAN ontbreekt', fr: 'IBAN manque', en: 'IBAN missing' } as const
    const where = { nl: 'Instellingen → Gegevens van de administratie', fr: 'Paramètres → Données de l’administration', en: 'Settings → Administration details' } as const
    try {
      for (const language of ['nl', 'fr', 'en'] as const) {
        await closeDialogs()
        await page.getByRole('banner').getByText(language.toUpperCase(), { exact: true }).click()
        await page.getByRole('navigation').getByText(NAV[language].dunning, { exact: true }).click()
        const alert = page.getByTestId('letterhead-missing')
        await alert.getByText(missing[language], { exact: false }).waitFor()
        await alert.getByText(where[language], { exact: false }).waitFor()
        await shot(`${language}-letterhead-missing`)
        await alert.getByRole('button').click()
        await page.getByTestId('letters-settings').waitFor()
        await page.getByTestId('letters-settings').scrollIntoViewIfNeeded()
        await shot(`${language}-settings`)
        await openCustomer({ code: first.customerCode, name: first.customerName }, language)
        await page.getByTestId('customer-letters').getByTestId('letter-rows').scrollIntoViewIfNeeded()
        await shot(`${language}-customer`)
      }
    } finally {
      await value(h.call('settings:update-profile', profile))
      await closeDialogs()
      await page.getByRole('banner').getByText('NL', { exact: true }).click()
    }
    expect(h.problems).toEqual([])
  }, 120_000)

  it("previews a customer's statement as a draft and hands it out as an .eml, in nl, fr and en", async () => {
    try {
      for (const language of ['nl', 'fr', 'en'] as const) {
        await closeDialogs()
        await page.getByRole('banner').getByText(language.toUpperCase(), { exact: true }).click()
        await statementAndEml(language)
      }
    } finally {
      await closeDialogs()
      await page.getByRole('banner').getByText('NL', { exact: true }).click()
    }
    expect(h.problems).toEqual([])
  }, 180_000)
})
