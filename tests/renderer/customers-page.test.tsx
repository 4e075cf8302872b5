// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { customers, invoices } from '../../src/main/db/schema'
import { openNewAdministration } from '../main/ipc/services'
import { renderApp, useLayoutShim, useTestApp } from './render-app'

const app = useTestApp({
  hash: '#/customers',
  setup: async (t) => {
    await openNewAdministration(t, 'Loodgieter De Vries')
    const db = t.services.session.db()
    const [mueller] = db
      .insert(customers)
      .values([
        { code: 'D100', name: 'Müller Haustechnik GmbH', country: 'DE', language: 'en', addressLine: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin' },
        { code: 'B200', name: 'Peeters NV', country: 'BE', language: 'nl', city: 'Gent' }
      ])
      .returning({ id: customers.id })
      .all()
    db.insert(invoices).values({ customerId: mueller!.id, number: 'F2026-0042', invoiceDate: '2026-01-01', dueDate: '2026-01-31', amountCents: 11_735, openCents: 11_735 }).run()
  }
})

useLayoutShim()

const row = (name: string) => screen.findByText(name, { selector: 'td, td *' })

describe('customers page', () => {
  it('opens a customer with their address (country line abroad) and their invoices', async () => {
    const user = userEvent.setup()
    renderApp(app())
    await user.click(await row('Müller Haustechnik GmbH'))
    const drawer = await screen.findByRole('dialog', { name: 'Müller Haustechnik GmbH' })
    const address = await within(drawer).findByTestId('customer-address')
    expect(address).toHaveTextContent('Hauptstraße 5')
    expect(address).toHaveTextContent('10115 Berlin')
    expect(address).toHaveTextContent('DUITSLAND')
    await user.click(within(drawer).getByRole('tab', { name: 'Facturen' }))
    expect(await within(drawer).findByText('F2026-0042')).toBeInTheDocument()
  })

  it('after a search nothing on the page still shows the customer opened before', async () => {
    const user = userEvent.setup()
    renderApp(app())
    await user.click(await row('Müller Haustechnik GmbH'))
    await screen.findByRole('dialog', { name: 'Müller Haustechnik GmbH' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await user.type(screen.getByLabelText('Zoeken'), 'Peeters')
    await waitFor(() => expect(screen.queryByText('Müller Haustechnik GmbH')).toBeNull())
    expect(screen.queryByLabelText('Risicokaart')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Klant bewerken' })).toBeNull()
    await user.click(await row('Peeters NV'))
    const drawer = await screen.findByRole('dialog', { name: 'Peeters NV' })
    await user.click(within(drawer).getByRole('button', { name: 'Klant bewerken' }))
    const form = await screen.findByRole('form', { name: 'Klant bewerken' })
    await waitFor(() => expect(within(form).getByLabelText(/^Naam/)).toHaveValue('Peeters NV'))
  })
})
