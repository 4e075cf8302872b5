// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/renderer/src/components/ErrorBoundary'
import { createI18n } from '../../src/renderer/src/i18n'
import { installDomShims } from './render-app'

afterEach(cleanup)

let broken = true
function Fragile() {
  if (broken) throw new Error('render failed')
  return <p>Alles in orde</p>
}

function Harness() {
  const [section, setSection] = useState('dashboard')
  return (
    <>
      <button onClick={() => setSection('invoices')}>naar facturen</button>
      <ErrorBoundary resetKey={section}>
        <Fragile />
      </ErrorBoundary>
    </>
  )
}

it('shows a calm, translated message instead of a blank screen, and recovers', async () => {
  installDomShims()
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const user = userEvent.setup()
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <MantineProvider>
        <Harness />
      </MantineProvider>
    </I18nextProvider>
  )
  expect(screen.getByRole('alert')).toHaveTextContent("Cet écran n'a pas pu être affiché")
  expect(screen.getByRole('alert')).toHaveTextContent("Vos données n'ont pas été modifiées")
  broken = false
  await user.click(screen.getByRole('button', { name: 'naar facturen' }))
  expect(screen.getByText('Alles in orde')).toBeInTheDocument()
  quiet.mockRestore()
})
