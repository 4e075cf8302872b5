// Step one of an import: read the file, map it and list every problem. Writes nothing.
import { createHash } from 'node:crypto'
import { type ImportField, normalizeHeader, proposeMapping } from '../../../shared/domains/imports/fields'
import { createTableMapper, type MappedRows } from '../../../shared/domains/imports/map-rows'
import type { ImportFormat, PreviewOptions, TextEncoding } from '../../../shared/domains/imports/options'
import { PRESETS, type PresetId } from '../../../shared/domains/imports/presets'
import { type ImportProblem, isFatal } from '../../../shared/domains/imports/problems'
import type { RawTable } from '../../../shared/domains/imports/records'
import type { ImportPreview } from '../../../shared/domains/imports/results'
import { decodeText } from './decode'
import { type CsvReading, readCsv } from './read-csv'
import { readUbl } from './read-ubl'
import { readXlsx } from './read-xlsx'
import { type BytesProgress, previewXaf } from './xaf/preview-xaf'

export type ImportInput = { bytes: Uint8Array; fileName: string }
export type { ImportPreview, MappedRows }

/**
 * Receives the mapped rows slice by slice while the file is read (for a file with rows, `customers`
 * holds the ones first seen in the slice, provisionally). With a sink, the preview's `invoices` stay
 * empty: they were handed over here.
 */
export type RowsSink = (rows: MappedRows, done: number, total: number) => void

const SLICE_ROWS = 5_000

/** An XML Auditfile Financieel: its root element is <auditfile>, whatever the file is called. */
const AUDITFILE_ROOT = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->)*<(?:[\w.-]+:)?auditfile[\s>/]/

export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'xls'
  if (AUDITFILE_ROOT.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, ''))) return 'xaf'
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.xaf')) return 'xaf'
  if (lower.endsWith('.xlsx')) return 'xlsx'
  if (lower.endsWith('.xml')) return 'ubl'
  // an XML prolog or root element after an optional BOM and white space
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF?\s*/, '')
  return head.startsWith('<') ? 'ubl' : 'csv'
}

/**
 * The package whose export the whole header set fits: four or more of its own first column names (e.g.
 * "fin.trs.line.dim2"), and every field it names read from a column it names. A generic Dutch export
 * ("Debiteur", "Openstaand") shares some labels with every package, so it stays generic.
 */
export function detectPreset(headers: readonly string[]): PresetId {
  const present = new Set(headers.map(normalizeHeader))
  let best: PresetId = 'generic'
  let bestScore = 0
  for (const preset of Object.values(PRESETS)) {
    const own = Object.entries(preset.headers) as [ImportField, readonly string[]][]
    const hits = new Set(own.flatMap(([, names]) => names.slice(0, 1).map(normalizeHeader)).filter((n) => present.has(n))).size
    if (hits < 4) continue
    const mapping = proposeMapping(headers, preset.headers)
    const fits = own.every(([field, names]) => mapping[field] === undefined || names.map(normalizeHeader).includes(normalizeHeader(mapping[field])))
    const score = Object.keys(mapping).length * 100 + hits
    if (fits && score > bestScore) [best, bestScore] = [preset.id, score]
  }
  return best
}

type PreviewBase = Pick<ImportPreview, 'fileName' | 'sha256' | 'encoding' | 'delimiter' | 'decimalMarks' | 'headers' | 'mapping' | 'preset' | 'sample'>

const SAMPLE_ROWS = 50

export async function previewImport(input: ImportInput, options: PreviewOptions = {}, sink?: RowsSink, onBytes?: BytesProgress): Promise<ImportPreview> {
  if (detectFormat(input.bytes, input.fileName) === 'xaf') return previewXaf([input], options, sink, onBytes)
  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  const format = detectFormat(input.bytes, input.fileName)
  const defaults = { country: options.defaultCountry ?? 'NL', language: options.defaultLanguage ?? 'nl' } as const
  const base: PreviewBase = { fileName: input.fileName, sha256, encoding: null, delimiter: null, decimalMarks: null, headers: [], mapping: {}, preset: options.preset ?? 'generic', sample: [] }

  if (format === 'xls') {
    const problem: ImportProblem = { code: 'unreadable-xlsx', severity: 'error', line: null, column: null, message: 'this is an old .xls workbook: save it as .xlsx or CSV first' }
    return { ...base, format: 'xlsx', target: 'open-items', customers: [], invoices: [], rejected: [], problems: [problem], rowCount: 0, canImport: false }
  }
  if (format === 'ubl') {
    const mapped = readUbl(decodeText(input.bytes).text, defaults)
    const canImport = !mapped.problems.some(isFatal)
    if (sink && canImport) sink({ customers: mapped.customers, invoices: mapped.invoices, rejected: [], problems: [] }, 1, 1)
    return { ...base, ...mapped, invoices: sink ? [] : mapped.invoices, format, rowCount: 1, canImport }
  }
  let reading: Omit<CsvReading, 'table'> & { table: RawTable }
  let encoding: TextEncoding | null = null
  let delimiter: string | null = null
  if (format === 'xlsx') {
    const table = await readXlsx(input.bytes)
    reading = { table, expectedRows: table.rows.length, readMore: () => false }
  } else {
    const decoded = decodeText(input.bytes)
    encoding = decoded.encoding
    const csv = readCsv(decoded.text)
    delimiter = csv.table.delimiter
    reading = csv
  }
  const { table } = reading
  const preset = options.preset ?? detectPreset(table.headers)
  const mapping = options.mapping ?? proposeMapping(table.headers, PRESETS[preset].headers)
  const mapper = createTableMapper(table, { ...options, mapping })
  const mapped = { customers: [] as MappedRows['customers'], invoices: [] as MappedRows['invoices'], rejected: [] as MappedRows['rejected'], problems: [...mapper.problems] }
  let done = 0
  const mapUpTo = (end: number, total: number) => {
    while (done < end) {
      const to = Math.min(done + SLICE_ROWS, end)
      const rows = mapper.mapRows(done, to)
      done = to
      mapped.rejected.push(...rows.rejected)
      mapped.problems.push(...rows.problems)
      if (sink) sink(rows, done, total)
      else mapped.invoices.push(...rows.invoices)
    }
  }
  if (!mapper.problems.some(isFatal)) {
    // each part's rows go out (and get written) before the next part of a large CSV is parsed
    do mapUpTo(table.rows.length, reading.expectedRows)
    while (reading.readMore())
  }
  const end = mapper.finish()
  mapped.customers = end.customers
  mapped.problems.push(...end.problems)
  return {
    ...mapped,
    target: mapper.target,
    decimalMarks: mapper.decimalMarks,
    fileName: input.fileName,
    sha256,
    format,
    preset,
    headers: table.headers,
    mapping,
    encoding,
    delimiter,
    rowCount: table.rows.length,
    sample: table.rows.slice(0, SAMPLE_ROWS),
    canImport: !mapped.problems.some(isFatal)
  }
}
