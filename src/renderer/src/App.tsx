import { Center, Loader } from '@mantine/core'
import { useEffect } from 'react'
import { useApi } from './api/ApiProvider'
import { useCurrentAdministration } from './api/session'
import { AppLayout } from './components/AppLayout'
import { AdminPicker } from './features/admin/AdminPicker'
import { RestoreBackupModal } from './features/backups/RestoreBackupModal'
import { CustomersPage } from './features/customers/CustomersPage'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { DunningPage } from './features/dunning/DunningPage'
import { ImportsPage } from './features/imports/ImportsPage'
import { InvoicesPage } from './features/invoices/InvoicesPage'
import { PaymentsPage } from './features/payments/PaymentsPage'
import { ReportsPage } from './features/reports/ReportsPage'
import { RiskPage } from './features/risk/RiskPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { TodayPage } from './features/worklist/TodayPage'
import { useLanguage } from './lib/use-language'

const PAGES = {
  dashboard: DashboardPage,
  today: TodayPage,
  invoices: InvoicesPage,
  customers: CustomersPage,
  risk: RiskPage,
  dunning: DunningPage,
  payments: PaymentsPage,
  imports: ImportsPage,
  reports: ReportsPage,
  settings: SettingsPage
}

/** The picker until an administration is open, then the app shell. */
export function App() {
  const api = useApi()
  const language = useLanguage()
  const current = useCurrentAdministration()
  // main's menus and dialogs speak the language the UI starts in
  useEffect(() => {
    void api.app.setLanguage({ language }).catch(() => undefined)
  }, [api, language])

  if (current.isPending)
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    )
  return (
    <>
      {current.data ? <AppLayout current={current.data} pages={PAGES} /> : <AdminPicker />}
      {/* a double-clicked backup can arrive on any screen */}
      <RestoreBackupModal />
    </>
  )
}
