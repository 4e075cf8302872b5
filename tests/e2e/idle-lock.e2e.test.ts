// #13 item 18 in Chromium: browser mode locks an unlocked administration after the idle time (on a fake
// clock in the server), the page returns to the unlock screen saying why, and unlocking goes on where the
// bookkeeper was. The screens report input as activity; the setting lives under Settings.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, e2eAvailable, type Harness, startHarness } from './harness'

const PASS = { mode: 'passphrase', passphrase: 'passphrase for e2e' }
const MINUTE = 60_000

const available = e2eAvailable()
let h: Harness
let now = Date.UTC(2026, 10, 30, 9, 0)

beforeAll(async () => {
  if (!available) return
  h = await startHarness({ demo: false, idleClock: { now: () => now, every: null } })
  const created = (await h.call('administrations:create', { name: 'Idle Lock B.V.', unlock: PASS })) as { value: { id: string } }
  await h.call('administrations:open', { id: created.value.id, unlock: PASS })
}, 120_000)
afterAll(async () => {
  await h?.close()
})

describe.skipIf(!available)('idle lock in Chromium', () => {
  it('locks after the idle time, shows the unlock screen with the reason, and unlocks again', async () => {
    const page = await h.newPage()
    await page.goto(h.app.url)
    await page.getByRole('navigation').getByText('Instellingen', { exact: true }).waitFor()
    const lock = h.app.idleLock

    // input on the page is activity: the idle time starts again
    now += 10 * MINUTE
    expect(lock.idleMs()).toBeGreaterThanOrEqual(10 * MINUTE)
    await page.getByRole('navigation').getByText('Instellingen', { exact: true }).click()
    await expect.poll(() => lock.idleMs()).toBe(0)

    // the setting: 5 minutes
    const minutes = page.getByRole('textbox', { name: 'Vergrendelen na (minuten)' })
    await expect.poll(() => minutes.inputValue()).toBe('15')
    await minutes.fill('5')
    await page.getByRole('button', { name: 'Vergrendeltijd opslaan' }).click()
    await page.getByText('De administratie vergrendelt na 5 minuten zonder activiteit.').waitFor()
    await page.screenshot({ path: join(ARTIFACTS, 'idle-lock-setting-nl.png'), fullPage: true })
    expect(await h.call('session:get-idle-lock')).toMatchObject({ value: { minutes: 5 } })

    now += 4 * MINUTE
    expect(lock.check()).toBe('open')
    now += 2 * MINUTE
    expect(lock.check()).toBe('locked')
    const notice = page.getByTestId('session-locked')
    await notice.getByText('Idle Lock B.V. is vergrendeld na 5 minuten zonder activiteit. Ontgrendel om verder te werken.').waitFor()
    await page.getByRole('button', { name: 'Ontgrendelen' }).waitFor()
    // nothing of the administration is left on screen or reachable
    expect(await page.getByRole('navigation').count()).toBe(0)
    expect(await h.call('invoices:list', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    await page.screenshot({ path: join(ARTIFACTS, 'idle-lock-nl.png'), fullPage: true })
    for (const [language, text] of [
      ['fr', 'Idle Lock B.V. a été verrouillée après 5 minutes sans activité.'],
      ['en', 'Idle Lock B.V. was locked after 5 minutes without activity.']
    ] as const) {
      await page.getByText(language.toUpperCase(), { exact: true }).click()
      await notice.getByText(text, { exact: false }).waitFor()
      await page.screenshot({ path: join(ARTIFACTS, `idle-lock-${language}.png`), fullPage: true })
    }
    await page.getByText('NL', { exact: true }).click()

    // the locked administration is the one offered; the passphrase opens it again
    await expect(page.getByRole('combobox', { name: 'Administratie' }).inputValue()).resolves.toBe('Idle Lock B.V.')
    await page.getByRole('textbox', { name: 'Wachtwoordzin', exact: true }).fill(PASS.passphrase)
    await page.getByRole('button', { name: 'Ontgrendelen' }).click()
    // back on the page the bookkeeper was on
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor()
    expect(await page.getByTestId('session-locked').count()).toBe(0)
    expect(h.problems).toEqual([])
    await page.close()
  }, 120_000)
})
