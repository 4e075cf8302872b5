// Maps a read table onto customers and open items, collecting every problem with its line and column.
// Pure, so the wizard's live preview and the import service run the very same code.
import { z } from 'zod'
import { COUNTRIES, type Country, LANGUAGES, type Language } from '../parties'
import { type DecimalMark, detectDecimalMark } from './amount'
import { cellAmount, cellCreditSign, cellDate, cellText } from './cells'
import { CUSTOMER_TEXT_FIELDS, type CustomerDraft, type CustomerTextField, finishCustomer } from './customer-draft'
import { columnMappingSchema, type ImportField } from './fields'
import { type ImportProblem, isFatal, type ProblemCode } from './problems'
import { type Cell, IMPORT_TARGETS, type ImportedInvoice, type MappedImport, type RawTable, type RejectedRow } from './records'

const decimalMark = z.enum([',', '.'])

/** How a table is mapped: also what a saved custom mapping stores. */
export const mapOptionsSchema = z.object({
  mapping: columnMappingSchema,
  /** default: open items when an invoice-number column is mapped, else a debtor list */
  target: z.enum(IMPORT_TARGETS).optional(),
  /** per amount column; detected from the data when absent */
  decimalMarks: z.object({ amount: decimalMark.optional(), openAmount: decimalMark.optional() }).optional(),
  defaultCountry: z.enum(COUNTRIES).optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  defaultCurrency: z.string().regex(/^[A-Z]{3}$/).optional()
})
export type MapOptions = z.infer<typeof mapOptionsSchema>

export type MappedTable = MappedImport & { decimalMarks: { amount: DecimalMark; openAmount: DecimalMark } }

const CURRENCY = /^[A-Z]{3}$/
const SAMPLE_SIZE = 500

export function mapTable(table: RawTable, options: MapOptions): MappedTable {
  const problems: ImportProblem[] = table.problems.filter((p) => p.line === null || isFatal(p))
  // what the reader found about single rows joins that row's own problems
  const readerRowProblems = new Map<number, ImportProblem[]>()
  for (const p of table.problems)
    if (p.line !== null && !isFatal(p)) readerRowProblems.set(p.line, [...(readerRowProblems.get(p.line) ?? []), p])
  const index: Partial<Record<ImportField, number>> = {}
  const fileError = (code: ProblemCode, column: string | null, message: string) =>
    problems.push({ code, severity: 'error', line: null, column, message })
  for (const [field, header] of Object.entries(options.mapping) as [ImportField, string][]) {
    const i = table.headers.indexOf(header)
    if (i < 0) fileError('unknown-column', header, `column "${header}" (mapped to ${field}) is not in the file`)
    else index[field] = i
  }
  const target = options.target ?? (index.invoiceNumber !== undefined ? 'open-items' : 'debtors')
  const required: [string, boolean][] = [['customer code or name', index.debtorCode !== undefined || index.debtorName !== undefined]]
  if (target === 'open-items') {
    required.push(['invoice number', index.invoiceNumber !== undefined], ['invoice date', index.invoiceDate !== undefined])
    required.push(['amount or open amount', index.amount !== undefined || index.openAmount !== undefined])
  }
  for (const [what, present] of required) if (!present) fileError('missing-column', null, `no column is mapped to the ${what}`)
  const header = (f: ImportField) => {
    const i = index[f]
    return i === undefined ? f : (table.headers[i] ?? f)
  }
  const sample = (f: ImportField) => {
    const i = index[f]
    const texts: string[] = []
    if (i === undefined) return texts
    for (const row of table.rows) {
      const c = row.cells[i]
      if (typeof c === 'string' && c.trim() !== '') texts.push(c)
      if (texts.length >= SAMPLE_SIZE) break
    }
    return texts
  }
  const decimalMarks = {
    amount: options.decimalMarks?.amount ?? detectDecimalMark(sample('amount')),
    openAmount: options.decimalMarks?.openAmount ?? detectDecimalMark(sample('openAmount'))
  }
  const result: MappedTable = { target, customers: [], invoices: [], rejected: [], problems, decimalMarks }
  if (problems.some(isFatal)) return result

  if (index.debtorCode === undefined)
    problems.push({ code: 'code-from-name', severity: 'warning', line: null, column: header('debtorName'), message: 'no customer code column: the customer name is used as its code' })
  const defaultCurrency = options.defaultCurrency ?? 'EUR'
  const drafts = new Map<string, CustomerDraft>()
  const seen = new Map<string, number>()
  const customerFields = CUSTOMER_TEXT_FIELDS.filter((f) => index[f] !== undefined)

  for (const row of table.rows) {
    const rowProblems: ImportProblem[] = [...(readerRowProblems.get(row.line) ?? [])]
    const get = (f: ImportField) => {
      const i = index[f]
      return i === undefined ? undefined : row.cells[i]
    }
    const text = (f: ImportField) => cellText(get(f))
    const fail = (f: ImportField, code: ProblemCode, message: string) =>
      rowProblems.push({ code, severity: 'error', line: row.line, column: header(f), value: text(f), message })

    const name = text('debtorName')
    const code = index.debtorCode === undefined ? name : text('debtorCode')
    if (code === '') fail(index.debtorCode === undefined ? 'debtorName' : 'debtorCode', 'missing-value', 'the customer code is empty')

    let invoice: ImportedInvoice | null = null
    if (target === 'open-items') invoice = mapInvoice({ line: row.line, customerCode: code, text, get, fail, has: (f) => index[f] !== undefined }, decimalMarks, defaultCurrency)
    if (invoice && code !== '') {
      const key = `${code}\u0000${invoice.number}`
      const first = seen.get(key)
      if (first !== undefined) fail('invoiceNumber', 'duplicate-invoice', `invoice ${invoice.number} of customer ${code} is already on line ${first}`)
      else seen.set(key, row.line)
    }

    problems.push(...rowProblems)
    if (rowProblems.some((p) => p.severity === 'error')) {
      result.rejected.push({ line: row.line, cells: row.cells.map(cellText), problems: rowProblems, customerCode: code, invoiceNumber: text('invoiceNumber') } satisfies RejectedRow)
      continue
    }
    if (invoice) result.invoices.push(invoice)
    let draft = drafts.get(code)
    if (!draft) drafts.set(code, (draft = { line: row.line, code, name, fields: {} }))
    else if (draft.name === '') draft.name = name
    for (const f of customerFields) if (draft.fields[f] === undefined) {
      const v = text(f)
      if (v !== '') draft.fields[f] = v
    }
  }

  const defaults: { country: Country; language: Language } = { country: options.defaultCountry ?? 'NL', language: options.defaultLanguage ?? 'nl' }
  const customerHeader = (f: CustomerTextField) => header(f)
  for (const d of drafts.values()) result.customers.push(finishCustomer(d, defaults, customerHeader, problems))
  return result
}

