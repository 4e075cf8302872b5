// @vitest-environment jsdom
// The restore dialog a double-clicked backup opens, the picker's backup parts and the Settings backup card,
// against the real handlers. Only the native save/open dialogs are stand-ins (they need Electron).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { customers } from '../../src/main/db/schema'
import { createAppDispatch } from '../../src/main/ipc/dispatch'
import { createAppServices } from '../../src/main/session/app-services'
import { call, openNewAdministration, type TestServices } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const app = useTestApp()
const kantoor = { mode: 'passphrase', passphrase: 'kantoor geheim' } as const

/** "Kantoor" with one customer, written to a backup (locked with "back-up geheim") and closed again. */
async function backupOfKantoor(t: TestServices): Promise<string> {
  await openNewAdministration(t, 'Kantoor', kantoor)
  t.services.session.db().insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run()
  const file = join(t.dataDir, 'Kantoor 2026-06-30.debito-backup')
  t.services.session.backupTo(file, 'back-up geheim')
  await call(t.dispatch, 'administrations:close', {})
  return file
}

function desktop(t: TestServices, chosen: string | null): void {
  t.services.platform.mode = 'desktop'
  t.services.platform.dialogs = { openFile: async () => chosen, saveFile: async (_kind, name) => (chosen ? join(chosen, name) : null) }
}

describe('backups in the UI', () => {
  it('opens the restore dialog for a waiting backup, explains mistakes, then opens the restored administration', async () => {
    const file = await backupOfKantoor(app())
    app().services.backups.add(file)
    const user = userEvent.setup()
    renderApp(app())
    const dialog = await screen.findByRole('dialog', { name: 'Back-up terugzetten' })
    expect(within(dialog).getByText(/Kantoor 2026-06-30\.debito-backup \(\d+ kB\)/)).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^Naam van de teruggezette administratie/)).toHaveValue('Kantoor')

    await user.type(within(dialog).getByLabelText(/^Wachtwoordzin van de back-up/), 'fout')
    await user.type(within(dialog).getByLabelText('Wachtwoordzin (minstens 8 tekens)'), 'laptop geheim')
    await user.type(within(dialog).getByLabelText('Herhaal de wachtwoordzin'), 'laptop geheim')
    await user.click(within(dialog).getByRole('button', { name: 'Terugzetten en openen' }))
    // "Kantoor" still exists on this computer
    expect(await within(dialog).findByText('Er is al een administratie met deze naam. Kies een andere naam.', {}, { timeout: 10_000 })).toBeInTheDocument()

    await user.type(within(dialog).getByLabelText(/^Naam van de teruggezette administratie/), ' (laptop)')
    await user.click(within(dialog).getByRole('button', { name: 'Terugzetten en openen' }))
    expect(await within(dialog).findByText('Onjuiste wachtwoordzin', {}, { timeout: 10_000 })).toBeInTheDocument()

    await user.clear(within(dialog).getByLabelText(/^Wachtwoordzin van de back-up/))
    await user.type(within(dialog).getByLabelText(/^Wachtwoordzin van de back-up/), 'back-up geheim')
    await user.click(within(dialog).getByRole('button', { name: 'Terugzetten en openen' }))
    expect(await screen.findByText('Kantoor (laptop) is teruggezet en geopend.', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Andere administratie' })).toHaveTextContent('Kantoor (laptop)')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Back-up terugzetten' })).toBeNull())
    expect(app().services.session.db().select().from(customers).all().map((c) => c.name)).toEqual(['Vandersteen'])
  })

  it('puts a backup aside with "Not now", in English', async () => {
    const file = await backupOfKantoor(app())
    app().services.backups.add(file)
    const user = userEvent.setup()
    renderApp(app(), 'en')
    const dialog = await screen.findByRole('dialog', { name: 'Restore a backup' })
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore a backup' })).toBeNull())
    expect(app().services.backups.next()).toBeNull()
    expect(app().services.administrations.list().map((a) => a.name)).toEqual(['Kantoor'])
  })

  it('restores a backup chosen from the picker in the desktop app', async () => {
    const file = await backupOfKantoor(app())
    desktop(app(), file)
    const user = userEvent.setup()
    renderApp(app(), 'fr')
    await user.click(await screen.findByRole('button', { name: 'Restaurer une sauvegarde…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restaurer une sauvegarde' })
    expect(within(dialog).getByText(/Kantoor 2026-06-30\.debito-backup/)).toBeInTheDocument()
  })

  it('warns in the picker when a copy before this version could not be made', async () => {
    await openNewAdministration(app(), 'Jansen', kantoor)
    await call(app().dispatch, 'administrations:close', {})
    const id = app().services.administrations.list()[0]?.id ?? ''
    // a file where the copies' folder should be, and a version that has not run here before
    mkdirSync(join(app().dataDir, 'administrations', id), { recursive: true })
    writeFileSync(join(app().dataDir, 'administrations', id, 'backups'), '')
    // Debito starts again, now as version 9.9.9
    const services = createAppServices({ dataDir: app().dataDir, platform: { mode: 'browser', version: '9.9.9' } })
    renderApp({ services, dispatch: createAppDispatch(services), dataDir: app().dataDir, dispose: () => services.dispose() })
    expect(await screen.findByText(/^Vóór de eerste start van Debito 9\.9\.9 kon geen veiligheidskopie worden gemaakt van: Jansen\. Er is niets gewijzigd/)).toBeInTheDocument()
  })

  it('makes a backup of the open administration from Settings (desktop), and says where it went', async () => {
    const folder = join(app().dataDir, 'saved')
    mkdirSync(folder)
    desktop(app(), folder)
    await openNewAdministration(app(), 'Garage Peeters', kantoor)
    window.location.hash = '#/settings'
    const user = userEvent.setup()
    renderApp(app())
    await user.click(await screen.findByRole('button', { name: 'Back-up maken…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Back-up van Garage Peeters maken' })
    await user.type(within(dialog).getByLabelText('Wachtwoordzin van de back-up (minstens 8 tekens)'), 'kort')
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan als…' }))
    expect(within(dialog).getByText('Gebruik minstens 8 tekens.')).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText('Wachtwoordzin van de back-up (minstens 8 tekens)'), ' genoeg')
    await user.type(within(dialog).getByLabelText('Herhaal de wachtwoordzin'), 'kort genoeg')
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan als…' }))
    expect(await screen.findByText(/^De back-up is bewaard als Garage Peeters \d{4}-\d{2}-\d{2}\.debito-backup\.$/, {}, { timeout: 10_000 })).toBeInTheDocument()
  })

  it('says in browser mode that backups are made in the desktop app', async () => {
    await openNewAdministration(app(), 'Garage Peeters', kantoor)
    window.location.hash = '#/settings'
    renderApp(app())
    expect(await screen.findByText(/Back-ups maken gaat in de desktop-app/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Back-up maken…' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Back-up terugzetten…' })).toBeNull()
  })
})
