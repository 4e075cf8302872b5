// The machine-readable summary of an import (`import … --json`), the same shape for every format;
// other tools read it, so its names never change (fields may be added).
import type { ImportPreview, ImportSummary } from '../../../shared/domains/imports/results'

export type ImportJson = {
  format: ImportPreview['format']
  customers: { new: number; updated: number }
  openItems: { new: number; updated: number; unchanged: number; archived: number }
  openTotalCents: number
  /** invoices whose settlement date the file gave */
  paidHistory: number
  fileName: string
  dryRun: boolean
  /** open items of earlier imports missing from the file (archived when `full`) */
  missing: number
  rejected: number
  /** items whose open amount the file would have raised above what their bank allocations leave: kept */
  keptByAllocations: { customerCode: string; number: string; fileOpenCents: number; keptOpenCents: number; allocatedCents: number }[]
}

export function importJson(preview: Pick<ImportPreview, 'format'>, s: ImportSummary): ImportJson {
  return {
    format: preview.format,
    customers: { new: s.customers.created, updated: s.customers.updated },
    openItems: { new: s.invoices.created, updated: s.invoices.updated + s.invoices.reopened, unchanged: s.invoices.unchanged, archived: s.invoices.archived },
    openTotalCents: s.openTotalCents,
    paidHistory: s.paidHistory,
    fileName: s.fileName,
    dryRun: s.dryRun,
    missing: s.missing,
    rejected: s.rejected.length,
    keptByAllocations: s.allocationConflicts
  }
}
