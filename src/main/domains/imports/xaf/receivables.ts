// From the book to the lines that make up the receivables: which accounts hold them (proposed, or as
// the user confirmed), which relations are customers, and what is left out and why.
import { centsToDecimal, type Cents } from '../../../../shared/money'
import type { IsoDate } from '../../../../shared/dates'
import type { ImportProblem } from '../../../../shared/domains/imports/problems'
import { proposeReceivableAccounts } from '../../../../shared/domains/imports/xaf/accounts'
import type { AccountStats, XafAccountChoice, XafMovement } from '../../../../shared/domains/imports/xaf/model'
import { isCustomerType } from '../../../../shared/domains/imports/xaf/party'
import type { XafBook } from './book'

/** How a relation counts: C customer, B both (or not stated), S supplier or other. */
function roleOf(book: XafBook, party: string): 'customer' | 'both' | 'other' | 'plain' {
  if (party === '') return 'plain'
  const type = book.parties.get(party)?.type ?? null
  return type === 'C' ? 'customer' : type === 'S' || type === 'O' ? 'other' : 'both'
}

export function accountStats(book: XafBook, openingBalance: (account: string) => Cents): AccountStats[] {
  const stats: AccountStats[] = []
  for (const [id, lines] of book.accountLines) {
    const a = { customerLines: 0, bothLines: 0, otherLines: 0, plainLines: 0 }
    for (const [party, { lines: count }] of lines.parties) {
      const role = roleOf(book, party)
      if (role === 'customer') a.customerLines += count
      else if (role === 'both') a.bothLines += count
      else if (role === 'other') a.otherLines += count
      else a.plainLines += count
    }
    let balanceCents = openingBalance(id)
    for (const cents of lines.balance.values()) balanceCents += cents
    const known = book.accounts.get(id)
    stats.push({ id, description: known?.description ?? id, type: known?.type ?? null, ...a, balanceCents })
  }
  return stats.sort((x, y) => (x.id < y.id ? -1 : 1))
}

const problem = (code: ImportProblem['code'], severity: ImportProblem['severity'], column: string | null, message: string): ImportProblem => ({ code, severity, line: null, column, message })

/** The proposal, the user's choice over it (`chosen`, when given) and the problems with either. */
export function chooseAccounts(stats: readonly AccountStats[], chosen: readonly string[] | undefined) {
  const { proposed, doubtful } = proposeReceivableAccounts(stats)
  const problems: ImportProblem[] = []
  for (const id of chosen ?? []) if (!stats.some((a) => a.id === id)) problems.push(problem('xaf-accounts', 'error', id, `account ${id} carries no lines in the file`))
  const use = new Set(chosen ?? proposed)
  if (use.size === 0)
    problems.push(problem('xaf-no-receivables', 'error', null, 'no ledger account carries customer lines (custSupID of a customer): the file has no receivables to import'))
  else if (chosen === undefined && doubtful.length > 0) {
    const list = doubtful.map((id) => `${id} (${stats.find((a) => a.id === id)?.description ?? id})`).join(', ')
    problems.push(problem('xaf-accounts', 'error', doubtful.join(', '), `account(s) ${list} also carry customer lines: confirm which accounts hold the receivables (in the preview, or with --accounts ${[...proposed, ...doubtful].join(',')})`))
  }
  const choices: XafAccountChoice[] = stats
    .filter((a) => proposed.includes(a.id) || doubtful.includes(a.id) || use.has(a.id))
    .map((a) => ({ ...a, proposed: proposed.includes(a.id), doubtful: doubtful.includes(a.id), chosen: use.has(a.id) }))
  return { accounts: use, choices, needsConfirmation: chosen === undefined && doubtful.length > 0, problems }
}

/**
 * The lines of customers on the receivable accounts up to `asOf`. Suppliers' lines there, and lines
 * without a relation that do not net to zero, are left out with a warning saying how much.
 */
export function receivableLines(book: XafBook, lines: readonly XafMovement[], accounts: ReadonlySet<string>, asOf: IsoDate) {
  const problems: ImportProblem[] = []
  const kept: XafMovement[] = []
  const customers = new Set<string>()
  for (const m of lines) {
    if (m.date > asOf || (m.account === null ? !m.opening : !accounts.has(m.account))) continue
    const type = book.parties.get(m.party)?.type ?? null
    if (type !== null && !isCustomerType(type)) continue
    customers.add(m.party)
    kept.push(m)
  }
  for (const account of accounts)
    for (const [party, s] of book.accountLines.get(account)?.parties ?? []) {
      const type = book.parties.get(party)?.type ?? null
      if (party === '' && s.cents !== 0)
        problems.push(problem('xaf-unassigned', 'warning', `trLine[${account}]`, `lines on account ${account} without a customer add up to ${centsToDecimal(s.cents)}; they belong to no customer's items`))
      else if (type !== null && !isCustomerType(type))
        problems.push(problem('xaf-suppliers', 'warning', `customerSupplier[${party}]`, `${s.lines} line(s) of supplier ${party} on account ${account} (${centsToDecimal(s.cents)}) are not imported: suppliers never become customers`))
    }
  for (const party of customers)
    if (!book.parties.has(party)) problems.push(problem('xaf-unknown-customer', 'warning', `custSupID[${party}]`, `customer ${party} has lines but is not in customersSuppliers; it is imported with its code as its name`))
  return { lines: kept, customers, problems }
}
