// Step two of an import: write mapped customers and open items in one transaction. Matching is on
// (customer code, invoice number); what Debito knows locally (dunning level, disputes, notes, promises,
// plans, flags) is never touched. The writer takes the rows in slices, so a large file can be written
// while it is still being read (import-stream.ts); `commitImport` writes a whole preview at once.
import { AppError } from '../../../shared/errors'
import { addDays, type IsoDate, localToday } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type CommitOptions, commitOptionsSchema } from '../../../shared/domains/imports/options'
import { describeProblem, isFatal } from '../../../shared/domains/imports/problems'
import { openAfterAllocations } from '../../../shared/domains/imports/allocation-guard'
import type { ImportedCustomer, ImportedInvoice } from '../../../shared/domains/imports/records'
import type { AmountChange, ImportPreview, ImportSummary } from '../../../shared/domains/imports/results'
import { type AppDb, withPageCache, withRollbackJournal, withWrite } from '../../db/connection'
import { appendAudit } from '../audit/audit.repo'
import { archiveVanished } from './archive'
import { dropIndexes } from './deferred-indexes'
import { type ExistingCustomer, type ExistingInvoice, prepareImportStatements } from './import.statements'
import { writePaymentHistory } from './payment-history'

export type { AmountChange, CommitOptions, ImportSummary }

/** Called every PROGRESS_STEP items while writing, and once at the end. */
export type ImportProgress = (written: number, total: number) => void

const PROGRESS_STEP = 5_000
/** From this many rows an import is a bulk load: rollback journal, indexes rebuilt once at the end. */
export const BULK_ROWS = 10_000

export type ParsedCommitOptions = ReturnType<typeof commitOptionsSchema.parse>
export const parseCommitOptions = (options: CommitOptions): ParsedCommitOptions => parseInput(commitOptionsSchema, options)

/** What the file as a whole must satisfy before its writes may stay; the same checks for both paths. */
export function assertImportable(preview: Omit<ImportPreview, 'invoices'>, invoiceCount: number, opts: ParsedCommitOptions): void {
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
  if (opts.full && (preview.target !== 'open-items' || invoiceCount === 0))
    throw new AppError('validation', `${preview.fileName}: a full re-import needs a file with open items; this one has none, and would archive every open item`)
}

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run')
  }
}

/** A dry run writes everything, then throws this so the transaction rolls back; the caller unwraps it. */
export function summaryOfDryRun(err: unknown): ImportSummary | null {
  return err instanceof DryRunRollback ? err.summary : null
}

const keyOf = (customerId: number, number: string) => `${customerId}\u0000${number}`

type WriterInput = { fileName: string; format: ImportPreview['format']; onProgress?: ImportProgress | undefined }

