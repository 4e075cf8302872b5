// Step one of an auditfile import: read one or more XAF files (split parts, consecutive fiscal years)
// and derive the customers, the open items as of the chosen date, and the payment history of the
// invoices settled within the files. Writes nothing; the rows go through the common import writer.
import { createHash } from 'node:crypto'
import type { IsoDate } from '../../../../shared/dates'
import type { CustomerDefaults } from '../../../../shared/domains/imports/customer-draft'
import type { PreviewOptions } from '../../../../shared/domains/imports/options'
import { isFatal, type ImportProblem } from '../../../../shared/domains/imports/problems'
import type { ImportedCustomer, ImportedInvoice, ImportedPayment } from '../../../../shared/domains/imports/records'
import type { ImportPreview } from '../../../../shared/domains/imports/results'
import type { DerivedItem, XafInfo } from '../../../../shared/domains/imports/xaf/model'
import { groupByParty, itemsOfParty } from '../../../../shared/domains/imports/xaf/open-items'
import { customerFromParty, isCustomerType, type XafParty } from '../../../../shared/domains/imports/xaf/party'
import type { RowsSink } from '../preview'
import { createBook, type XafBook, type XafFileInfo } from './book'
import { readXafFile } from './read-file'
import { accountStats, chooseAccounts, receivableLines } from './receivables'
import { sourceSize, type XafSource } from './source'
import { checkPeriod, openingOf, openingWarnings, startingItems } from './years'

export type { XafSource }

/** Progress while the files are read: bytes read of all files' bytes. */
export type BytesProgress = (read: number, total: number) => void

const SLICE_ROWS = 5_000
function emptyPreview(sources: readonly XafSource[], problems: ImportProblem[]): ImportPreview {
  return {
    fileName: sources.map((s) => s.fileName).join(' + '),
    sha256: '',
    format: 'xaf',
    preset: 'generic',
    target: 'open-items',
    headers: [],
    mapping: {},
    encoding: null,
    delimiter: null,
    decimalMarks: null,
    rowCount: 0,
    sample: [],
    customers: [],
    invoices: [],
    rejected: [],
    problems,
    canImport: false
  }
}

/** The files read into one book; `sha256` is one digest over the files in the order they were read. */
export type XafRead = { book: XafBook; files: XafFileInfo[]; sha256: string }

/** progress is told at most once per this many bytes read (and at each file's end) */
export const PROGRESS_BYTES = 1 << 20

/** Reads every file into one book. */
function readAll(sources: readonly XafSource[], onBytes?: BytesProgress): XafRead {
  const book = createBook(sources.length > 1)
  const hash = createHash('sha256')
  const total = sources.reduce((sum, s) => sum + sourceSize(s), 0)
  let before = 0
  const files: XafFileInfo[] = []
  sources.forEach((source, index) => {
    const size = sourceSize(source)
    let told = 0
    const info = readXafFile({ source, index, book, multi: sources.length > 1, hash }, (read) => {
      if (read - told < PROGRESS_BYTES && read < size) return
      told = read
      onBytes?.(before + read, total)
    })
    before += size
    if (info) files.push(info)
  })
  return { book, files, sha256: hash.digest('hex') }
}

/** The customers: every customer and both-relation of the files, and any relation with items that is not in them. */
function customersOf(book: XafBook, withItems: ReadonlySet<string>, defaults: CustomerDefaults, problems: ImportProblem[]): ImportedCustomer[] {
  const parties: XafParty[] = [...book.parties.values()].filter((p) => isCustomerType(p.type) || (p.type === null && withItems.has(p.id)))
  for (const id of withItems) if (!book.parties.has(id)) parties.push({ id, name: null, type: null, email: null, phone: null, commerceNr: null, taxCountry: null, taxId: null, creditLimit: null, street: null, houseNumber: null, houseNumberExtension: null, postalCode: null, city: null, country: null, bankAccount: null, line: 0 })
  return parties.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((p) => customerFromParty(p, defaults, problems))
}

/**
 * Reads the files (sorted by name, so split parts come in order) and derives everything. With a
 * `sink`, the customers and then the items are handed over in slices and the preview's `invoices`
 * stay empty.
 */
export function previewXaf(input: readonly XafSource[], options: PreviewOptions = {}, sink?: RowsSink, onBytes?: BytesProgress): ImportPreview {
  const sources = inReadingOrder(input)
  return previewOfRead(sources, readAll(sources, onBytes), options, sink)
}

/** Split parts by their number: …_2.xaf before …_10.xaf. */
export const inReadingOrder = (input: readonly XafSource[]): XafSource[] => [...input].sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }))

