// @vitest-environment jsdom
// #13: a send menu offers an .eml only for a customer with an e-mail address; otherwise the option is greyed
// out with the reason in the user's language (the instalment reminder, the customer's letters and a reminder
// run share one check), so nobody picks it only to be refused by main.
import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { createPlan, planDetail, proposePlan } from '../../src/main/domains/arrangements/plans.service'
import { ApiProvider } from '../../src/renderer/src/api/ApiProvider'
import { createApi } from '../../src/renderer/src/api/client'
import { createQueryClient } from '../../src/renderer/src/api/query-client'
import { ReminderLetter } from '../../src/renderer/src/features/arrangements/TaskActions'
import { emlOption } from '../../src/renderer/src/features/letters/eml-option'
import { createI18n } from '../../src/renderer/src/i18n'
import { theme } from '../../src/renderer/src/theme'
import { addInvoice } from '../main/dunning/dunning-db'
import { openNewAdministration } from '../main/ipc/services'
import { addAddressedCustomer, setUpLetterhead } from '../main/letters/letters-db'
import { inProcessTransport, installDomShims, useTestApp } from './render-app'

const app = useTestApp({ setup: (t) => openNewAdministration(t, 'Termijnen B.V.') })

/** A running three-instalment plan of a customer with (or without) an e-mail address; its first instalment. */
function firstInstalment(code: string, email: string | null): number {
  const db = app().services.session.db()
  setUpLetterhead(db)
  const customer = addAddressedCustomer(db, { code, name: `Klant ${code}`, email, language: 'nl' })
  const invoiceIds = [addInvoice(db, { customer, number: `${code}-1`, dueDate: '2026-02-01', amountCents: 30_000 })]
  const terms = { customerId: customer, invoiceIds, frequency: 'monthly' as const, startDate: '2026-03-31' }
  const plan = createPlan(db, { ...terms, schedule: proposePlan(db, { ...terms, instalments: 3 }, '2026-03-01').schedule }, '2026-03-01')
  return planDetail(db, plan.id, '2026-03-01').instalments.find((i) => i.seq === 1)!.id
}

function renderReminder(instalmentId: number, language: 'nl' | 'fr' | 'en') {
  installDomShims()
  const i18n = createI18n(language)
  const api = createApi(inProcessTransport(app()))
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={createQueryClient(() => {})}>
          <ApiProvider api={api}>
            <ReminderLetter instalmentId={instalmentId} />
          </ApiProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  )
  return i18n
}

async function openMenu(label: string) {
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: label }))
  // jsdom plays no transition: the dropdown stays display:none, so its items count as hidden
  return screen.findByRole('menu', { hidden: true })
}

describe('the .eml option of a send menu', () => {
  it('is greyed out with the reason for an instalment reminder to a customer without e-mail', async () => {
    const instalment = firstInstalment('K1', null)
    renderReminder(instalment, 'nl')
    const menu = await openMenu('Herinnering versturen')
    const eml = await within(menu).findByRole('menuitem', { name: /E-mail \(\.eml\)/, hidden: true })
    await within(eml).findByText('Deze klant heeft geen e-mailadres; vul het aan bij de klant om een .eml te maken.')
    expect(eml).toBeDisabled()
    expect(within(menu).getByRole('menuitem', { name: 'Afdrukken', hidden: true })).toBeEnabled()
  })

  it('gives the reason in French too', async () => {
    renderReminder(firstInstalment('K2', ''), 'fr')
    const menu = await openMenu('Envoyer le rappel')
    const eml = await within(menu).findByRole('menuitem', { name: /E-mail \(\.eml\)/, hidden: true })
    await within(eml).findByText('Ce client n’a pas d’adresse e-mail ; ajoutez-la sur la fiche client pour créer un .eml.')
    expect(eml).toBeDisabled()
  })

  it('is offered for a customer with an e-mail address', async () => {
    renderReminder(firstInstalment('K3', 'boekhouding@klant.nl'), 'en')
    const menu = await openMenu('Send the reminder')
    const eml = await within(menu).findByRole('menuitem', { name: 'E-mail (.eml)', hidden: true })
    // the recipient query has answered once the option is enabled
    await expect.poll(() => (eml as HTMLButtonElement).disabled).toBe(false)
    expect(within(menu).queryByText(/no e-mail address/)).toBeNull()
  })

  it('is greyed out for a run only when none of its customers has an e-mail address', () => {
    const t = createI18n('en').t
    expect(emlOption(0, 3, t)).toEqual({ disabled: true, reason: 'None of the customers in this run has an e-mail address.' })
    expect(emlOption(0, 1, t)).toEqual({ disabled: true, reason: 'This customer has no e-mail address; add it to the customer to make an .eml.' })
    expect(emlOption(1, 3, t)).toEqual({ disabled: false, reason: null })
  })
})
