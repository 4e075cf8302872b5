// Reports over the one definition of open items: position, aging, KPIs and their trend, the lists, and
// exports written where the user chooses (desktop) or downloaded once from the server (browser mode).
import { basename } from 'node:path'
import { addDays, addMonths, localToday } from '../../../shared/dates'
import type { ExportFormat } from '../../../shared/domains/reports/document'
import { reportTexts } from '../../../shared/domains/reports/texts'
import type { ExportRequestDto, ExportResultDto, reportsContract } from '../../../shared/ipc/reports.contract'
import { openPosition } from '../../domains/receivables/open-position'
import { agingReport } from '../../domains/reports/aging.queries'
import { agingSettings, setAgingSettings } from '../../domains/reports/aging-settings'
import { exportFileName, exportReport, exportToFile } from '../../domains/reports/export.service'
import type { ExportSpec } from '../../domains/reports/export-documents'
import { kpiReport, kpiTrend } from '../../domains/reports/kpi.queries'
import { reportList } from '../../domains/reports/lists'
import type { AppServices } from '../../session/app-services'
import { progressJob } from '../../session/progress-job'
import type { DomainHandlers } from '../handlers'

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf'
}

/** The default KPI period: the three months up to `to`. */
const threeMonthsBefore = (to: string) => addDays(addMonths(to, -3), 1)

export function reportsHandlers({ session, events, platform, downloads }: AppServices): DomainHandlers<typeof reportsContract> {
  async function runExport(req: ExportRequestDto): Promise<ExportResultDto> {
    session.db() // refuse before a dialog opens when no administration is open
    const asOf = req.asOf ?? localToday()
    const spec: ExportSpec = { report: req.report, asOf, basis: req.basis, bounds: req.bounds, from: req.report === 'kpis' ? (req.from ?? threeMonthsBefore(asOf)) : req.from, search: req.search }
    const fileName = exportFileName(reportTexts(req.language).titles[req.report], asOf, req.format)
    const write = async (out: Parameters<typeof exportReport>[4]) => {
      const job = progressJob(events, 'reports.exportJob')
      job.report(0, 0)
      try {
        return await exportReport(session.db(), spec, req.format, req.language, out, job.report)
      } finally {
        job.end()
      }
    }
    if (platform.dialogs) {
      const path = await platform.dialogs.saveFile(req.format === 'pdf' ? 'pdf' : 'spreadsheet', fileName)
      if (path === null) return { status: 'cancelled' }
      const rows = await exportToFile(path, write)
      return { status: 'saved', fileName: basename(path), rows }
    }
    const ticket = downloads.issue({ fileName, contentType: CONTENT_TYPES[req.format], produce: write })
    return { status: 'download', fileName, url: `/download/${ticket}` }
  }

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
      return kpiReport(session.db(), from ?? threeMonthsBefore(end), end)
    },
    'reports:get-kpi-trend': ({ asOf, months }) => kpiTrend(session.db(), asOf ?? localToday(), months),
    'reports:list': ({ list, asOf, search, offset, limit }) => reportList(session.db(), list, { asOf: asOf ?? localToday(), search }, offset, limit),
    'reports:export': runExport
  }
}
