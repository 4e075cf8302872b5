// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { bankAccounts } from '../../src/main/db/schema'
import { call, createTestServices, openNewAdministration, type TestServices } from '../main/ipc/services'
import { renderApp } from './render-app'

let t: TestServices
beforeEach(() => {
  t = createTestServices()
  localStorage.clear()
  window.location.hash = '/dunning'
})
afterEach(() => {
  cleanup()
  t.dispose()
  window.location.hash = ''
})

it('warns above the reminder list when the bank data is stale, and names the account', async () => {
  const unlock = { mode: 'passphrase', passphrase: 'afschriften 2026' } as const
  await openNewAdministration(t, 'Garage Peeters', unlock)
  t.services.session.db().insert(bankAccounts).values({ account: 'BE68539007547034', lastStatementDate: '2025-01-31' }).run()
  await call(t.dispatch, 'payments:set-freshness', { maxAgeDays: 7, mode: 'block' })
  renderApp(t)
  expect(await screen.findByRole('heading', { level: 1, name: 'Aanmaningen' })).toBeInTheDocument()
  const alert = await screen.findByTestId('freshness-alert')
  expect(alert).toHaveTextContent('Bankgegevens ouder dan 7 dagen (BE68539007547034): aanmaningen zijn geblokkeerd')
})
