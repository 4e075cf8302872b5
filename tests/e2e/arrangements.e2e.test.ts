// The arrangements screens in real Chromium on the demo: a promise, a 6-instalment plan edited in the
// editor with the live sum check, a dispute opened and rejected, a hand-over with the dossier download,
// a bulk action in the invoice grid, follow-ups ticked off on Vandaag with undo, and the reminder letter before a
// plan instalment sent from its task; screenshots in nl, fr and en.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localToday } from '../../src/shared/dates'
import type { OverviewDto, PlanDetailDto, PlanProposalDto } from '../../src/shared/ipc/arrangements.contract'
import type { LetterSummaryDto } from '../../src/shared/ipc/letters.contract'
import type { CustomerRowDto } from '../../src/shared/ipc/customers.contract'
import { pdfText } from '../main/letters/letters-db'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const available = e2eAvailable()
let h: Harness
let page: Page
type Ok<T> = { ok: true; value: T }

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: true })
  page = await h.newPage()
  await page.goto(h.app.url)
  const demo = h.app.demo!
  await page.getByRole('combobox', { name: 'Administratie' }).click()
  await page.getByRole('option', { name: demo.name }).click()
  await page.getByRole('textbox', { name: 'Wachtwoordzin', exact: true }).fill(demo.passphrase)
  await page.getByRole('button', { name: 'Ontgrendelen' }).click()
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
}, 120_000)
afterAll(async () => {
  await h?.close()
})

/** Demo customers with overdue items and nothing arranged yet, most overdue first. */
async function freeCustomers(): Promise<CustomerRowDto[]> {
  const list = (await h.call('customers:list', { sort: 'overdueCents', direction: 'desc', limit: 80 })) as Ok<{ rows: CustomerRowDto[] }>
  const out: CustomerRowDto[] = []
  for (const c of list.value.rows.filter((r) => r.overdueCents > 0)) {
    const o = ((await h.call('arrangements:overview', { customerId: c.id })) as Ok<OverviewDto>).value
    if (o.handovers.length + o.plans.length + o.promises.length + o.holds.length + o.disputes.length === 0) out.push(c)
  }
  return out
}

/** Closes whatever modal or drawer is still open, then switches the UI language. */
async function language(code: 'nl' | 'fr' | 'en'): Promise<void> {
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
  }
  await page.getByText(code.toUpperCase(), { exact: true }).click()
}

/** Opens a customer's drawer from the customers page (search by code). */
async function openCustomer(c: CustomerRowDto, customersLabel: string): Promise<void> {
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
  }
  await page.getByRole('navigation').getByText(customersLabel, { exact: true }).click()
  const search = page.getByRole('textbox').first()
  await search.fill(c.code)
  await page.locator('tbody tr[data-index="0"]').filter({ hasText: c.code }).click()
  await page.getByRole('dialog').getByText(c.name).first().waitFor()
}

/** Screenshots without the toasts of earlier steps on top. */
async function shot(name: string): Promise<void> {
  for (const close of await page.locator('.mantine-Notification-root .mantine-Notification-closeButton').all()) await close.click().catch(() => undefined)
  await page.screenshot({ path: join(ARTIFACTS, `arrangements-${name}.png`) })
}

