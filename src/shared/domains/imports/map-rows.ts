// Maps a read table onto customers and open items, collecting every problem with its line and column.
// Pure and free of zod (its schemas are in options.ts), so the wizard's live preview, the import service
// and the import worker run the very same code, and the worker loads fast.
import type { CountryCode } from '../countries'
import type { Language } from '../parties'
import { type DecimalMark, detectDecimalMark } from './amount'
import { cellText } from './cells'
import { CUSTOMER_TEXT_FIELDS, type CustomerDraft, finishCustomer } from './customer-draft'
import { mapInvoice } from './map-invoice'
import { createRowReader } from './row-reader'
import type { ImportField } from './fields'
import type { MapOptions } from './options'
import { type ImportProblem, isFatal, type ProblemCode } from './problems'
import type { Cell, MappedImport, RawTable, RejectedRow } from './records'

export type MappedTable = MappedImport & { decimalMarks: { amount: DecimalMark; openAmount: DecimalMark } }

const SAMPLE_SIZE = 500
// "Totaal", "Subtotaal", "Total général": report footers that are not items
const TOTAL_LABEL = /^(sub)?tota(a)?l\b/i

const isTotalRow = (cells: readonly Cell[]) => cells.some((c) => typeof c === 'string' && TOTAL_LABEL.test(c.trim()))

/** Mapped rows of one slice of the table; `customers` are those first seen in it, as far as known so far. */
export type MappedRows = Pick<MappedImport, 'customers' | 'invoices' | 'rejected' | 'problems'>

export type TableMapper = {
  target: MappedTable['target']
  decimalMarks: MappedTable['decimalMarks']
  /** file-level problems found from the headers and mapping; a fatal one means no rows are mapped */
  problems: ImportProblem[]
  /** maps rows [from, to) of the table; call in order (the table may have grown in between) */
  mapRows(from: number, to: number): MappedRows
  /** every customer with what all its rows said, plus the warnings about their fields */
  finish(): { customers: MappedImport['customers']; problems: ImportProblem[] }
}

/** The whole table at once: the wizard's live preview and small files. */
export function mapTable(table: RawTable, options: MapOptions): MappedTable {
  const mapper = createTableMapper(table, options)
  const result: MappedTable = { target: mapper.target, customers: [], invoices: [], rejected: [], problems: mapper.problems, decimalMarks: mapper.decimalMarks }
  if (mapper.problems.some(isFatal)) return result
  const rows = mapper.mapRows(0, table.rows.length)
  const end = mapper.finish()
  return { ...result, customers: end.customers, invoices: rows.invoices, rejected: rows.rejected, problems: [...mapper.problems, ...rows.problems, ...end.problems] }
}

/**
 * Maps a table slice by slice, so a large import can write the first rows while later ones are still
 * being read. A customer's fields come from all of its rows: what `mapRows` gives for a new customer is
 * provisional, `finish` gives the final record.
 */
export function createTableMapper(table: RawTable, options: MapOptions): TableMapper {
  const problems: ImportProblem[] = []
  // what the reader found about single rows joins that row's own problems; a reader that is still
  // adding rows to the table (a large CSV) adds their problems too, so they are taken as they come
  const readerRowProblems = new Map<number, ImportProblem[]>()
  let absorbed = 0
  const absorbReaderProblems = (fileLevel: ImportProblem[]) => {
    for (; absorbed < table.problems.length; absorbed++) {
      const p = table.problems[absorbed]
      if (!p) continue
      if (p.line !== null && !isFatal(p)) readerRowProblems.set(p.line, [...(readerRowProblems.get(p.line) ?? []), p])
      else fileLevel.push(p)
    }
  }
  absorbReaderProblems(problems)
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
  const fatal = problems.some(isFatal)
  if (!fatal && index.debtorCode === undefined)
    problems.push({ code: 'code-from-name', severity: 'warning', line: null, column: header('debtorName'), message: 'no customer code column: the customer name is used as its code' })
  const drafts = new Map<string, CustomerDraft>()
  const seen = new Map<string, number>()
  const customerFields = CUSTOMER_TEXT_FIELDS.filter((f) => index[f] !== undefined)
  const defaults: { country: CountryCode; language: Language } = { country: options.defaultCountry ?? 'NL', language: options.defaultLanguage ?? 'nl' }

  const r = createRowReader(table.headers, index)
  const invoiceDefaults = { marks: decimalMarks, currency: options.defaultCurrency ?? 'EUR' }

  function mapRows(from: number, to: number): MappedRows {
    const out: MappedRows = { customers: [], invoices: [], rejected: [], problems: [] }
    if (fatal) return out
    absorbReaderProblems(out.problems)
    const fresh: CustomerDraft[] = []
    for (let i = from; i < to; i++) {
      const row = table.rows[i]
      if (!row) break
      r.row = row
      // a fresh list only when the last row kept its problems or the reader found some: 100k rows, 0 allocations
      const fromReader = readerRowProblems.get(row.line)
      if (fromReader) r.problems = fromReader.slice()
      else if (r.problems.length > 0) r.problems = []
      const name = r.text('debtorName')
      const code = index.debtorCode === undefined ? name : r.text('debtorCode')
      if ((code === '' || TOTAL_LABEL.test(code)) && r.text('invoiceNumber') === '' && isTotalRow(row.cells)) {
        out.problems.push({ code: 'total-row', severity: 'warning', line: row.line, column: null, message: 'a total line, skipped' })
        continue
      }
      if (code === '') r.fail(index.debtorCode === undefined ? 'debtorName' : 'debtorCode', 'missing-value', 'the customer code is empty')

      const invoice = target === 'open-items' ? mapInvoice(r, code, invoiceDefaults) : null
      if (invoice && code !== '') {
        const key = `${code}\u0000${invoice.number}`
        const first = seen.get(key)
        if (first !== undefined) r.fail('invoiceNumber', 'duplicate-invoice', `invoice ${invoice.number} of customer ${code} is already on line ${first}`)
        else seen.set(key, row.line)
      }

      if (r.problems.length > 0) {
        out.problems.push(...r.problems)
        if (r.problems.some((p) => p.severity === 'error')) {
          out.rejected.push({ line: row.line, cells: row.cells.map(cellText), problems: r.problems, customerCode: code, invoiceNumber: r.text('invoiceNumber') } satisfies RejectedRow)
          continue
        }
      }
      if (invoice) out.invoices.push(invoice)
      let draft = drafts.get(code)
      if (!draft) {
        drafts.set(code, (draft = { line: row.line, code, name, fields: {} }))
        fresh.push(draft)
      } else if (draft.name === '') draft.name = name
      for (const f of customerFields)
        if (draft.fields[f] === undefined) {
          const v = r.text(f)
          if (v !== '') draft.fields[f] = v
        }
    }
    // provisional: the warnings about a customer's fields are only reported once, by finish()
    for (const d of fresh) out.customers.push(finishCustomer(d, defaults, r.header, []))
    return out
  }

  function finish() {
    const found: ImportProblem[] = []
    const customers = [...drafts.values()].map((d) => finishCustomer(d, defaults, r.header, found))
    return { customers, problems: found }
  }

  return { target, decimalMarks, problems, mapRows, finish }
}
