// Ledger lines on the receivable accounts to open items and payment history. Lines of one customer
// belong together when they share an invoice reference (invRef) or a match key (matchKeyID); a line
// with neither is known by its document reference (docRef). The balance of each group, debit minus
// credit, is the open amount; a group that came back to zero is an invoice settled within the files.
import type { IsoDate } from '../../../dates'
import type { PaymentHistoryKind } from '../../invoices/payment-history'
import type { DerivedItem, HistoryMove, XafMovement } from './model'

/** Bank and cash journals move money. */
const MONEY_JOURNALS = new Set(['B', 'C'])

/** Raising an item: an opening balance line, or a debit outside the bank and cash journals. */
function isCharge(m: XafMovement): boolean {
  return m.opening || (m.cents > 0 && !MONEY_JOURNALS.has(m.journalType ?? ''))
}

function historyKind(m: XafMovement): PaymentHistoryKind {
  if (m.journalType === null || MONEY_JOURNALS.has(m.journalType)) return 'payment'
  return m.journalType === 'S' ? 'credit-note' : 'adjustment'
}

/**
 * One customer's movements grouped by reference. Nearly always each line carries one key (its invRef,
 * else its matchKeyID, else its docRef or its own reference) and a group is the lines of one key, in
 * the order the groups first appear; lines that carry both an invRef and a matchKeyID link groups.
 */
function groupsOf(moves: readonly XafMovement[]): XafMovement[][] {
  if (moves.some((m) => m.invRef !== null && m.matchKey !== null)) return linkedGroupsOf(moves)
  const byRef = new Map<string, XafMovement[]>()
  const byMatch = new Map<string, XafMovement[]>()
  const byLine = new Map<string, XafMovement[]>()
  const groups: XafMovement[][] = []
  const add = (map: Map<string, XafMovement[]>, key: string, m: XafMovement) => {
    const group = map.get(key)
    if (group) return void group.push(m)
    const fresh = [m]
    map.set(key, fresh)
    groups.push(fresh)
  }
  for (const m of moves) {
    // an invRef and a docRef name the same thing: an invoice
    if (m.invRef !== null) add(byRef, m.invRef, m)
    else if (m.matchKey !== null) add(byMatch, m.matchKey, m)
    else if (m.docRef !== null) add(byRef, m.docRef, m)
    else add(byLine, m.ref, m)
  }
  return groups
}

/** Union-find over one customer's reference keys. */
function linkedGroupsOf(moves: readonly XafMovement[]): XafMovement[][] {
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    let root = k
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    for (let at = k; at !== root; ) {
      const next = parent.get(at) ?? root
      parent.set(at, root)
      at = next
    }
    return root
  }
  const keysOf = (m: XafMovement): string[] => {
    const keys: string[] = []
    if (m.invRef !== null) keys.push(`r\u0000${m.invRef}`)
    if (m.matchKey !== null) keys.push(`m\u0000${m.matchKey}`)
    if (keys.length === 0) keys.push(m.docRef === null ? `l\u0000${m.ref}` : `r\u0000${m.docRef}`)
    for (const k of keys) if (!parent.has(k)) parent.set(k, k)
    return keys
  }
  const lineKeys = moves.map(keysOf)
  for (const keys of lineKeys) for (const k of keys.slice(1)) parent.set(find(k), find(keys[0] as string))
  const groups = new Map<string, XafMovement[]>()
  moves.forEach((m, i) => {
    const root = find((lineKeys[i] as string[])[0] as string)
    const list = groups.get(root)
    if (list) list.push(m)
    else groups.set(root, [m])
  })
  return [...groups.values()]
}

/** The last day the running balance (day by day) came back to zero. */
function settledOn(sorted: readonly XafMovement[]): IsoDate | null {
  let running = 0
  let settled: IsoDate | null = null
  for (let i = 0; i < sorted.length; ) {
    const day = (sorted[i] as XafMovement).date
    const before = running
    while (i < sorted.length && (sorted[i] as XafMovement).date === day) running += (sorted[i++] as XafMovement).cents
    if (running === 0 && (before !== 0 || settled === null)) settled = day
  }
  return running === 0 ? settled : null
}

const numberOf = (m: XafMovement): string => m.invRef ?? m.docRef ?? m.matchKey ?? m.ref

function itemOf(customerCode: string, group: XafMovement[]): DerivedItem | null {
  const sorted = [...group].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const balance = sorted.reduce((sum, m) => sum + m.cents, 0)
  const charges = sorted.filter((m) => isCharge(m) && m.cents > 0)
  const invoiceLike = charges.length > 0 || balance > 0
  if (!invoiceLike && balance === 0) return null
  // an invoice is raised by its charges; a credit note or an unapplied payment by its credit lines
  const raised = invoiceLike ? charges : sorted.filter((m) => m.cents < 0)
  const origin = raised[0] ?? (sorted[0] as XafMovement)
  let amountCents = raised.reduce((sum, m) => sum + m.cents, 0)
  // an overpaid invoice, or one raised only by a bank debit: the open amount is all that is known
  if (Math.abs(balance) > Math.abs(amountCents)) amountCents = balance
  const raisedSet = new Set(raised)
  const moves: HistoryMove[] = sorted.filter((m) => !raisedSet.has(m)).map((m) => ({ on: m.date, cents: -m.cents, kind: historyKind(m), ref: m.ref }))
  return {
    customerCode,
    number: numberOf(origin),
    invoiceDate: origin.invoiceDate ?? origin.date,
    dueDate: origin.dueDate,
    amountCents,
    openCents: balance,
    settledOn: balance === 0 ? settledOn(sorted) : null,
    description: origin.description,
    line: origin.line,
    moves
  }
}

/** One customer's movements, in the groups that each make up an item (see groupsOf). */
export type PartyGroups = { party: string; groups: XafMovement[][] }

/** The movements per customer, in the order the customers first appear, grouped into items. */
export function groupByParty(movements: readonly XafMovement[]): PartyGroups[] {
  const byParty = new Map<string, XafMovement[]>()
  for (const m of movements) {
    const list = byParty.get(m.party)
    if (list) list.push(m)
    else byParty.set(m.party, [m])
  }
  return [...byParty].map(([party, moves]) => ({ party, groups: groupsOf(moves) }))
}

/**
 * One customer's open items (open amount not zero) and settled invoices (zero, with the day they were
 * settled), by invoice date. A number two groups would share gets the line's reference appended.
 */
export function itemsOfParty({ party, groups }: PartyGroups): DerivedItem[] {
  const used = new Set<string>()
  const own = groups
    .map((g) => itemOf(party, g))
    .filter((i): i is DerivedItem => i !== null)
    .sort((a, b) => (a.invoiceDate < b.invoiceDate ? -1 : a.invoiceDate > b.invoiceDate ? 1 : a.line - b.line))
  for (const item of own) {
    let number = item.number
    for (let n = 2; used.has(number); n++) number = `${item.number} (${n})`
    used.add(number)
    item.number = number
  }
  return own
}