describe.skipIf(!available)('arrangements in Chromium on the demo', () => {
  it('records a promise and a 6-instalment plan edited with the live sum check (nl)', async () => {
    const [first, second] = await freeCustomers()
    await language('nl')
    await openCustomer(first!, 'Klanten')
    const panel = page.getByLabel('Afspraken en tijdlijn')
    await panel.getByText('Geen lopende afspraken.').waitFor()
    await panel.getByRole('button', { name: 'Betalingsbelofte' }).click()
    const promise = page.getByRole('dialog', { name: 'Betalingsbelofte vastleggen' })
    await promise.getByLabel('Bedrag').fill('250,00')
    await promise.getByLabel('Betaalt uiterlijk op').fill('31-12-2099')
    await promise.getByLabel('Wat is er afgesproken').fill('Telefonisch toegezegd door de boekhouder')
    await shot('nl-promise')
    await promise.getByRole('button', { name: 'Vastleggen' }).click()
    await panel.getByText('€ 250,00 uiterlijk 31-12-2099').waitFor()
    await panel.getByTestId('timeline').getByText('Betalingsbelofte').first().waitFor()

    await openCustomer(second!, 'Klanten')
    await panel.getByRole('button', { name: 'Betalingsregeling' }).click()
    const editor = page.getByRole('dialog', { name: 'Betalingsregeling' })
    await editor.getByRole('textbox', { name: 'Aantal termijnen' }).fill('6')
    await editor.getByRole('button', { name: 'Verdeel gelijk' }).click()
    await editor.getByTestId('instalment-6').waitFor()
    await expect.poll(() => editor.getByTestId('sum-check').textContent()).toBe('De termijnen tellen op tot het totaal.')
    // one instalment edited: the live check shows the difference at once and refuses to save
    const third = editor.getByTestId('instalment-3').getByRole('textbox', { name: 'Bedrag' })
    await third.fill('1,00')
    await expect.poll(() => editor.getByTestId('sum-check').textContent()).toMatch(/^Verschil: €\s[\d.]+,\d\d/)
    expect(await editor.getByRole('button', { name: 'Regeling vastleggen' }).isDisabled()).toBe(true)
    await shot('nl-plan-editor-difference')
    await editor.getByRole('button', { name: 'Verschil op laatste termijn' }).click()
    await expect.poll(() => editor.getByTestId('sum-check').textContent()).toBe('De termijnen tellen op tot het totaal.')
    expect(await editor.getByTestId('schedule-sum').textContent()).toBe(await editor.getByTestId('plan-total').textContent())
    await shot('nl-plan-editor-balanced')
    await editor.getByRole('button', { name: 'Regeling vastleggen' }).click()
    const plan = panel.locator('[data-testid^="plan-"]')
    await plan.getByText('Termijnen tonen').click()
    await plan.getByText(/^RF\d\d 9000/).first().waitFor()
    expect(await plan.getByText(/^RF\d\d 9000/).count()).toBe(6)
    await plan.scrollIntoViewIfNeeded()
    await shot('nl-plan-created')
    expect(h.problems).toEqual([])
  })

  it('opens a dispute and rejects it with a reason (fr)', async () => {
    const [, , customer] = await freeCustomers()
    await language('fr')
    await openCustomer(customer!, 'Clients')
    const panel = page.getByLabel('Accords et historique')
    await panel.getByRole('button', { name: 'Litige' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ouvrir un litige' })
    await dialog.getByLabel(/^Facture/).click()
    await page.getByRole('option').first().click()
    await dialog.getByLabel(/^Motif/).click()
    await page.getByRole('option', { name: 'Qualité' }).click()
    await dialog.getByLabel('Ce que dit le client').fill('Travaux non terminés')
    await shot('fr-dispute-open')
    await dialog.getByRole('button', { name: 'Enregistrer' }).click()
    const dispute = panel.locator('[data-testid^="dispute-"]')
    await dispute.getByText(/en attente de réponse depuis 0 jour/).waitFor()
    await dispute.getByRole('button', { name: 'Rejeter' }).click()
    const reject = page.getByRole('dialog', { name: 'Rejeter le litige' })
    expect(await reject.getByRole('button', { name: 'Rejeter' }).isDisabled()).toBe(true)
    await reject.getByLabel('Explication').fill('Travaux réceptionnés sans réserve le 12 mars')
    await shot('fr-dispute-reject')
    await reject.getByRole('button', { name: 'Rejeter' }).click()
    await panel.getByTestId('timeline').getByText(/rejeté/).waitFor()
    await panel.scrollIntoViewIfNeeded()
    await shot('fr-dispute-rejected')
    expect(h.problems).toEqual([])
  })

  it('hands a customer over and downloads the dossier (en)', async () => {
    const [, , , customer] = await freeCustomers()
    await language('en')
    await openCustomer(customer!, 'Customers')
    const panel = page.getByLabel('Arrangements and timeline')
    await panel.getByRole('button', { name: 'Hand over' }).click()
    const dialog = page.getByRole('dialog', { name: 'Hand over' })
    await dialog.getByLabel('To', { exact: true }).click()
    await page.getByRole('option', { name: 'Bailiff' }).click()
    await dialog.getByLabel('Name (agency, bailiff or lawyer)').fill('Bailiff office Van Dam')
    await dialog.getByLabel('Their reference').fill('VD-2026-042')
    await shot('en-handover')
    await dialog.getByRole('button', { name: 'Record' }).click()
    const handover = panel.locator('[data-testid^="handover-"]')
    await handover.getByText('Bailiff: Bailiff office Van Dam (VD-2026-042)').waitFor()
    // the claim as of the end of the month the agency asked for, typed the English way
    const now = new Date()
    const end = new Date(now.getFullYear(), now.getMonth() + 1, 0)
    await handover.getByLabel('Amounts as of').fill(`${end.getDate()}/${end.getMonth() + 1}/${end.getFullYear()}`)
    const [download] = await Promise.all([page.waitForEvent('download'), handover.getByRole('button', { name: 'Download dossier (ZIP)' }).click()])
    const target = join(ARTIFACTS, 'arrangements-dossier.zip')
    await download.saveAs(target)
    const files = unzipSync(new Uint8Array(readFileSync(target)))
    expect(Object.keys(files).sort()).toEqual(['claim-specification.csv', 'claim-specification.pdf', 'dossier.json', 'invoices.csv', 'timeline.csv'])
    const json = JSON.parse(strFromU8(files['dossier.json']!)) as { asOf: string; handover: object }
    expect(json.handover).toMatchObject({ kind: 'bailiff', party: 'Bailiff office Van Dam', reference: 'VD-2026-042' })
    expect(json.asOf).toBe([end.getFullYear(), end.getMonth() + 1, end.getDate()].map((n) => String(n).padStart(2, '0')).join('-'))
    await handover.scrollIntoViewIfNeeded()
    await shot('en-handover-recorded')
    expect(h.problems).toEqual([])
  })

  it('snoozes a multi-selection in the invoice grid (en, then nl and fr screenshots)', async () => {
    await language('en')
    await page.getByRole('navigation').getByText('Invoices', { exact: true }).click()
    await page.locator('tbody tr[data-index="1"]').waitFor()
    await page.getByRole('checkbox', { name: /^Select invoice / }).nth(0).check()
    await page.getByRole('checkbox', { name: /^Select invoice / }).nth(1).check()
    const bar = page.getByTestId('bulk-bar')
    await bar.getByText('2 invoice(s) selected').waitFor()
    await bar.getByRole('button', { name: 'Snooze' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Reason').fill('Customer on holiday')
    await shot('en-bulk-snooze')
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await page.getByText(/^2 invoice\(s\) of \d customer\(s\) updated$/).waitFor()
    for (const code of ['nl', 'fr'] as const) {
      await language(code)
      await page.getByRole('checkbox', { name: code === 'nl' ? /^Factuur .* selecteren$/ : /^Sélectionner la facture / }).nth(2).check()
      await page.getByTestId('bulk-bar').waitFor()
      await shot(`${code}-bulk-bar`)
      await page.getByTestId('bulk-bar').getByRole('button').last().click()
    }
    expect(h.problems).toEqual([])
  })

  it('holds a customer (nl), records a call to follow up (fr) and takes a promise back with undo (en)', async () => {
    const [customer] = await freeCustomers()
    await language('nl')
    await openCustomer(customer!, 'Klanten')
    let panel = page.getByLabel('Afspraken en tijdlijn')
    await panel.getByRole('button', { name: 'Blokkeren of uitstellen' }).click()
    const hold = page.getByRole('dialog', { name: 'Aanmaningen blokkeren of uitstellen' })
    await hold.getByText('Blokkeren', { exact: true }).click()
    await hold.getByLabel('Reden').fill('Surseance aangevraagd, curator afwachten')
    await hold.getByLabel('Tot en met').fill('31-3-2099')
    await shot('nl-hold')
    await hold.getByRole('button', { name: 'Vastleggen' }).click()
    const held = panel.locator('[data-testid^="hold-"]')
    await held.getByText('hele klant · Tot en met 31-03-2099').waitFor()
    await panel.getByTestId('timeline').getByText('Blokkade').first().waitFor()
    await shot('nl-hold-recorded')
    await held.getByRole('button', { name: 'Opheffen' }).click()
    await expect.poll(() => held.count()).toBe(0)

    await language('fr')
    await openCustomer(customer!, 'Clients')
    panel = page.getByLabel('Accords et historique')
    await panel.getByRole('button', { name: 'Note ou appel' }).click()
    const note = page.getByRole('dialog', { name: 'Note ou appel téléphonique' })
    await note.getByLabel('Résultat').click()
    await page.getByRole('option', { name: 'paiement promis' }).click()
    await note.getByLabel(/^Texte/).fill('La comptable paie après la clôture du mois')
    // to follow up today: the customer is on Aujourd'hui at once
    const now = new Date()
    const today = [now.getDate(), now.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') + `/${now.getFullYear()}`
    await note.getByLabel('Suivi le').fill(today)
    await shot('fr-call')
    await note.getByRole('button', { name: 'Enregistrer' }).click()
    const followUp = panel.locator('[data-testid^="follow-up-"]')
    await followUp.getByText(`${today} · paiement promis`).waitFor()
    await panel.getByTestId('timeline').getByText(/paiement promis · suivi le \d+ \S+ \d{4} · La comptable/).waitFor()
    await shot('fr-call-recorded')
    await page.keyboard.press('Escape')
    await page.getByRole('navigation').getByText("Aujourd'hui", { exact: true }).click()
    await page.getByText(/^À suivre \(\d+\)$/).waitFor()
    const work = page.getByText(`${customer!.name} (${customer!.code}) — suivi depuis le ${today} (1×)`)
    await work.scrollIntoViewIfNeeded()
    await shot('fr-today-follow-up')
    // "Fait" on Vandaag ticks the customer's follow-ups off; the toast's undo brings the line back
    const line = page.locator('[data-testid^="work-follow-up-"]').filter({ hasText: customer!.code })
    await line.getByRole('button', { name: 'Fait' }).click()
    await page.getByText('1 suivi(s) coché(s)').waitFor()
    await expect.poll(() => line.count()).toBe(0)
    // with the toast and its undo button on it
    await page.screenshot({ path: join(ARTIFACTS, 'arrangements-fr-today-follow-up-done.png') })
    await page.locator('.mantine-Notification-root').filter({ hasText: '1 suivi(s) coché(s)' }).getByRole('button', { name: 'Annuler' }).click()
    await page.getByText('Annulé', { exact: true }).waitFor()
    await line.waitFor()
    await openCustomer(customer!, 'Clients')
    await followUp.getByRole('button', { name: 'Fait' }).click()
    await expect.poll(() => followUp.count()).toBe(0)

    await language('en')
    await openCustomer(customer!, 'Customers')
    panel = page.getByLabel('Arrangements and timeline')
    await panel.getByRole('button', { name: 'Promise to pay' }).click()
    const promise = page.getByRole('dialog', { name: 'Record a promise to pay' })
    // English amounts: a point for decimals, commas for thousands
    await promise.getByLabel('Amount').fill('1,250.50')
    await promise.getByLabel('Pays by').fill('31/12/2099')
    await shot('en-promise')
    await promise.getByRole('button', { name: 'Record' }).click()
    const promised = panel.locator('[data-testid^="promise-"]')
    await promised.getByText('€1,250.50 by 31/12/2099').waitFor()
    const id = Number((await promised.getAttribute('data-testid'))?.replace('promise-', ''))
    // the promise's own toast: the follow-up ticked off just before may still show its undo too
    await page.locator('.mantine-Notification-root').filter({ hasText: '€1,250.50 by 31/12/2099' }).getByRole('button', { name: 'Undo' }).click()
    await page.getByText('Undone', { exact: true }).waitFor()
    await expect.poll(() => promised.count()).toBe(0)
    const o = ((await h.call('arrangements:overview', { customerId: customer!.id })) as Ok<OverviewDto>).value
    expect(o.promises.map((p) => p.id)).not.toContain(id)
    await panel.getByTestId('timeline').getByText(/€1,250\.50 by 31 Dec 2099 · cancelled/).waitFor()
    await shot('en-promise-undone')
    expect(h.problems).toEqual([])
  })

  it('disputes, promises and moves to another dunning policy a multi-selection in the invoice grid (nl)', async () => {
    await language('nl')
    await page.getByRole('navigation').getByText('Facturen', { exact: true }).click()
    const views = page.locator('.mantine-SegmentedControl-root')
    await views.getByText('Vervallen', { exact: true }).click()
    await page.locator('tbody tr[data-index="12"]').waitFor()
    const boxes = page.getByRole('checkbox', { name: /^Factuur .* selecteren$/ })
    const numberOf = async (i: number) => (await boxes.nth(i).getAttribute('aria-label'))!.replace(/^Factuur | selecteren$/g, '')
    const bar = page.getByTestId('bulk-bar')
    const apply = async (action: string, fill: () => Promise<void>, screenshot: string) => {
      await bar.getByRole('button', { name: action, exact: true }).click()
      const dialog = page.getByRole('dialog')
      await fill()
      await shot(screenshot)
      await dialog.getByRole('button', { name: 'Toepassen' }).click()
      await page.getByText(/^\d+ factu\(u\)r\(en\) van \d+ klant\(en\) bijgewerkt$/).first().waitFor()
      await expect.poll(() => bar.count()).toBe(0)
    }

    const disputed = [await numberOf(10), await numberOf(11)]
    await boxes.nth(10).check()
    await boxes.nth(11).check()
    await apply('Betwist', async () => {
      await page.getByRole('dialog').getByLabel(/^Reden/).click()
      await page.getByRole('option', { name: 'Prijs' }).click()
    }, 'nl-bulk-dispute')

    await boxes.nth(12).check()
    await apply('Belofte', () => page.getByRole('dialog').getByLabel(/^Betaalt uiterlijk op/).fill('28-2-2099'), 'nl-bulk-promise')

    await boxes.nth(13).check()
    await apply('Aanmaanbeleid', async () => {
      await page.getByRole('dialog').getByLabel('Aanmaanbeleid').click()
      await page.getByRole('option').nth(1).click()
    }, 'nl-bulk-policy')

    // the disputed invoices are in the disputed view, still with their open amount
    await views.getByText('Betwist', { exact: true }).click()
    for (const number of disputed) {
      await page.getByPlaceholder(/^Zoek/).fill(number)
      await page.locator('tbody tr[data-index="0"]').filter({ hasText: number }).waitFor()
    }
    await shot('nl-bulk-disputed-view')
    expect(h.problems).toEqual([])
  })

  it('sends the reminder letter of a plan instalment from its task: Vandaag (nl, PDF; no .eml offered without an e-mail address), the plan card (fr, print) and Vandaag again (en, .eml)', async () => {
    // three plans whose first instalment falls due in two days: its reminder task is on Vandaag today
    const customers = (await freeCustomers()).slice(0, 3)
    const tasks: { customer: CustomerRowDto; instalmentId: number; reference: string }[] = []
    for (const customer of customers) {
      const open = ((await h.call('invoices:list', { customerId: customer.id, view: 'open', sort: 'dueDate', direction: 'asc', limit: 2 })) as Ok<{ rows: { id: number }[] }>).value.rows
      const terms = { customerId: customer.id, invoiceIds: open.map((i) => i.id), frequency: 'monthly', startDate: addDays(localToday(), 2) }
      const proposal = ((await h.call('arrangements:propose-plan', { ...terms, instalments: 3 })) as Ok<PlanProposalDto>).value
      const { id } = ((await h.call('arrangements:create-plan', { ...terms, schedule: proposal.schedule, reminderDays: 5 })) as Ok<{ id: number }>).value
      const plan = ((await h.call('arrangements:plan', { planId: id })) as Ok<PlanDetailDto>).value
      const due = plan.instalments.find((i) => i.reminderDue)!
      tasks.push({ customer, instalmentId: due.id, reference: due.reference!.printed })
    }
    const subject = /termijn 1 van uw betalingsregeling|échéance 1 de votre plan de paiement|instalment 1 of your payment plan/
    const download = async (): Promise<Buffer> => {
      const [file] = (await Promise.all([page.waitForEvent('download'), page.getByTestId('confirm-output-go').click()])) as [Download, void]
      return readFileSync((await file.path())!)
    }

    // nl: from Vandaag, preview, then save the PDF (browser mode downloads it); the task is done
    const [nl, fr, en] = tasks as [(typeof tasks)[0], (typeof tasks)[0], (typeof tasks)[0]]
    await h.call('customers:update', { customerId: nl.customer.id, patch: { email: null } })
    await language('nl')
    await page.getByRole('navigation').getByText('Vandaag', { exact: true }).click()
    let row = page.getByTestId(`work-instalment-reminder-${nl.instalmentId}`)
    await row.scrollIntoViewIfNeeded()
    await shot('nl-today-instalment-reminder')
    await row.getByTestId(`preview-reminder-${nl.instalmentId}`).click()
    await page.getByRole('dialog', { name: subject }).locator('svg').first().waitFor()
    await shot('nl-reminder-preview')
    await page.keyboard.press('Escape')
    await row.getByTestId(`reminder-out-${nl.instalmentId}`).click()
    // this customer has no e-mail address: the menu offers no .eml, and says why
    await expect(page.getByTestId(`reminder-out-${nl.instalmentId}-eml`).isDisabled()).resolves.toBe(true)
    await expect(page.getByTestId(`reminder-out-${nl.instalmentId}-eml-reason`).textContent()).resolves.toBe('Deze klant heeft geen e-mailadres; vul het aan bij de klant om een .eml te maken.')
    await page.waitForTimeout(300) // the menu's fade-in, for the screenshot
    await shot('nl-reminder-no-email')
    await page.getByTestId(`reminder-out-${nl.instalmentId}-save`).click()
    await page.getByTestId('confirm-output').waitFor()
    await shot('nl-reminder-confirm')
    let text = pdfText(await download())
    expect(text).toContain(nl.customer.name)
    expect(text).toContain(nl.reference)
    expect(text).toMatch(subject)
    await expect.poll(() => row.count()).toBe(0)

    // fr: from the plan card on the customer, preview, then print (a download in browser mode)
    await language('fr')
    await openCustomer(fr.customer, 'Clients')
    const panel = page.getByLabel('Accords et historique')
    const task = panel.getByTestId('reminder-due')
    await task.getByTestId(`preview-reminder-${fr.instalmentId}`).click()
    await page.getByRole('dialog', { name: subject }).locator('svg').first().waitFor()
    await shot('fr-reminder-preview')
    await page.locator('.mantine-Modal-close').last().click()
    await task.getByTestId(`reminder-out-${fr.instalmentId}`).click()
    await page.getByTestId(`reminder-out-${fr.instalmentId}-print`).click()
    text = pdfText(await download())
    expect(text).toContain(fr.reference)
    await expect.poll(() => task.count()).toBe(0)
    await panel.getByTestId('timeline').getByText(/rappel d’échéance par lettre/).waitFor()
    await shot('fr-reminder-sent')

    // en: from Vandaag as an e-mail for the user's mail program
    await language('en')
    await page.getByRole('navigation').getByText('Today', { exact: true }).click()
    row = page.getByTestId(`work-instalment-reminder-${en.instalmentId}`)
    await row.getByTestId(`reminder-out-${en.instalmentId}`).click()
    await page.getByTestId(`reminder-out-${en.instalmentId}-eml`).click()
    const eml = (await download()).toString('utf8')
    expect(eml).toContain('X-Unsent: 1')
    expect(eml).toMatch(/Content-Type: application\/pdf/)
    await expect.poll(() => row.count()).toBe(0)
    await shot('en-today-reminders-done')
    // archived, sent, with its fingerprint, and the instalments count as reminded
    for (const t of tasks) {
      const letters = ((await h.call('letters:customer-letters', { customerId: t.customer.id, offset: 0, limit: 10 })) as Ok<{ rows: LetterSummaryDto[] }>).value.rows
      expect(letters.filter((l) => l.kind === 'plan-reminder')).toMatchObject([{ sentAt: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }])
    }
    expect(h.problems).toEqual([])
  })
})
