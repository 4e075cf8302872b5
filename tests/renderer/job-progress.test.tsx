// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createTestServices, openNewAdministration, type TestServices } from '../main/ipc/services'
import { renderApp } from './render-app'

let t: TestServices
beforeEach(() => {
  t = createTestServices()
  localStorage.clear()
})
afterEach(() => {
  cleanup()
  t.dispose()
})

it('shows the progress main reports for a long job and hides it when the job finishes', async () => {
  await openNewAdministration(t, 'Voortgang', { mode: 'passphrase', passphrase: 'lange klussen' })
  renderApp(t, 'en')
  await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
  t.services.events.jobProgress({ jobId: 'import-1', label: 'nav.invoices', done: 1200, total: 3000, finished: false })
  expect(await screen.findByText('Running: Invoices (1200 of 3000)')).toBeInTheDocument()
  expect(screen.getByRole('progressbar', { name: 'Invoices' })).toHaveAttribute('aria-valuenow', '40')
  t.services.events.jobProgress({ jobId: 'import-1', label: 'nav.invoices', done: 3000, total: 3000, finished: true })
  await waitFor(() => expect(screen.queryByText(/^Running:/)).not.toBeInTheDocument())
})
