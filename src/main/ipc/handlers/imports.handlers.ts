// The wizard's steps over the import service. Every step re-reads the staged file with the user's
// current choices, so what is committed is exactly what the last preview showed. A large file is read
// (and written) through the import worker, with progress, while the window stays responsive.
import type { Cell } from '../../../shared/domains/imports/records'
import { rejectedRowsCsv } from '../../../shared/domains/imports/rejected-csv'
import { type ImportOptionsDto, type ImportPreviewDto, type importsContract, PREVIEW_LIMIT } from '../../../shared/ipc/imports.contract'
import type { RejectedRow } from '../../../shared/domains/imports/records'
import { AppError } from '../../../shared/errors'
import type { AllocationConflict } from '../../../shared/domains/imports/allocation-guard'
import { allocationConflicts } from '../../domains/imports/allocation-conflicts'
import { importFile, importXafFiles, readImportFile, readXafFiles } from '../../domains/imports/import-stream'
import { detectFormat } from '../../domains/imports/preview'
import type { XafSource } from '../../domains/imports/xaf/source'
import { deleteMapping, listMappings, saveMapping } from '../../domains/imports/mappings.repo'
import type { ImportPreview } from '../../domains/imports/preview'
import type { AppServices } from '../../session/app-services'
import { progressJob } from '../../session/progress-job'
import { stagedFiles } from '../../session/staged-files'
import type { DomainHandlers } from '../handlers'

const cellText = (c: Cell): string => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))

const rejectedDto = (rows: readonly RejectedRow[]) => rows.slice(0, PREVIEW_LIMIT).map(({ line, cells, problems }) => ({ line, cells, problems }))

function toDto(p: ImportPreview, conflicts: readonly AllocationConflict[]): ImportPreviewDto {
  const names = new Map(p.customers.map((c) => [c.code, c.name]))
  return {
    fileName: p.fileName,
    format: p.format,
    preset: p.preset,
    target: p.target,
    headers: p.headers,
    mapping: p.mapping,
    encoding: p.encoding,
    delimiter: p.delimiter,
    decimalMarks: p.decimalMarks,
    rowCount: p.rowCount,
    customerCount: p.customers.length,
    invoiceCount: p.invoices.length,
    rejectedCount: p.rejected.length,
    errorCount: p.problems.filter((x) => x.severity === 'error').length,
    warningCount: p.problems.filter((x) => x.severity === 'warning').length,
    canImport: p.canImport,
    sample: p.sample.slice(0, 20).map((r) => ({ line: r.line, cells: r.cells.map(cellText) })),
    invoices: p.invoices.slice(0, PREVIEW_LIMIT).map((i) => ({
      line: i.line,
      customerCode: i.customerCode,
      customerName: names.get(i.customerCode) ?? '',
      number: i.number,
      invoiceDate: i.invoiceDate,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      openCents: i.openCents
    })),
    problems: p.problems.slice(0, PREVIEW_LIMIT),
    allocationConflicts: conflicts.slice(0, PREVIEW_LIMIT),
    allocationConflictCount: conflicts.length,
    xaf: p.xaf ?? null
  }
}

export function importsHandlers({ session, events }: AppServices): DomainHandlers<typeof importsContract> {
  const staged = stagedFiles(session)
  const input = (fileId: string) => {
    session.db()
    const file = staged.get(fileId)
    return { bytes: file.bytes, fileName: file.name }
  }
  /** The auditfiles of one import (split parts, fiscal years), or null when the first file is no auditfile. */
  const auditfiles = (fileId: string, moreFileIds: readonly string[]): XafSource[] | null => {
    session.db()
    const files = [fileId, ...moreFileIds].map((id) => staged.get(id))
    const xaf = files.map((f) => f.path !== null || detectFormat(f.bytes, f.name) === 'xaf')
    if (!xaf[0] && moreFileIds.length === 0) return null
    if (xaf.includes(false)) throw new AppError('validation', 'Only auditfiles (XAF) are imported several at once.', 'moreFileIds')
    return files.map((f) => (f.path === null ? { fileName: f.name, bytes: f.bytes } : { fileName: f.name, path: f.path }))
  }
  /**
   * One job in the header's progress indicator: rows done of the file's rows, or for an auditfile
   * (read in bytes, then written in items) the percentage of each step.
   */
  const job = (label: string, percent = false) => {
    const progress = progressJob(events, label)
    const report = (done: number, total: number) => (percent && total > 0 ? progress.report(Math.round((100 * done) / total), 100) : progress.report(done, total))
    return { report, end: progress.end }
  }
  const preview = async (fileId: string, moreFileIds: readonly string[], options: ImportOptionsDto) => {
    const sources = auditfiles(fileId, moreFileIds)
    const reading = job(sources ? 'imports.xaf.readJob' : 'imports.readJob', sources !== null)
    try {
      return await (sources ? readXafFiles(sources, options, reading.report) : readImportFile(input(fileId), options, reading.report))
    } finally {
      reading.end()
    }
  }
  return {
    'imports:preview': async ({ fileId, moreFileIds, options }) => {
      const p = await preview(fileId, moreFileIds, options)
      return toDto(p, allocationConflicts(session.db(), p.invoices))
    },
    'imports:commit': async ({ fileId, moreFileIds, options, validRowsOnly, full, defaultTermDays }) => {
      const sources = auditfiles(fileId, moreFileIds)
      const writing = job(sources ? 'imports.xaf.job' : 'imports.job', sources !== null)
      writing.report(0, 0)
      const commit = { validRowsOnly, full, ...(defaultTermDays === undefined ? {} : { defaultTermDays }) }
      const hooks = { onProgress: writing.report }
      try {
        const { summary } = await session.exclusive(() =>
          sources ? importXafFiles(session.db(), sources, options, commit, hooks) : importFile(session.db(), input(fileId), options, commit, hooks)
        )
        events.dataChanged(['invoices', 'customers', 'dashboard', 'dunning', 'reports'])
        const { customers, invoices, history, openTotalCents, paidHistory, missing } = summary
        return {
          fileName: summary.fileName,
          full: summary.full,
          customers,
          invoices,
          history,
          openTotalCents,
          paidHistory,
          missing,
          amountChanges: summary.amountChanges.slice(0, PREVIEW_LIMIT),
          allocationConflicts: summary.allocationConflicts.slice(0, PREVIEW_LIMIT),
          allocationConflictCount: summary.allocationConflicts.length,
          rejectedCount: summary.rejected.length,
          rejected: rejectedDto(summary.rejected)
        }
      } finally {
        writing.end()
      }
    },
    'imports:rejected-csv': async ({ fileId, moreFileIds, options, labels }) => {
      const p = await preview(fileId, moreFileIds, options)
      return { fileName: p.fileName.replace(/\.[^.]*$/, '') + '-rejected.csv', csv: rejectedRowsCsv(p.headers, p.rejected, labels) }
    },
    'imports:list-mappings': () => listMappings(session.db()),
    'imports:save-mapping': (input) => {
      const saved = saveMapping(session.db(), input)
      events.dataChanged(['settings'])
      return saved
    },
    'imports:delete-mapping': ({ name }) => {
      deleteMapping(session.db(), name)
      events.dataChanged(['settings'])
      return null
    }
  }
}
