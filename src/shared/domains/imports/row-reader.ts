// One reader object walks all rows: per-row closures cost more than the parsing itself on 100k rows.
import { cellText } from './cells'
import type { ImportField } from './fields'
import type { ImportProblem, ProblemCode } from './problems'
import type { Cell, RawRow } from './records'

export type RowReader = {
  row: RawRow
  /** problems of the current row */
  problems: ImportProblem[]
  /** whether a column is mapped to the field */
  has(f: ImportField): boolean
  get(f: ImportField): Cell | undefined
  text(f: ImportField): string
  /** the header of the field's column, or the field name when unmapped */
  header(f: ImportField): string
  fail(f: ImportField, code: ProblemCode, message: string): void
}

export function createRowReader(headers: readonly string[], index: Partial<Record<ImportField, number>>): RowReader {
  const reader: RowReader = {
    row: { line: 0, cells: [] },
    problems: [],
    has: (f) => index[f] !== undefined,
    get(f) {
      const i = index[f]
      return i === undefined ? undefined : reader.row.cells[i]
    },
    text: (f) => cellText(reader.get(f)),
    header(f) {
      const i = index[f]
      return i === undefined ? f : (headers[i] ?? f)
    },
    fail(f, code, message) {
      reader.problems.push({ code, severity: 'error', line: reader.row.line, column: reader.header(f), value: reader.text(f), message })
    }
  }
  return reader
}
