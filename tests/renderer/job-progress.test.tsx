// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import { expect, it } from 'vitest'
import { openNewAdministration } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const app = useTestApp()

it('shows the progress main reports for a long job and hides it when the job finishes', async () => {
  await openNewAdministration(app(), 'Voortgang', { mode: 'passphrase', passphrase: 'lange klussen' })
  renderApp(app(), 'en')
  await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
  app().services.events.jobProgress({ jobId: 'import-1', label: 'nav.invoices', done: 1200, total: 3000, finished: false })
  expect(await screen.findByText('Running: Invoices (1200 of 3000)')).toBeInTheDocument()
  expect(screen.getByRole('progressbar', { name: 'Invoices' })).toHaveAttribute('aria-valuenow', '40')
  app().services.events.jobProgress({ jobId: 'import-1', label: 'nav.invoices', done: 3000, total: 3000, finished: true })
  await waitFor(() => expect(screen.queryByText(/^Running:/)).not.toBeInTheDocument())
})
