// @vitest-environment jsdom
// Settings → Updates against the real handlers and update service; the updater itself is a stand-in (it
// needs Electron) that records every contact, so the test sees that nothing happens unless clicked.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { UpdateDriver } from '../../src/main/domains/updates/updates.service'
import { createAppDispatch } from '../../src/main/ipc/dispatch'
import { createAppServices } from '../../src/main/session/app-services'
import { tempDir } from '../helpers/db'
import { fakeSafeStorage } from '../helpers/safe-storage'
import { call, type TestServices } from '../main/ipc/services'
import { renderApp } from './render-app'

let open: TestServices[] = []
afterEach(() => {
  cleanup()
  open.forEach((t) => t.dispose())
  open = []
  window.location.hash = ''
})

/** Services on a fresh data folder with one administration open (a device key: no scrypt to wait for). */
async function withOpenAdministration(platform: Parameters<typeof createAppServices>[0]['platform']): Promise<TestServices> {
  const dataDir = tempDir('debito-updates-ui-')
  const services = createAppServices({ dataDir, safeStorage: fakeSafeStorage(), platform })
  const t: TestServices = { services, dispatch: createAppDispatch(services), dataDir, dispose: () => services.dispose() }
  open.push(t)
  const { id } = (await call(t.dispatch, 'administrations:create', { name: 'Garage Peeters', unlock: { mode: 'device' } })) as { id: string }
  await call(t.dispatch, 'administrations:open', { id, unlock: { mode: 'device' } })
  window.location.hash = '#/settings'
  return t
}

async function desktopApp(newest: string | null = '0.2.0') {
  const contacts: string[] = []
  const driver: UpdateDriver = {
    check: async (url) => (contacts.push(`check ${url}`), newest ? { version: newest } : null),
    download: async (onProgress) => (contacts.push('download'), onProgress(100)),
    install: () => void contacts.push('install')
  }
  return { t: await withOpenAdministration({ mode: 'desktop', version: '0.1.0', updates: driver }), contacts }
}

describe('Settings → Updates', () => {
  it('saves a checked address, then checks, downloads and installs only on a click', async () => {
    const { t, contacts } = await desktopApp()
    const user = userEvent.setup()
    renderApp(t)
    const card = await screen.findByRole('form', { name: 'Updates' })
    expect(screen.getByText('U gebruikt Debito 0.1.0.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nu zoeken naar updates' })).toBeDisabled()
    expect(within(card).getByLabelText(/Bij elke start zoeken naar updates/)).toBeDisabled()

    await user.type(within(card).getByLabelText(/^Adres van de updateserver/), 'http://updates.kantoor.nl/debito')
    await user.click(within(card).getByRole('button', { name: 'Instellingen opslaan' }))
    expect(await within(card).findByText('Gebruik een https-adres zonder gebruikersnaam of wachtwoord erin.')).toBeInTheDocument()
    await user.clear(within(card).getByLabelText(/^Adres van de updateserver/))
    await user.type(within(card).getByLabelText(/^Adres van de updateserver/), 'https://updates.kantoor.nl/debito')
    await user.click(within(card).getByRole('button', { name: 'Instellingen opslaan' }))
    expect(await screen.findByText('De instellingen voor updates zijn opgeslagen.')).toBeInTheDocument()
    expect(contacts).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Nu zoeken naar updates' }))
    expect(await screen.findByText('Debito 0.2.0 is beschikbaar.')).toBeInTheDocument()
    expect(contacts).toEqual(['check https://updates.kantoor.nl/debito/'])
    // the header tells about it on every page
    expect(screen.getByRole('button', { name: 'Update 0.2.0' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Downloaden' }))
    expect(await screen.findByText('Debito 0.2.0 is gedownload en klaar om te installeren.')).toBeInTheDocument()
    expect(screen.getByText(/Vóór de eerste start van de nieuwe versie maakt Debito een kopie van elke administratie/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Herstarten en installeren' }))
    await waitFor(() => expect(contacts).toEqual(['check https://updates.kantoor.nl/debito/', 'download', 'install']))
  })

  it('says when this is the newest version, in English', async () => {
    const { t } = await desktopApp(null)
    t.services.updates.saveSettings({ enabled: true, feedUrl: 'https://updates.kantoor.nl/debito/', checkOnStart: false })
    const user = userEvent.setup()
    renderApp(t, 'en')
    await user.click(await screen.findByRole('button', { name: 'Check for updates now' }))
    expect(await screen.findByText(/^You have the latest version \(checked at \d{2}:\d{2}\)\.$/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Update / })).toBeNull()
  })

  it('switched off, it offers no check at all (French)', async () => {
    const { t, contacts } = await desktopApp()
    t.services.updates.saveSettings({ enabled: true, feedUrl: 'https://updates.kantoor.nl/debito/', checkOnStart: true })
    const user = userEvent.setup()
    renderApp(t, 'fr')
    const card = await screen.findByRole('form', { name: 'Mises à jour' })
    expect(within(card).getByLabelText(/Chercher des mises à jour à chaque démarrage/)).toBeChecked()
    await user.click(within(card).getByLabelText(/Autoriser les mises à jour/))
    await user.click(within(card).getByRole('button', { name: 'Enregistrer les paramètres' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Chercher des mises à jour maintenant' })).toBeDisabled())
    expect(t.services.updates.status().settings.enabled).toBe(false)
    expect(contacts).toEqual([])
  })

  it('in browser mode there is nothing to update', async () => {
    renderApp(await withOpenAdministration({ mode: 'browser', version: '0.1.0' }))
    expect(await screen.findByText('Updates horen bij de desktop-app; in de browser-modus is er niets bij te werken.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Nu zoeken naar updates' })).toBeNull()
  })
})
