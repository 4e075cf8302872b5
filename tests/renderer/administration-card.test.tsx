// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { openNewAdministration } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const app = useTestApp({ hash: '#/settings', setup: (t) => openNewAdministration(t, 'Garage Peeters', { mode: 'passphrase', passphrase: 'olie verversen' }) })

it('renames the open administration', async () => {
  const user = userEvent.setup()
  renderApp(app())
  const input = await screen.findByLabelText('Naam in de lijst')
  await user.clear(input)
  await user.type(input, 'Garage Peeters & Zonen')
  await user.click(screen.getByRole('button', { name: 'Naam wijzigen' }))
  await waitFor(() => expect(screen.getByRole('button', { name: 'Andere administratie' })).toHaveTextContent('Garage Peeters & Zonen'))
  expect(app().services.administrations.list().map((a) => a.name)).toEqual(['Garage Peeters & Zonen'])
})

it('archives only after confirmation, then closes it and returns to the picker', async () => {
  const user = userEvent.setup()
  renderApp(app())
  await user.click(await screen.findByRole('button', { name: 'Archiveren…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Garage Peeters archiveren?' })
  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }))
  expect(app().services.administrations.list()).toHaveLength(1)

  await user.click(screen.getByRole('button', { name: 'Archiveren…' }))
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Archiveren' }))
  expect(await screen.findByRole('heading', { name: 'Administraties' })).toBeInTheDocument()
  expect(app().services.session.current()).toBeNull()
  expect(app().services.administrations.list({ includeArchived: true })).toMatchObject([{ name: 'Garage Peeters', archived: true }])
})