const importedInvoice = (i: DerivedItem, currency: string): ImportedInvoice => ({
  line: i.line,
  customerCode: i.customerCode,
  number: i.number,
  invoiceDate: i.invoiceDate,
  dueDate: i.dueDate,
  currency,
  amountCents: i.amountCents,
  openCents: i.openCents,
  paymentReference: null,
  description: i.description,
  settledOn: i.settledOn
})

/** Everything derived from the files once they are read (see previewXaf). */
export function previewOfRead(sources: readonly XafSource[], { book, files, sha256 }: XafRead, options: PreviewOptions = {}, sink?: RowsSink): ImportPreview {
  const base = { ...emptyPreview(sources, book.problems), sha256 }
  const { period, problems: periodProblems } = checkPeriod(files)
  book.problems.push(...periodProblems)
  if (book.hasErrors() || !period) return { ...base, rowCount: book.lineCount }

  const first = openingOf(book, period.years[0] as IsoDate)
  const stats = accountStats(book, (account) => first?.accounts.get(account) ?? 0)
  const choice = chooseAccounts(stats, options.xaf?.accounts)
  const asOf = options.xaf?.asOf ?? period.endDate
  const problems: ImportProblem[] = [...book.problems, ...choice.problems]
  if (asOf < period.startDate || asOf > period.endDate)
    problems.push({ code: 'xaf-as-of', severity: 'error', line: null, column: null, value: asOf, message: `the as-of date ${asOf} is outside the files' period ${period.startDate} to ${period.endDate}` })
  if (book.duplicates > 0) problems.push({ code: 'xaf-duplicates', severity: 'warning', line: null, column: null, message: `${book.duplicates} transaction(s) appear in more than one file; each is counted once` })

  const selected = receivableLines(book, [...startingItems(book, period), ...book.movements], choice.accounts, asOf)
  problems.push(...selected.problems)
  problems.push(...openingWarnings(book, period, choice.accounts, (o, account) => o.movements.reduce((sum, m) => sum + (m.account === account && selected.customers.has(m.party) ? m.cents : 0), 0)))
  const defaults = { country: options.defaultCountry ?? 'NL', language: options.defaultLanguage ?? 'nl' } as const
  const customers = customersOf(book, selected.customers, defaults, problems)
  const canImport = !problems.some(isFatal)
  // the items go to the sink slice by slice as they are derived, customer by customer, so that they are
  // written meanwhile (the customers first, while the lines are grouped). Until the count of items is
  // known, the total is at least it: the count of lines with the customers, then the count of item
  // groups; the last slice always comes from `send(true)` with the count itself
  const sinking = sink && canImport ? sink : undefined
  sinking?.({ customers, invoices: [], rejected: [], problems: [] }, 0, selected.lines.length)
  const parties = groupByParty(selected.lines)
  const expected = parties.reduce((sum, p) => sum + p.groups.length, 0)
  const invoices: ImportedInvoice[] = []
  const paymentHistory: ImportedPayment[] = []
  let sent = 0
  const send = (last: boolean) => {
    while (invoices.length - sent > (last ? 0 : SLICE_ROWS)) {
      const slice = invoices.slice(sent, sent + SLICE_ROWS)
      sent += slice.length
      sinking?.({ customers: [], invoices: slice, rejected: [], problems: [] }, sent, last ? invoices.length : expected)
    }
  }
  for (const party of parties) {
    for (const i of itemsOfParty(party)) {
      invoices.push(importedInvoice(i, period.currency))
      for (const m of i.moves) paymentHistory.push({ customerCode: i.customerCode, number: i.number, ...m })
    }
    send(false)
  }
  send(true)
  const open = invoices.filter((i) => i.openCents !== 0)
  const xaf: XafInfo = {
    version: files.some((f) => f.version === '3.2') ? '3.2' : '3.1',
    files: files.map((f) => ({ fileName: f.fileName, fiscalYear: f.fiscalYear, startDate: f.startDate, endDate: f.endDate, software: f.software, company: f.company.name })),
    startDate: period.startDate,
    endDate: period.endDate,
    asOf,
    accounts: choice.choices,
    needsConfirmation: choice.needsConfirmation,
    openCount: open.length,
    openTotalCents: open.reduce((sum, i) => sum + i.openCents, 0),
    paidHistory: invoices.filter((i) => i.settledOn !== null).length
  }
  return { ...base, problems, rowCount: book.lineCount, customers, invoices: sink ? [] : invoices, paymentHistory, xaf, canImport }
}
