// Several files in one import: parts of one fiscal year (Exact's …_01.xaf, …_02.xaf) and consecutive
// fiscal years of one administration. The opening balance of the first year starts the history; the
// later years' opening balances restate what the earlier years' transactions already hold.
import { addDays, type IsoDate } from '../../../../shared/dates'
import type { Cents } from '../../../../shared/money'
import { centsToDecimal } from '../../../../shared/money'
import type { ImportProblem } from '../../../../shared/domains/imports/problems'
import type { XafMovement } from '../../../../shared/domains/imports/xaf/model'
import type { Opening, XafBook, XafFileInfo } from './book'

export type Period = { startDate: IsoDate; endDate: IsoDate; currency: string; years: IsoDate[] }

const fileError = (code: ImportProblem['code'], message: string): ImportProblem => ({ code, severity: 'error', line: null, column: null, message })
const norm = (s: string | null) => s?.replace(/[\s.]/g, '').toUpperCase() || null

/** The period the files cover together, or the problems that keep them from being read as one. */
export function checkPeriod(files: readonly XafFileInfo[]): { period: Period | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const first = files[0]
  if (!first) return { period: null, problems }
  for (const f of files) {
    const [a, b] = [first.company, f.company]
    const differs = (x: string | null, y: string | null) => x !== null && y !== null && x !== y
    if (differs(norm(a.taxId), norm(b.taxId)) || differs(norm(a.ident), norm(b.ident)))
      problems.push(fileError('xaf-company', `${f.fileName} belongs to ${b.name ?? b.ident ?? 'another administration'}, ${first.fileName} to ${a.name ?? a.ident ?? 'another'}: import the files of one administration together`))
    if (f.currency !== first.currency) problems.push(fileError('xaf-company', `${f.fileName} is in ${f.currency}, ${first.fileName} in ${first.currency}`))
  }
  const ends = new Map<IsoDate, IsoDate>()
  for (const f of files) {
    const end = ends.get(f.startDate)
    if (end !== undefined && end !== f.endDate) problems.push(fileError('xaf-years', `${f.fileName} covers ${f.startDate} to ${f.endDate}, another file of that year ends on ${end}`))
    ends.set(f.startDate, f.endDate)
  }
  const years = [...ends.keys()].sort()
  for (let i = 1; i < years.length; i++) {
    const prevEnd = ends.get(years[i - 1] as IsoDate) as IsoDate
    const start = years[i] as IsoDate
    if (start !== addDays(prevEnd, 1))
      problems.push(fileError('xaf-years', `the files cover a year ending ${prevEnd} and one starting ${start}: ${start > prevEnd ? 'the year in between is missing; add its auditfile' : 'the years overlap'}`))
  }
  if (problems.length > 0) return { period: null, problems }
  const last = years[years.length - 1] as IsoDate
  return { period: { startDate: years[0] as IsoDate, endDate: ends.get(last) as IsoDate, currency: first.currency, years }, problems }
}

/** The opening balance a year's first file states (split files repeat it, or only the first has it). */
export function openingOf(book: XafBook, year: IsoDate): Opening | null {
  const list = [...(book.openings.get(year) ?? [])].sort((a, b) => a.file - b.file)
  return list.find((o) => o.movements.length > 0 || o.accounts.size > 0) ?? null
}

/** The opening items the history starts from: those of the first fiscal year. */
export function startingItems(book: XafBook, period: Period): XafMovement[] {
  return openingOf(book, period.years[0] as IsoDate)?.movements ?? []
}

const euro = (cents: Cents) => centsToDecimal(cents)

/**
 * Warnings on the receivable accounts' opening balances: the first year's sub-ledger should itemise
 * its opening balance (XAF 3.1 has no sub-ledger at all), and each later year should open with what
 * the year before closed with.
 */
export function openingWarnings(book: XafBook, period: Period, accounts: ReadonlySet<string>, customerItems: (o: Opening, account: string) => Cents): ImportProblem[] {
  const problems: ImportProblem[] = []
  const warn = (column: string, message: string) => problems.push({ code: 'xaf-opening', severity: 'warning', line: null, column, message })
  const first = openingOf(book, period.years[0] as IsoDate)
  const closing = new Map<string, Cents>()
  for (const account of accounts) {
    const stated = first?.accounts.get(account) ?? 0
    const itemised = first ? customerItems(first, account) : 0
    if (stated !== itemised)
      warn(
        `openingBalance/obLine[${account}]`,
        `account ${account} opens ${period.startDate} at ${euro(stated)}, but the sub-ledger lists customer items for ${euro(itemised)}: items from before ${period.startDate} may be missing; import the previous year's auditfile too`
      )
    closing.set(account, stated)
  }
  for (const year of period.years) {
    const later = year === period.years[0] ? null : openingOf(book, year)
    for (const account of accounts) {
      const expected = closing.get(account) ?? 0
      if (later && (later.accounts.get(account) ?? 0) !== expected)
        warn(`openingBalance/obLine[${account}]`, `account ${account} opens ${year} at ${euro(later.accounts.get(account) ?? 0)}, but the year before closed at ${euro(expected)}`)
      closing.set(account, expected + (book.accountLines.get(account)?.balance.get(year) ?? 0))
    }
  }
  return problems
}
