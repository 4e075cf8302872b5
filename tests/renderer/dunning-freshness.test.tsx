// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { bankAccounts } from '../../src/main/db/schema'
import { call, openNewAdministration } from '../main/ipc/services'
import { renderApp, useTestApp } from './render-app'

const app = useTestApp({ hash: '/dunning' })

it('warns above the reminder list when the bank data is stale, and names the account', async () => {
  const unlock = { mode: 'passphrase', passphrase: 'afschriften 2026' } as const
  await openNewAdministration(app(), 'Garage Peeters', unlock)
  app().services.session.db().insert(bankAccounts).values({ account: 'BE68539007547034', lastStatementDate: '2025-01-31' }).run()
  await call(app().dispatch, 'payments:set-freshness', { maxAgeDays: 7, mode: 'block' })
  renderApp(app())
  expect(await screen.findByRole('heading', { level: 1, name: 'Aanmaningen' })).toBeInTheDocument()
  const alert = await screen.findByTestId('freshness-alert')
  expect(alert).toHaveTextContent('Bankgegevens ouder dan 7 dagen (BE68539007547034): aanmaningen zijn geblokkeerd')
})
