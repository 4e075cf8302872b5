// @vitest-environment jsdom
// The default policies of a Dutch administration read in the UI language in Settings (list and editor) and a
// policy the user renamed keeps its name.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import type { PolicyDto } from '../../src/shared/ipc/dunning.contract'
import { call, openNewAdministration } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const app = useTestApp({ hash: '/settings', setup: (t) => openNewAdministration(t, 'Bakkerij Jansen') })

it('shows the shipped policy and level names in English and French, a renamed policy as named', async () => {
  const policies = (await call(app().dispatch, 'dunning:list-policies')) as PolicyDto[]
  expect(policies.map((p) => p.name)).toContain('Zakelijk Nederland')
  const beB2b = policies.find((p) => p.regime === 'BE-b2b') as PolicyDto
  const { id: _id, ...input } = beB2b
  await call(app().dispatch, 'dunning:save-policy', { id: beB2b.id, policy: { ...input, name: 'Belgische klanten' } })

  const { unmount } = renderApp(app(), 'en')
  const list = await screen.findByTestId('policies')
  for (const name of ['Business Netherlands', 'Consumers Netherlands', 'Consumers Belgium', 'Belgische klanten']) expect(await within(list).findByText(name)).toBeInTheDocument()
  expect(within(list).queryByText('Zakelijk Nederland')).not.toBeInTheDocument()
  expect(within(list).queryByText('Business Belgium')).not.toBeInTheDocument()

  // the editor opens with the names the user reads; saved unchanged they stay the shipped names
  const nlRow = within(list).getByText('Business Netherlands').closest('.mantine-Group-root')?.parentElement?.parentElement as HTMLElement
  await userEvent.setup().click(within(nlRow).getByRole('button', { name: 'Edit' }))
  const dialog = await screen.findByRole('dialog')
  const names = within(dialog).getAllByRole('textbox', { name: 'Name' }).map((input) => (input as HTMLInputElement).value)
  expect(names).toEqual(['Business Netherlands', 'Reminder', 'Demand for payment', 'Final demand', 'Phone call'])
  unmount()

  renderApp(app(), 'fr')
  const fr = await screen.findByTestId('policies')
  expect(await within(fr).findByText('Entreprises Pays-Bas')).toBeInTheDocument()
  expect(within(fr).getByText('Belgische klanten')).toBeInTheDocument()
})
