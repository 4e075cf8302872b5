// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { customers, invoices } from '../../src/main/db/schema'
import { call, openNewAdministration } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const app = useTestApp()

const openPlumber = () => openNewAdministration(app(), 'Loodgieter De Vries', { mode: 'passphrase', passphrase: 'leidingwerk 2026' })

describe('app flow in jsdom against the real handlers', () => {
  it('creates the first administration from the picker and lands on its dashboard', async () => {
    const user = userEvent.setup()
    renderApp(app())
    expect(await screen.findByText('Er is nog geen administratie. Maak hieronder de eerste aan.')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/^Naam/), 'Bakkerij Jansen')
    await user.type(screen.getByLabelText('Wachtwoordzin (minstens 8 tekens)'), 'deeg en kruimels')
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 'deeg en kruimel')
    await user.click(screen.getByRole('button', { name: 'Aanmaken en openen' }))
    expect(await screen.findByText('De wachtwoordzinnen zijn niet gelijk.')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Herhaal de wachtwoordzin'), 's')
    await user.click(screen.getByRole('button', { name: 'Aanmaken en openen' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' }, { timeout: 10_000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Andere administratie' })).toHaveTextContent('Bakkerij Jansen')
    expect(app().services.session.current()?.name).toBe('Bakkerij Jansen')
  })

  it('shows a wrong passphrase next to the field, in Dutch', async () => {
    const user = userEvent.setup()
    await call(app().dispatch, 'administrations:create', { name: 'Slotenmaker', unlock: { mode: 'passphrase', passphrase: 'sleutelbos 42' } })
    renderApp(app())
    await user.type(await screen.findByLabelText('Wachtwoordzin', { selector: 'input[type=password]' }), 'verkeerde sleutel')
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }))
    expect(await screen.findByText('Onjuiste wachtwoordzin', {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(app().services.session.current()).toBeNull()
  })

  it('switches the UI language and tells main, which drives the native menus', async () => {
    const languages: string[] = []
    app().services.platform.setLanguage = (language) => languages.push(language)
    await openPlumber()
    const user = userEvent.setup()
    renderApp(app())
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    await user.click(screen.getByText('FR'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation')).getByText('Factures')).toBeInTheDocument()
    await waitFor(() => expect(languages.at(-1)).toBe('fr'))
    expect(localStorage.getItem('debito.language')).toBe('fr')
  })

  it('refreshes the dashboard when main pushes a data-changed event', async () => {
    await openPlumber()
    renderApp(app())
    expect(await screen.findByText('0 open posten')).toBeInTheDocument()
    const db = app().services.session.db()
    const customer = db.insert(customers).values({ code: 'K1', name: 'Klant Een' }).returning({ id: customers.id }).get()
    db.insert(invoices).values({ customerId: customer.id, number: 'F1', invoiceDate: '2026-01-01', dueDate: '2026-01-31', amountCents: 123_456, openCents: 123_456 }).run()
    app().services.events.dataChanged(['dashboard'])
    expect(await screen.findByText('1 open post')).toBeInTheDocument()
    expect(screen.getAllByText(/€\s1\.234,56/).length).toBeGreaterThan(0)
  })

  it('saves the profile and shows a rejected IBAN at its field', async () => {
    await openPlumber()
    window.location.hash = '#/settings'
    const user = userEvent.setup()
    renderApp(app())
    const iban = await screen.findByLabelText('IBAN')
    await user.type(iban, 'NL00 BANK 0123 4567 89')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    expect(await screen.findByText('Dit is geen geldig IBAN.')).toBeInTheDocument()
    await user.clear(iban)
    await user.type(iban, 'nl91 abna 0417 1643 00')
    await user.click(screen.getByRole('button', { name: 'Opslaan' }))
    await waitFor(() => expect(screen.getByLabelText('IBAN')).toHaveValue('NL91ABNA0417164300'))
    window.location.hash = ''
  })
})
