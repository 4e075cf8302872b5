// Step two of an import: write a preview in one transaction. Matching is on (customer code, invoice number);
// what Debito knows locally (dunning level, disputes, notes, promises, plans, flags) is never touched.
import { AppError } from '../../../shared/errors'
import { addDays, type IsoDate, localToday } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type CommitOptions, commitOptionsSchema } from '../../../shared/domains/imports/options'
import { describeProblem, isFatal } from '../../../shared/domains/imports/problems'
import type { ImportedCustomer } from '../../../shared/domains/imports/records'
import type { AmountChange, ImportPreview, ImportSummary } from '../../../shared/domains/imports/results'
import { type AppDb, withRollbackJournal, withWrite } from '../../db/connection'
import { appendAudit } from '../audit/audit.repo'
import { archiveVanished } from './archive'
import { withDeferredIndexes } from './deferred-indexes'
import { type ExistingCustomer, type ExistingInvoice, type ImportStatements, prepareImportStatements } from './import.statements'

export type { AmountChange, CommitOptions, ImportSummary }

/**
 * Called every PROGRESS_STEP items while writing. The write is one synchronous transaction, so a caller
 * that wants to show progress runs the commit in a utility process and forwards these as messages.
 */
export type ImportProgress = (written: number, total: number) => void

const PROGRESS_STEP = 5_000
const BULK_ROWS = 10_000

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run')
  }
}

const keyOf = (customerId: number, number: string) => `${customerId}\u0000${number}`

export function commitImport(db: AppDb, preview: ImportPreview, options: CommitOptions = {}, onProgress?: ImportProgress): ImportSummary {
  const opts = parseInput(commitOptionsSchema, options)
  const fatal = preview.problems.find(isFatal)
  if (fatal) throw new AppError('validation', describeProblem(preview.fileName, fatal), fatal.column ?? undefined)
  const firstRejected = preview.rejected[0]?.problems.find((p) => p.severity === 'error')
  if (firstRejected && !opts.validRowsOnly)
    throw new AppError(
      'validation',
      `${preview.rejected.length} row(s) have problems, so nothing was imported. First: ${describeProblem(preview.fileName, firstRejected)}. Fix the file, or import only the valid rows.`,
      firstRejected.column ?? undefined
    )
  if (opts.full && preview.format === 'ubl')
    throw new AppError('validation', `${preview.fileName}: an e-invoice is one document, not the full list of open items; import it without "full"`)
  if (opts.full && (preview.target !== 'open-items' || preview.invoices.length === 0))
    throw new AppError('validation', `${preview.fileName}: a full re-import needs a file with open items; this one has none, and would archive every open item`)
  const today = opts.today ?? localToday()
  const summary: ImportSummary = {
    fileName: preview.fileName,
    sha256: preview.sha256,
    dryRun: opts.dryRun,
    full: opts.full,
    customers: { created: 0, updated: 0 },
    invoices: { created: 0, updated: 0, unchanged: 0, reopened: 0, archived: 0 },
    missing: 0,
    amountChanges: [],
    rejected: preview.rejected
  }
  const sqlite = db.$client
  const cacheSize = sqlite.pragma('cache_size', { simple: true })
  // decrypted index pages stay cached, which makes an encrypted bulk insert nearly as fast as a plain one
  sqlite.pragma('cache_size = -65536')
  try {
    const write = () =>
      withWrite(db, (tx) => {
        const st = prepareImportStatements(tx.$client)
        const customers = upsertCustomers(st, preview.customers, summary)
        const { seen, before } = writeInvoices(tx, st, preview, customers, { defaultTermDays: opts.defaultTermDays, today, onProgress }, summary)
        const archived = archiveVanished(tx, st, { before, seen, rejected: preview.rejected, customers, full: opts.full, today, fileName: preview.fileName })
        summary.missing = archived.missing
        summary.invoices.archived = archived.archived
        const { created, updated, reopened } = summary.invoices
        if (created + updated + reopened + archived.archived + summary.customers.created + summary.customers.updated > 0) {
          const { rejected: _rejected, amountChanges: _changes, ...counts } = summary
          appendAudit(tx, { action: 'import.committed', entity: 'import', entityId: preview.sha256, data: { ...counts, format: preview.format, preset: preview.preset, rejectedRows: preview.rejected.length } })
        }
        if (opts.dryRun) throw new DryRunRollback(summary)
        return summary
      })
    return preview.invoices.length >= BULK_ROWS ? withRollbackJournal(db, write) : write()
  } catch (err) {
    if (err instanceof DryRunRollback) return err.summary
    throw err
  } finally {
    sqlite.pragma(`cache_size = ${Number(cacheSize)}`)
  }
}

