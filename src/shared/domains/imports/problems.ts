// Import problems are codes with parameters, so the wizard can show them in the bookkeeper's language;
// `message` is the English fallback the CLI prints.
import { XAF_FILE_CODES, XAF_NOTICE_CODES } from './xaf/problem-codes'

/** Problems with the file as a whole: nothing is imported, not even the valid rows. */
const FILE_CODES = ['empty-file', 'no-data-rows', 'single-column', 'broken-quotes', 'unreadable-xlsx', 'bad-xml', 'not-an-invoice', 'missing-column', 'unknown-column', ...XAF_FILE_CODES] as const

export const PROBLEM_CODES = [
  ...FILE_CODES,
  // one row
  'missing-value',
  'bad-amount',
  'bad-date',
  'bad-dc',
  'bad-number',
  'bad-currency',
  'bad-email',
  'ragged-row',
  'open-exceeds-amount',
  'duplicate-invoice',
  'unknown-country',
  'code-from-name',
  'total-row',
  ...XAF_NOTICE_CODES
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

export type ImportProblem = {
  code: ProblemCode
  /** errors reject the row (or the whole file when line is null); warnings only inform */
  severity: 'error' | 'warning'
  /** line in the file (CSV record line, spreadsheet row), null for the file as a whole */
  line: number | null
  /** the column header (or XML element) the problem is about */
  column: string | null
  value?: string
  message: string
}

/** "bank.csv, line 7, column "Bedrag": …" — what the CLI and the rejected-rows export print. */
export function describeProblem(fileName: string, p: ImportProblem): string {
  const where = [fileName, p.line === null ? null : `line ${p.line}`, p.column === null ? null : `column "${p.column}"`]
  return `${where.filter((w) => w !== null).join(', ')}: ${p.message}`
}

/** An error that makes the whole file unusable; after an unclosed quote, for one, no later row can be trusted. */
export function isFatal(p: ImportProblem): boolean {
  return p.severity === 'error' && (p.line === null || (FILE_CODES as readonly string[]).includes(p.code))
}
