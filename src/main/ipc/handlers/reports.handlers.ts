// Reports over the one definition of open items: position, aging, KPIs and their trend.
import { addDays, addMonths, localToday } from '../../../shared/dates'
import type { reportsContract } from '../../../shared/ipc/reports.contract'
import { openPosition } from '../../domains/receivables/open-position'
import { agingReport } from '../../domains/reports/aging.queries'
import { agingSettings, setAgingSettings } from '../../domains/reports/aging-settings'
import { kpiReport, kpiTrend } from '../../domains/reports/kpi.queries'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

export function reportsHandlers({ session, events }: AppServices): DomainHandlers<typeof reportsContract> {
  return {
    'reports:get-position': ({ asOf }) => openPosition(session.db(), asOf ?? localToday()),
    'reports:get-aging': ({ asOf, basis, bounds, offset, limit, search }) => {
      const db = session.db()
      const report = agingReport(db, { asOf: asOf ?? localToday(), ...agingSettings(db), ...(basis ? { basis } : {}), ...(bounds ? { bounds } : {}) })
      const needle = search?.toLocaleLowerCase()
      const customers = needle ? report.customers.filter((c) => c.code.toLocaleLowerCase().includes(needle) || c.name.toLocaleLowerCase().includes(needle)) : report.customers
      return { ...report, customers: customers.slice(offset, offset + limit), customersTotal: customers.length }
    },
    'reports:get-aging-settings': () => agingSettings(session.db()),
    'reports:set-aging-settings': (next) => {
      const saved = setAgingSettings(session.db(), next)
      events.dataChanged(['settings', 'dashboard', 'reports'])
      return saved
    },
    'reports:get-kpis': ({ from, to }) => {
      const end = to ?? localToday()
      return kpiReport(session.db(), from ?? addDays(addMonths(end, -3), 1), end)
    },
    'reports:get-kpi-trend': ({ asOf, months }) => kpiTrend(session.db(), asOf ?? localToday(), months)
  }
}
