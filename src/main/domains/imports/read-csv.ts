// CSV text to a raw table with papaparse: delimiter sniffing, quoted fields, exact line numbers.
import Papa from 'papaparse'
import { findHeaderRow } from '../../../shared/domains/imports/header-row'
import type { ImportProblem } from '../../../shared/domains/imports/problems'
import type { RawTable } from '../../../shared/domains/imports/records'

const DELIMITERS = [';', ',', '\t', '|']

export type CsvTable = RawTable & { delimiter: string }

const SNIFF_ROWS = 20
const SNIFF_CHARS = 64 * 1024

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '')

type Fit = { share: number; fields: number }

const better = (a: Fit | null, b: Fit | null): Fit | null =>
  !a ? b : !b ? a : b.share > a.share || (b.share === a.share && b.fields > a.fields) ? b : a

/** How consistently a delimiter splits rows: the most common field count and the share of rows having it. */
function fit(fieldCounts: readonly number[]): Fit | null {
  const counts = new Map<number, number>()
  for (const n of fieldCounts) counts.set(n, (counts.get(n) ?? 0) + 1)
  let fields = 0
  let hits = 0
  for (const [n, c] of counts) if (c > hits || (c === hits && n > fields)) [fields, hits] = [n, c]
  const share = fieldCounts.length === 0 ? 0 : hits / fieldCounts.length
  return fields >= 2 && share >= 0.6 ? { share, fields } : null
}

/**
 * The delimiter that splits most leading rows into the same number (≥ 2) of fields. papaparse's own
 * guess prefers "," on a ";" file whose amounts are written "1.210,00". Rows are counted quote-aware
 * and as plain lines, because an unclosed quote swallows every row after it.
 */
export function sniffDelimiter(input: string): string | null {
  // twenty rows never need more; papaparse would otherwise scan the whole text for its line endings
  const text = input.slice(0, SNIFF_CHARS)
  const lines = text.split(/\r?\n/, SNIFF_ROWS * 2).filter((l) => l.trim() !== '').slice(0, SNIFF_ROWS)
  let best: (Fit & { delimiter: string }) | null = null
  for (const delimiter of DELIMITERS) {
    const quoted = Papa.parse<string[]>(text, { delimiter, preview: SNIFF_ROWS, skipEmptyLines: 'greedy' }).data.map((r) => r.length)
    const f = better(fit(quoted), fit(lines.map((l) => l.split(delimiter).length)))
    if (f && better(best, f) === f) best = { ...f, delimiter }
  }
  return best?.delimiter ?? null
}

// Excel writes "sep=;" as the first line of some CSV exports to name the delimiter
const EXCEL_SEP = /^sep=(.)\r?\n/i

/**
 * A large export without quotes is parsed in parts of whole lines, PART_CHARS each, the next one on
 * demand: its first rows can be mapped and written while the rest is still to be parsed. Without
 * quotes no field spans lines, so a cut never falls inside a record.
 */
const PART_CHARS = 256 * 1024

export type CsvReading = {
  table: CsvTable
  /** the row count, estimated from the part read so far until all is read */
  expectedRows: number
  /** Parses the next part into `table.rows` and `table.problems`; false once everything is read. */
  readMore(): boolean
}

/** Where the part that starts at `from` ends: after the first line break past `partChars`. */
function cutAfter(text: string, from: number, partChars: number): number {
  if (text.length - from <= 2 * partChars) return text.length
  const at = text.indexOf('\n', from + partChars)
  return at < 0 ? text.length : at + 1
}

/** Appends the non-blank records as rows, flagging the ones with more fields than the header. */
function addRows(table: CsvTable, records: readonly string[][], lineOf: (i: number) => number, from = 0): void {
  const width = table.headers.length
  for (let i = from; i < records.length; i++) {
    const cells = records[i] ?? []
    if (isBlank(cells)) continue
    const at = lineOf(i)
    if (cells.length > width && !isBlank(cells.slice(width)))
      table.problems.push({ code: 'ragged-row', severity: 'error', line: at, column: null, message: `the row has ${cells.length} fields but the header has ${width} (a stray "${table.delimiter}" or quote?)` })
    table.rows.push({ line: at, cells })
  }
}

