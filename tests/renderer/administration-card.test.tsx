// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createTestServices, openNewAdministration, type TestServices } from '../main/ipc/services'
import { renderApp } from './render-app'

let t: TestServices
beforeEach(async () => {
  t = createTestServices()
  localStorage.clear()
  await openNewAdministration(t, 'Garage Peeters', { mode: 'passphrase', passphrase: 'olie verversen' })
  window.location.hash = '#/settings'
})
afterEach(() => {
  cleanup()
  t.dispose()
  window.location.hash = ''
})

it('renames the open administration', async () => {
  const user = userEvent.setup()
  renderApp(t)
  const input = await screen.findByLabelText('Naam in de lijst')
  await user.clear(input)
  await user.type(input, 'Garage Peeters & Zonen')
  await user.click(screen.getByRole('button', { name: 'Naam wijzigen' }))
  await waitFor(() => expect(screen.getByRole('button', { name: 'Andere administratie' })).toHaveTextContent('Garage Peeters & Zonen'))
  expect(t.services.administrations.list().map((a) => a.name)).toEqual(['Garage Peeters & Zonen'])
})

it('archives only after confirmation, then closes it and returns to the picker', async () => {
  const user = userEvent.setup()
  renderApp(t)
  await user.click(await screen.findByRole('button', { name: 'Archiveren…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Garage Peeters archiveren?' })
  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }))
  expect(t.services.administrations.list()).toHaveLength(1)

  await user.click(screen.getByRole('button', { name: 'Archiveren…' }))
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Archiveren' }))
  expect(await screen.findByRole('heading', { name: 'Administraties' })).toBeInTheDocument()
  expect(t.services.session.current()).toBeNull()
  expect(t.services.administrations.list({ includeArchived: true })).toMatchObject([{ name: 'Garage Peeters', archived: true }])
})