/** Customers by code: new ones are created, known ones only get the fields Debito lacks. */
function upsertCustomers(st: ImportStatements, incoming: readonly ImportedCustomer[], summary: ImportSummary): Map<string, ExistingCustomer> {
  const byCode = new Map<string, ExistingCustomer>()
  const byVat = new Map<string, ExistingCustomer>()
  for (const c of st.customers.all()) {
    byCode.set(c.code, c)
    if (c.vatNumber) byVat.set(c.vatNumber, c)
  }
  for (const c of incoming) {
    // an e-invoice has no customer code: a known VAT number finds the customer instead
    const known = byCode.get(c.code) ?? (c.vatNumber ? byVat.get(c.vatNumber) : undefined)
    if (!known) {
      const r = st.insertCustomer.run(c.code, c.name, c.debtorType, c.country, c.language, c.email, c.phone, c.addressLine, c.postalCode, c.city, c.vatNumber, c.kboNumber, c.kvkNumber, c.iban, c.paymentTermDays)
      byCode.set(c.code, { id: Number(r.lastInsertRowid), ...c })
      summary.customers.created++
      continue
    }
    byCode.set(c.code, known)
    const fill = [c.email, c.phone, c.addressLine, c.postalCode, c.city, c.vatNumber, c.kboNumber, c.kvkNumber, c.iban, c.paymentTermDays] as const
    const current = [known.email, known.phone, known.addressLine, known.postalCode, known.city, known.vatNumber, known.kboNumber, known.kvkNumber, known.iban, known.paymentTermDays]
    if (fill.some((v, i) => v !== null && current[i] === null)) {
      st.fillCustomer.run(...fill, known.id)
      summary.customers.updated++
    }
  }
  return byCode
}

function countFresh(preview: ImportPreview, customers: Map<string, ExistingCustomer>, existing: Map<string, ExistingInvoice>): number {
  let fresh = 0
  for (const inv of preview.invoices) {
    const customer = customers.get(inv.customerCode)
    if (customer && !existing.has(keyOf(customer.id, inv.number))) fresh++
  }
  return fresh
}

function writeInvoices(
  tx: AppDb,
  st: ImportStatements,
  preview: ImportPreview,
  customers: Map<string, ExistingCustomer>,
  { defaultTermDays, today, onProgress }: { defaultTermDays: number; today: IsoDate; onProgress: ImportProgress | undefined },
  summary: ImportSummary
): { seen: Set<string>; before: ExistingInvoice[] } {
  const before = st.invoices.all()
  const existing = new Map<string, ExistingInvoice>()
  for (const inv of before) existing.set(keyOf(inv.customerId, inv.number), inv)
  const seen = new Set<string>()
  const total = preview.invoices.length
  let written = 0
  const writeAll = () => {
    for (const inv of preview.invoices) {
      if (onProgress && ++written % PROGRESS_STEP === 0) onProgress(written, total)
      const customer = customers.get(inv.customerCode)
      if (!customer) throw new AppError('internal', `customer ${inv.customerCode} of line ${inv.line} was not written`)
      const key = keyOf(customer.id, inv.number)
      seen.add(key)
      const old = existing.get(key)
      // without a due date in the file, a known item keeps its own (it may have been extended locally)
      const dueDate = inv.dueDate ?? old?.dueDate ?? addDays(inv.invoiceDate, customer.paymentTermDays ?? defaultTermDays)
      const status = inv.openCents === 0 ? 'paid' : 'open'
      if (!old) {
        st.insertInvoice.run(customer.id, inv.number, inv.invoiceDate, dueDate, inv.currency, inv.amountCents, inv.openCents, inv.paymentReference, inv.description, status, preview.format)
        summary.invoices.created++
        continue
      }
      // a local write-off is the credit manager's decision; the package still lists the item as open
      if (old.status === 'written_off') {
        summary.invoices.unchanged++
        continue
      }
      const reopened = old.openCents === 0 && inv.openCents !== 0 && old.status !== 'open'
      const archivedAt = reopened || status === 'open' ? null : old.archivedAt
      const same =
        old.invoiceDate === inv.invoiceDate && old.dueDate === dueDate && old.currency === inv.currency && old.amountCents === inv.amountCents &&
        old.openCents === inv.openCents && old.paymentReference === inv.paymentReference && old.description === inv.description &&
        old.status === status && old.archivedAt === archivedAt
      if (same) {
        summary.invoices.unchanged++
        continue
      }
      st.updateInvoice.run(inv.invoiceDate, dueDate, inv.currency, inv.amountCents, inv.openCents, inv.paymentReference, inv.description, status, archivedAt, old.id)
      if (reopened) summary.invoices.reopened++
      else summary.invoices.updated++
      if (old.amountCents !== inv.amountCents || old.openCents !== inv.openCents) {
        const change: AmountChange = { customerCode: inv.customerCode, number: inv.number, amountCents: [old.amountCents, inv.amountCents], openCents: [old.openCents, inv.openCents] }
        summary.amountChanges.push(change)
        appendAudit(tx, { action: reopened ? 'invoice.reopened' : 'invoice.amount-changed', entity: 'invoice', entityId: old.id, data: { ...change, file: preview.fileName, on: today } })
      }
    }
  }
  // a first import (or one that mostly adds) is a bulk load: build the secondary indexes once at the end
  const fresh = total < BULK_ROWS ? 0 : countFresh(preview, customers, existing)
  if (fresh >= BULK_ROWS && fresh >= before.length) withDeferredIndexes(tx.$client, 'invoices', writeAll)
  else writeAll()
  onProgress?.(total, total)
  return { seen, before }
}