export function readCsv(input: string, partChars = PART_CHARS): CsvReading {
  const sep = EXCEL_SEP.exec(input)
  // the sep line is blanked rather than cut, so line numbers still match the file
  const text = sep ? input.replace(/^[^\r\n]*/, '') : input
  const cut = text.includes('"') ? text.length : cutAfter(text, 0, partChars)
  // no usable delimiter: parse on one that splits nothing, so the single-column error names the header
  const parsed = Papa.parse<string[]>(cut < text.length ? text.slice(0, cut) : text, { delimiter: sep?.[1] ?? sniffDelimiter(text) ?? '\u0000', skipEmptyLines: false, header: false })
  const records = parsed.data
  const problems: ImportProblem[] = []
  const delimiter = parsed.meta.delimiter === '\u0000' ? '' : parsed.meta.delimiter
  const done: CsvReading = { table: { headers: [], rows: [], problems, delimiter }, expectedRows: 0, readMore: () => false }

  // a quoted field may span lines, so count the line breaks inside fields to keep line numbers exact
  const lines: number[] = new Array<number>(records.length)
  let line = 1
  const mayHaveBreaks = text.includes('"')
  for (let i = 0; i < records.length; i++) {
    lines[i] = line
    line++
    if (mayHaveBreaks) for (const field of records[i] ?? []) for (let at = field.indexOf('\n'); at >= 0; at = field.indexOf('\n', at + 1)) line++
  }

  for (const e of parsed.errors) {
    if (e.type !== 'Quotes') continue
    const at = e.row === undefined ? null : (lines[e.row] ?? null)
    problems.push({ code: 'broken-quotes', severity: 'error', line: at, column: null, message: `a quoted field is not closed (${e.message}); check the quotes around this line` })
  }

  const nonEmpty = records.findIndex((r) => !isBlank(r))
  if (nonEmpty < 0) {
    problems.push({ code: 'empty-file', severity: 'error', line: null, column: null, message: 'the file is empty' })
    return done
  }
  const headerIndex = nonEmpty + findHeaderRow(records.slice(nonEmpty, nonEmpty + 30))
  const table: CsvTable = { headers: (records[headerIndex] ?? []).map((h) => h.trim()), rows: [], problems, delimiter }
  if (table.headers.length < 2) {
    problems.push({ code: 'single-column', severity: 'error', line: lines[headerIndex] ?? null, column: null, message: `only one column found: the file is not separated by ; , tab or |` })
    return { ...done, table }
  }
  addRows(table, records, (i) => lines[i] ?? i + 1, headerIndex + 1)
  if (cut === text.length || table.rows.length === 0) {
    // the rare large file whose head holds no data rows: parsed in one go after all
    if (cut < text.length) return readCsv(input, Infinity)
    if (table.rows.length === 0) problems.push({ code: 'no-data-rows', severity: 'error', line: null, column: null, message: 'the file has a header but no rows' })
    return { ...done, table, expectedRows: table.rows.length }
  }
  // the head ends with a line break: its last (empty) record is where the next part begins
  let nextLine = line - 1
  let offset = cut
  // the head's line endings hold for the rest; papaparse would guess them again for every part
  const lineBreak = parsed.meta.linebreak === '\r\n' || parsed.meta.linebreak === '\r' ? parsed.meta.linebreak : '\n'
  return {
    table,
    get expectedRows() {
      return offset >= text.length ? table.rows.length : Math.round((table.rows.length * text.length) / offset)
    },
    readMore() {
      if (offset >= text.length) return false
      const end = cutAfter(text, offset, partChars)
      const records = Papa.parse<string[]>(text.slice(offset, end), { delimiter: parsed.meta.delimiter, newline: lineBreak, skipEmptyLines: false, header: false }).data
      const first = nextLine
      addRows(table, records, (i) => first + i)
      nextLine += records.length - 1
      offset = end
      return true
    }
  }
}