/** Inside an open write transaction: give it customers and invoices in file order, then `finish`. */
export function createImportWriter(tx: AppDb, input: WriterInput, opts: ParsedCommitOptions) {
  const st = prepareImportStatements(tx.$client)
  const today = opts.today ?? localToday()
  const now = new Date().toISOString()
  const summary: ImportSummary = {
    fileName: input.fileName,
    sha256: '',
    dryRun: opts.dryRun,
    full: opts.full,
    customers: { created: 0, updated: 0 },
    invoices: { created: 0, updated: 0, unchanged: 0, reopened: 0, archived: 0 },
    history: { created: 0, updated: 0, unchanged: 0 },
    openTotalCents: 0,
    paidHistory: 0,
    payments: { created: 0, updated: 0, removed: 0 },
    missing: 0,
    amountChanges: [],
    allocationConflicts: [],
    rejected: []
  }

  const byCode = new Map<string, ExistingCustomer>()
  const byVat = new Map<string, ExistingCustomer>()
  for (const c of st.customers.all()) {
    byCode.set(c.code, c)
    if (c.vatNumber) byVat.set(c.vatNumber, c)
  }
  /** customers this import created, as first written: the final record may know more */
  const created = new Map<string, ImportedCustomer>()
  /** invoices written without a due date from the file, per created customer: their term may still change */
  const undated = new Map<string, { number: string; invoiceDate: IsoDate }[]>()

  const before = st.invoices.all()
  const existing = new Map<string, ExistingInvoice>()
  for (const inv of before) existing.set(keyOf(inv.customerId, inv.number), inv)
  /** bank money applied per invoice id: the floor under what an import may re-open */
  const allocated = new Map<number, number>()
  if (before.length > 0) for (const a of st.allocated.all()) allocated.set(a.invoiceId, a.cents)
  const seen = new Set<string>()
  let rebuildIndexes: (() => void) | null = null
  let indexesDecided = false
  let written = 0
  /** the file's row count as the reader expects it; an estimate until the whole file is read */
  let expectedRows = 0

  function customers(list: readonly ImportedCustomer[]): void {
    for (const c of list) {
      // an e-invoice has no customer code: a known VAT number finds the customer instead
      const known = byCode.get(c.code) ?? (c.vatNumber ? byVat.get(c.vatNumber) : undefined)
      if (known) {
        byCode.set(c.code, known)
        continue
      }
      const r = st.insertCustomer.run(c.code, c.name, c.debtorType, c.country, c.language, c.email, c.phone, c.addressLine, c.postalCode, c.city, c.vatNumber, c.kboNumber, c.kvkNumber, c.iban, c.paymentTermDays, c.creditLimitCents ?? null)
      byCode.set(c.code, { id: Number(r.lastInsertRowid), ...c })
      created.set(c.code, c)
      summary.customers.created++
    }
  }

  /** A first import (or one that mostly adds) is a bulk load: drop the indexes, rebuild them at the end. */
  function decideIndexes(first: readonly ImportedInvoice[]): void {
    indexesDecided = true
    if (expectedRows < BULK_ROWS || first.length === 0) return
    let fresh = 0
    for (const inv of first) {
      const customer = byCode.get(inv.customerCode)
      if (customer && !existing.has(keyOf(customer.id, inv.number))) fresh++
    }
    const expectedFresh = (fresh / first.length) * expectedRows
    if (expectedFresh < BULK_ROWS || expectedFresh < before.length) return
    rebuildIndexes = dropIndexes(tx.$client, 'invoices')
    // and the new rows skip their per-row CHECKs: each flush checks its rows together
    st.insertInvoices.uncheck()
  }

  function invoices(list: readonly ImportedInvoice[], total = list.length): void {
    expectedRows = total
    // decided on the first slice with items (an auditfile's first slice brings only its customers)
    if (!indexesDecided && list.length > 0) decideIndexes(list)
    for (const inv of list) {
      if (input.onProgress && ++written % PROGRESS_STEP === 0) input.onProgress(written, expectedRows)
      const customer = byCode.get(inv.customerCode)
      if (!customer) throw new AppError('internal', `customer ${inv.customerCode} of line ${inv.line} was not written`)
      // into an empty table (a first import) nothing can match or vanish: no key per row
      let old: ExistingInvoice | undefined
      if (before.length > 0) {
        const key = keyOf(customer.id, inv.number)
        seen.add(key)
        old = existing.get(key)
      }
      // without a due date in the file, a known item keeps its own (it may have been extended locally)
      const dueDate = inv.dueDate ?? old?.dueDate ?? addDays(inv.invoiceDate, customer.paymentTermDays ?? opts.defaultTermDays)
      // bank payments matched in Debito stay applied, whatever an export that lags behind the bank says
      const allocatedCents = old ? (allocated.get(old.id) ?? 0) : 0
      const openCents = openAfterAllocations(inv.openCents, inv.amountCents, allocatedCents)
      const status = openCents === 0 ? 'paid' : 'open'
      summary.openTotalCents += openCents
      // a paid invoice whose settlement date the file gives is payment history, counted apart from the open items
      const counts = inv.settledOn != null && status === 'paid' ? summary.history : summary.invoices
      if (inv.settledOn != null) summary.paidHistory++
      if (!old) {
        st.insertInvoices.add([customer.id, inv.number, inv.invoiceDate, dueDate, inv.currency, inv.amountCents, inv.openCents, inv.paymentReference, inv.description, status, input.format, now, now, status === 'open' ? null : (inv.settledOn ?? null)])
        if (inv.dueDate === null && created.has(inv.customerCode)) {
          const list = undated.get(inv.customerCode) ?? []
          list.push({ number: inv.number, invoiceDate: inv.invoiceDate })
          undated.set(inv.customerCode, list)
        }
        counts.created++
        continue
      }
      // a local write-off is the credit manager's decision; the package still lists the item as open
      if (old.status === 'written_off') {
        counts.unchanged++
        continue
      }
      if (openCents !== inv.openCents)
        summary.allocationConflicts.push({ customerCode: inv.customerCode, number: inv.number, fileOpenCents: inv.openCents, keptOpenCents: openCents, allocatedCents })
      const reopened = old.openCents === 0 && openCents !== 0 && old.status !== 'open'
      const archivedAt = reopened || status === 'open' ? null : old.archivedAt
      // an open item has no settlement date; a paid one keeps what Debito knew unless the file says when
      const settledOn = status === 'open' ? null : (inv.settledOn ?? old.settledOn)
      const same =
        old.invoiceDate === inv.invoiceDate && old.dueDate === dueDate && old.currency === inv.currency && old.amountCents === inv.amountCents &&
        old.openCents === openCents && old.paymentReference === inv.paymentReference && old.description === inv.description &&
        old.status === status && old.archivedAt === archivedAt && old.settledOn === settledOn
      if (same) {
        counts.unchanged++
        continue
      }
      st.updateInvoice.run(inv.invoiceDate, dueDate, inv.currency, inv.amountCents, openCents, inv.paymentReference, inv.description, status, archivedAt, settledOn, old.id)
      if (reopened) summary.invoices.reopened++
      else counts.updated++
      if (old.amountCents !== inv.amountCents || old.openCents !== openCents) {
        const change: AmountChange = { customerCode: inv.customerCode, number: inv.number, amountCents: [old.amountCents, inv.amountCents], openCents: [old.openCents, openCents] }
        summary.amountChanges.push(change)
        appendAudit(tx, { action: reopened ? 'invoice.reopened' : 'invoice.amount-changed', entity: 'invoice', entityId: old.id, data: { ...change, file: input.fileName, on: today } })
      }
    }
  }

  /** The final customer records fill what Debito lacks; a customer created here takes them whole. */
  function settleCustomers(final: readonly ImportedCustomer[]): void {
    for (const c of final) {
      const known = byCode.get(c.code)
      if (!known) continue
      const first = created.get(c.code)
      if (first) {
        if (JSON.stringify(first) === JSON.stringify(c)) continue
        st.replaceCustomer.run(c.name, c.debtorType, c.country, c.language, c.email, c.phone, c.addressLine, c.postalCode, c.city, c.vatNumber, c.kboNumber, c.kvkNumber, c.iban, c.paymentTermDays, c.creditLimitCents ?? null, known.id)
        // its items without a due date in the file were dated with the term known at the time
        if (first.paymentTermDays !== c.paymentTermDays)
          for (const inv of undated.get(c.code) ?? [])
            st.setDueDate.run(addDays(inv.invoiceDate, c.paymentTermDays ?? opts.defaultTermDays), known.id, inv.number)
        continue
      }
      const fill = [c.email, c.phone, c.addressLine, c.postalCode, c.city, c.vatNumber, c.kboNumber, c.kvkNumber, c.iban, c.paymentTermDays, c.creditLimitCents ?? null] as const
      const current = [known.email, known.phone, known.addressLine, known.postalCode, known.city, known.vatNumber, known.kboNumber, known.kvkNumber, known.iban, known.paymentTermDays, known.creditLimitCents]
      if (fill.some((v, i) => v !== null && current[i] === null)) {
        st.fillCustomer.run(...fill, known.id)
        summary.customers.updated++
      }
    }
  }

  /** The id of an item by customer code and number: all read in one query, not one lookup per movement. */
  function invoiceIdOf(): (customerCode: string, number: string) => number | undefined {
    // per customer, then per number: no key text built per invoice and per payment
    const ids = new Map<number, Map<string, number>>()
    for (const [id, customerId, number] of st.invoiceKeys.all()) {
      const own = ids.get(customerId)
      if (own) own.set(number, id)
      else ids.set(customerId, new Map([[number, id]]))
    }
    return (code, number) => {
      const customer = byCode.get(code)
      return customer && ids.get(customer.id)?.get(number)
    }
  }

  function finish(end: Pick<ImportPreview, 'sha256' | 'customers' | 'rejected' | 'format' | 'preset' | 'paymentHistory'>): ImportSummary {
    st.insertInvoices.flush()
    rebuildIndexes?.()
    input.onProgress?.(expectedRows, expectedRows)
    settleCustomers(end.customers)
    if (end.paymentHistory)
      summary.payments = writePaymentHistory(tx.$client, end.paymentHistory, 'xaf', invoiceIdOf())
    summary.sha256 = end.sha256
    summary.rejected = end.rejected
    const archived = archiveVanished(tx, st, { before, seen, rejected: end.rejected, customers: byCode, full: opts.full, today, fileName: input.fileName })
    summary.missing = archived.missing
    summary.invoices.archived = archived.archived
    const { created: newInvoices, updated, reopened } = summary.invoices
    const history = summary.history.created + summary.history.updated + summary.payments.created + summary.payments.updated + summary.payments.removed
    if (newInvoices + updated + reopened + archived.archived + summary.customers.created + summary.customers.updated + history > 0) {
      const { rejected: _rejected, amountChanges: _changes, allocationConflicts, ...counts } = summary
      appendAudit(tx, { action: 'import.committed', entity: 'import', entityId: end.sha256, data: { ...counts, keptByAllocations: allocationConflicts.length, format: end.format, preset: end.preset, rejectedRows: end.rejected.length } })
    }
    if (opts.dryRun) throw new DryRunRollback(summary)
    return summary
  }

  return { customers, invoices, finish }
}

export type ImportWriter = ReturnType<typeof createImportWriter>

/**
 * Decrypted index pages stay cached during a bulk write, which makes an encrypted insert nearly as fast
 * as a plain one; the connection's own cache size is restored afterwards.
 */
export function withBulkCache<T>(db: AppDb, work: () => T): T {
  return withPageCache(db, 65_536, work)
}

/** Writes a whole preview in one transaction (the file was read and mapped already). */
export function commitImport(db: AppDb, preview: ImportPreview, options: CommitOptions = {}, onProgress?: ImportProgress): ImportSummary {
  const opts = parseCommitOptions(options)
  assertImportable(preview, preview.invoices.length, opts)
  const write = () =>
    withWrite(db, (tx) => {
      const writer = createImportWriter(tx, { ...preview, onProgress }, opts)
      writer.customers(preview.customers)
      writer.invoices(preview.invoices)
      return writer.finish(preview)
    })
  try {
    return withBulkCache(db, () => (preview.invoices.length >= BULK_ROWS ? withRollbackJournal(db, write) : write()))
  } catch (err) {
    const dry = summaryOfDryRun(err)
    if (dry) return dry
    throw err
  }
}
