// The rejected rows of an import as a CSV the bookkeeper can open in Excel, fix and import again.
import Papa from 'papaparse'
import type { RejectedRow } from './records'

export type RejectedCsvLabels = { line: string; problems: string }

/** `;`-separated UTF-8 with a BOM, which NL/BE Excel opens correctly; the original columns in between. */
export function rejectedRowsCsv(headers: readonly string[], rejected: readonly RejectedRow[], labels: RejectedCsvLabels = { line: 'Regel', problems: 'Problemen' }): string {
  const width = Math.max(headers.length, ...rejected.map((r) => r.cells.length))
  const columns = Array.from({ length: width }, (_, i) => headers[i] ?? `#${i + 1}`)
  const data = rejected.map((r) => [
    String(r.line),
    ...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
    r.problems.map((p) => `${p.column === null ? '' : `${p.column}: `}${p.message}`).join(' | ')
  ])
  return '\uFEFF' + Papa.unparse({ fields: [labels.line, ...columns, labels.problems], data }, { delimiter: ';', newline: '\r\n' })
}