type RowContext = {
  line: number
  customerCode: string
  /** whether a column is mapped to the field */
  has(f: ImportField): boolean
  get(f: ImportField): Cell | undefined
  text(f: ImportField): string
  fail(f: ImportField, code: ProblemCode, message: string): void
}

function mapInvoice(row: RowContext, marks: MappedTable['decimalMarks'], defaultCurrency: string): ImportedInvoice | null {
  const { line, customerCode, text, get, fail, has } = row
  const number = text('invoiceNumber')
  if (number === '') fail('invoiceNumber', 'missing-value', 'the invoice number is empty')

  const date = (f: 'invoiceDate' | 'dueDate', required: boolean) => {
    if (text(f) === '') {
      if (required) fail(f, 'missing-value', 'the date is empty')
      return null
    }
    const iso = cellDate(get(f))
    if (iso === null) fail(f, 'bad-date', `"${text(f)}" is not a date (expected dd-mm-yyyy, yyyy-mm-dd or a date cell)`)
    return iso
  }
  const invoiceDate = date('invoiceDate', true)
  const dueDate = has('dueDate') ? date('dueDate', false) : null

  const amount = (f: 'amount' | 'openAmount') => {
    if (!has(f) || text(f) === '') return null
    const cents = cellAmount(get(f), marks[f])
    if (cents === null) fail(f, 'bad-amount', `"${text(f)}" is not an amount`)
    return cents
  }
  let amountCents = amount('amount')
  let openCents = amount('openAmount')
  if (amountCents === null && openCents === null && text('amount') === '' && text('openAmount') === '')
    fail(has('amount') ? 'amount' : 'openAmount', 'missing-value', 'the amount is empty')

  const sign = cellCreditSign(get('debitCredit'))
  if (sign === null) fail('debitCredit', 'bad-dc', `"${text('debitCredit')}" is not D (debit) or C (credit)`)
  const signed = (c: number | null) => (c === null || sign !== -1 ? c : -Math.abs(c))
  amountCents = signed(amountCents)
  openCents = signed(openCents)

  const currency = (text('currency') || defaultCurrency).toUpperCase()
  if (!CURRENCY.test(currency)) fail('currency', 'bad-currency', `"${text('currency')}" is not a currency code such as EUR`)

  const amountFinal = amountCents ?? openCents
  const openFinal = openCents ?? amountCents
  if (amountFinal !== null && openFinal !== null && Math.abs(openFinal) > Math.abs(amountFinal))
    fail('openAmount', 'open-exceeds-amount', 'the open amount is larger than the invoice amount')
  if (number === '' || invoiceDate === null || amountFinal === null || openFinal === null) return null
  return {
    line,
    customerCode,
    number,
    invoiceDate,
    dueDate,
    currency,
    amountCents: amountFinal,
    openCents: openFinal,
    paymentReference: text('paymentRef') || null,
    description: text('description') || null
  }
}
