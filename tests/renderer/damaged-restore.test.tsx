// @vitest-environment jsdom
// An administration whose file is empty is not opened (nor rebuilt): the picker says so and offers to
// restore a backup in its place, here in browser mode through the browser's file picker.
import { readdirSync, readFileSync, truncateSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { customers } from '../../src/main/db/schema'
import { readRegistry } from '../../src/main/domains/administrations/registry'
import { call, openNewAdministration } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const kantoor = { mode: 'passphrase', passphrase: 'kantoor geheim' } as const
let backup = ''

const app = useTestApp({
  setup: async (t) => {
    await openNewAdministration(t, 'Kantoor', kantoor)
    t.services.session.db().insert(customers).values({ code: 'K1', name: 'Vandersteen' }).run()
    backup = join(t.dataDir, 'Kantoor 2026-06-30.debito-backup')
    t.services.session.backupTo(backup, 'back-up geheim')
    await call(t.dispatch, 'administrations:close', {})
    truncateSync(join(t.dataDir, readRegistry(t.dataDir).administrations[0]!.file), 0)
  }
})

describe('a damaged administration in the picker', () => {
  it('says the file is missing or damaged and restores a backup in its place', async () => {
    const user = userEvent.setup()
    renderApp(app())
    await user.type(await screen.findByLabelText('Wachtwoordzin', { selector: 'input[type=password]' }), kantoor.passphrase)
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }))
    const alert = (await screen.findByText('Het bestand van deze administratie ontbreekt of is beschadigd', {}, { timeout: 10_000 })).closest('[role=alert]')
    expect(alert).toHaveTextContent('Debito maakt er geen nieuw, leeg bestand voor aan')
    expect(screen.queryByText('Onjuiste wachtwoordzin')).toBeNull()

    await user.upload(screen.getByLabelText('Herstellen uit back-up…'), new File([readFileSync(backup)], 'Kantoor 2026-06-30.debito-backup'))
    const dialog = await screen.findByRole('dialog', { name: 'Back-up terugzetten' })
    expect(within(dialog).getByText(/terug in Kantoor, in plaats van het ontbrekende of beschadigde bestand/)).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText(/^Wachtwoordzin van de back-up/), 'back-up geheim')
    await user.type(within(dialog).getByLabelText('Wachtwoordzin van Kantoor'), kantoor.passphrase)
    await user.click(within(dialog).getByRole('button', { name: 'Terugzetten en openen' }))
    expect(await screen.findByText('Kantoor is teruggezet en geopend.', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(app().services.session.db().select().from(customers).all().map((c) => c.name)).toEqual(['Vandersteen'])
    // the empty file was kept aside, the uploaded copy of the backup is gone
    const folder = dirname(join(app().dataDir, readRegistry(app().dataDir).administrations[0]!.file))
    expect(readdirSync(folder).some((f) => f.startsWith('debito.db.damaged-'))).toBe(true)
    expect(readdirSync(join(app().dataDir, 'incoming'))).toEqual([])
  })
})
