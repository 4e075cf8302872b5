// What the files of one import add up to: relations, ledger accounts, fiscal years, and the ledger
// lines that carry a relation. Split files of one year and several fiscal years read into one book;
// a transaction that two files both carry is counted once.
import type { Cents } from '../../../../shared/money'
import type { IsoDate } from '../../../../shared/dates'
import type { ImportProblem } from '../../../../shared/domains/imports/problems'
import type { XafMovement } from '../../../../shared/domains/imports/xaf/model'
import type { XafParty } from '../../../../shared/domains/imports/xaf/party'

export type XafVersion = '3.1' | '3.2'

export type XafFileInfo = {
  fileName: string
  version: XafVersion
  fiscalYear: string
  startDate: IsoDate
  endDate: IsoDate
  currency: string
  software: string | null
  /** companyIdent, companyName and taxRegIdent: the administration the file belongs to */
  company: { ident: string | null; name: string | null; taxId: string | null }
}

/** Per ledger account: lines and their sum per relation (custSupID, '' for none), and the balance per fiscal year. */
export type AccountLines = { parties: Map<string, { lines: number; cents: Cents }>; balance: Map<string, Cents> }

/** A fiscal year's opening balance as one file states it. */
export type Opening = { file: number; movements: XafMovement[]; accounts: Map<string, Cents> }

/** A transaction's lines, column by column (reused from one transaction to the next): the first `count` are its own. */
export type LedgerLines = { count: number; accounts: string[]; parties: (string | null)[]; cents: Cents[]; movements: (XafMovement | null)[] }

export function emptyLines(): LedgerLines {
  return { count: 0, accounts: [], parties: [], cents: [], movements: [] }
}

export function addLine(lines: LedgerLines, account: string, party: string | null, cents: Cents, movement: XafMovement | null): void {
  const at = lines.count++
  lines.accounts[at] = account
  lines.parties[at] = party
  lines.cents[at] = cents
  lines.movements[at] = movement
}

const MAX_PROBLEMS = 200

/** `dedupe`: several files, which may carry the same transaction (split parts overlap, a file is given twice). */
export function createBook(dedupe: boolean) {
  const files: XafFileInfo[] = []
  const parties = new Map<string, XafParty>()
  const accounts = new Map<string, { description: string; type: string | null }>()
  const accountLines = new Map<string, AccountLines>()
  /** per fiscal year (its start date), every file's opening balance, in file order */
  const openings = new Map<IsoDate, Opening[]>()
  const movements: XafMovement[] = []
  const seen = new Set<string>()
  const problems: ImportProblem[] = []
  let problemCount = 0
  let lineCount = 0
  let duplicates = 0

  function linesOf(account: string): AccountLines {
    let a = accountLines.get(account)
    if (!a) accountLines.set(account, (a = { parties: new Map(), balance: new Map() }))
    return a
  }

  return {
    files,
    parties,
    accounts,
    accountLines,
    openings,
    movements,
    problems,
    get problemCount() {
      return problemCount
    },
    get lineCount() {
      return lineCount
    },
    get duplicates() {
      return duplicates
    },
    problem(p: ImportProblem): void {
      problemCount++
      if (problems.length < MAX_PROBLEMS) problems.push(p)
    },
    hasErrors(): boolean {
      return problems.some((p) => p.severity === 'error')
    },
    /** the first file to describe a relation wins; a later one only fills what it lacks */
    party(p: XafParty): void {
      const known = parties.get(p.id)
      if (!known) return void parties.set(p.id, p)
      for (const [k, v] of Object.entries(p) as [keyof XafParty, never][]) if (known[k] === null && v !== null) known[k] = v
    },
    account(id: string, description: string, type: string | null): void {
      if (!accounts.has(id)) accounts.set(id, { description, type })
    },
    /** Lines worth keeping one by one: a relation that may be a customer, on an account that may hold receivables. */
    mayBeReceivable(account: string, party: string): boolean {
      const type = parties.get(party)?.type
      return accounts.get(account)?.type !== 'P' && type !== 'S' && type !== 'O'
    },
    dedupe,
    /** A balanced transaction's lines; false when another file already delivered it (`key`: year, journal and number). */
    transaction(key: () => string, year: IsoDate, lines: LedgerLines): boolean {
      if (dedupe) {
        const k = key()
        if (seen.has(k)) {
          duplicates++
          return false
        }
        seen.add(k)
      }
      for (let i = 0; i < lines.count; i++) {
        lineCount++
        const cents = lines.cents[i] as Cents
        const a = linesOf(lines.accounts[i] as string)
        const key = lines.parties[i] ?? ''
        const party = a.parties.get(key)
        if (party) {
          party.lines++
          party.cents += cents
        } else a.parties.set(key, { lines: 1, cents })
        a.balance.set(year, (a.balance.get(year) ?? 0) + cents)
        const movement = lines.movements[i]
        if (movement) movements.push(movement)
      }
      return true
    },
    /**
     * The transactions of a file's tail read by another worker (parallel-read.ts), in file order after
     * those read here; `shift` turns its line numbers into the file's.
     */
    addPart(part: { movements: XafMovement[]; accountLines: Map<string, AccountLines>; lineCount: number }, shift: number): void {
      lineCount += part.lineCount
      for (const m of part.movements) {
        m.line += shift
        movements.push(m)
      }
      for (const [account, theirs] of part.accountLines) {
        const mine = linesOf(account)
        for (const [key, s] of theirs.parties) {
          const party = mine.parties.get(key)
          if (party) {
            party.lines += s.lines
            party.cents += s.cents
          } else mine.parties.set(key, s)
        }
        for (const [year, cents] of theirs.balance) mine.balance.set(year, (mine.balance.get(year) ?? 0) + cents)
      }
    },
    opening(year: IsoDate, opening: Opening): void {
      lineCount += opening.movements.length
      const list = openings.get(year)
      if (list) list.push(opening)
      else openings.set(year, [opening])
    }
  }
}

export type XafBook = ReturnType<typeof createBook>
