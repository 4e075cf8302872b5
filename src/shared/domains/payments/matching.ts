// Payment matching rules, pure: which open invoices an incoming bank entry pays, with a confidence and a reason.
// Exact references and invoice numbers are booked automatically; amount/IBAN/name heuristics are only proposed.
import type { IsoDate } from '../../dates'
import type { Cents } from '../../money'
import { bareReference, referencesInText } from './references'

export type MatchableEntry = {
  amountCents: Cents
  counterpartyName: string | null
  counterpartyAccount: string | null
  structuredReference: string | null
  remittance: string | null
}

export type OpenInvoice = {
  id: number
  number: string
  customerId: number
  customerName: string
  customerIban: string | null
  paymentReference: string | null
  openCents: Cents
  dueDate: IsoDate
}

export type MatchRule = 'issued-reference' | 'reference' | 'invoice-number' | 'amount-iban' | 'iban-total' | 'iban-oldest-first' | 'amount-name' | 'amount-only'

export type PlannedAllocation = { invoiceId: number; amountCents: Cents }

/** A structured reference Debito issued (for a plan instalment, a letter, …) and the invoices it pays. */
export type IssuedReference = { reference: string; sourceKind: string; sourceId: number; invoiceIds: readonly number[] }

export type MatchCandidate = {
  rule: MatchRule
  /** 0–1: how sure the rule is that this is the payer's intention */
  confidence: number
  reason: string
  allocations: PlannedAllocation[]
  /** what is left of the payment after the allocations: an overpayment stays as unapplied credit */
  unappliedCents: Cents
  /** booked without asking: only exact references and invoice numbers */
  auto: boolean
}

const byDue = (a: OpenInvoice, b: OpenInvoice) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id)

/** Applies an amount to invoices in the given order; the last one may be paid partly. */
export function planAllocations(amountCents: Cents, invoices: readonly OpenInvoice[]): { allocations: PlannedAllocation[]; unappliedCents: Cents } {
  let rest = amountCents
  const allocations: PlannedAllocation[] = []
  for (const inv of invoices) {
    if (rest <= 0) break
    const part = Math.min(rest, inv.openCents)
    if (part <= 0) continue
    allocations.push({ invoiceId: inv.id, amountCents: part })
    rest -= part
  }
  return { allocations, unappliedCents: rest }
}

const LEGAL_FORMS = /\b(b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|bvba|bv|nv|srl|sprl|sa|cv|comm\.?v|vzw|asbl|gmbh|ltd|inzake)\b/g

/** Lower case, without accents, legal forms or punctuation: "Café De Kroon B.V." → "cafe de kroon". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function namesMatch(a: string | null, b: string): boolean {
  if (a === null) return false
  const x = normalizeName(a)
  const y = normalizeName(b)
  return x.length >= 3 && y.length >= 3 && (x === y || x.includes(y) || y.includes(x))
}

function candidate(rule: MatchRule, confidence: number, reason: string, amount: Cents, invoices: OpenInvoice[], auto = false): MatchCandidate {
  return { rule, confidence, reason, auto, ...planAllocations(amount, invoices) }
}

const numbersOf = (invoices: OpenInvoice[]) => invoices.map((i) => i.number).join(', ')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Invoice numbers standing as a whole word in the text (at least 3 characters with a digit). A short
 * all-digit number ("1042") could as well be a year or an amount, so it must follow a word like "factuur".
 */
function invoicesNamedIn(text: string, invoices: readonly OpenInvoice[]): OpenInvoice[] {
  const upper = text.toUpperCase()
  return invoices.filter((inv) => {
    const num = inv.number.toUpperCase()
    if (num.length < 3 || !/\d/.test(num) || !upper.includes(num)) return false
    const lead = /^\d{1,5}$/.test(num) ? '(?:FACTUUR|FACTURE|FACT|INVOICE|INV|NR|NO|#)[.:\\s]*(?<!\\d)' : '(?<![A-Z0-9])'
    return new RegExp(`${lead}${escapeRegExp(num)}(?![A-Z0-9])`).test(upper)
  })
}

/** The bare structured references a payment carries: its reference field and valid ones in the description. */
export function entryReferences(entry: Pick<MatchableEntry, 'structuredReference' | 'remittance'>): Set<string> {
  const given = entry.structuredReference === null ? null : bareReference(entry.structuredReference)
  return new Set([given, ...referencesInText(entry.remittance ?? '')].filter((r) => r !== null))
}

/**
 * Every plausible way to apply an incoming payment, best first. Money out is never matched here.
 * `issued` are the references Debito issued that this payment carries (see `entryReferences`): such a
 * payment goes to the invoices behind the reference that are still open, oldest first.
 */
export function matchEntry(entry: MatchableEntry, openInvoices: readonly OpenInvoice[], issued: readonly IssuedReference[] = []): MatchCandidate[] {
  const amount = entry.amountCents
  if (amount <= 0) return []
  const open = openInvoices.filter((i) => i.openCents > 0).sort(byDue)
  const out: MatchCandidate[] = []

  const refs = entryReferences(entry)
  for (const ref of issued.filter((r) => refs.has(r.reference))) {
    const covered = open.filter((i) => ref.invoiceIds.includes(i.id))
    if (covered.length > 0) {
      out.push(candidate('issued-reference', 1, `structured reference ${ref.reference} of ${ref.sourceKind} ${ref.sourceId}: invoice ${numbersOf(covered)}, oldest first`, amount, covered, true))
    }
  }
  const byRef = open.filter((i) => i.paymentReference !== null && refs.has(bareReference(i.paymentReference) ?? ''))
  if (byRef.length > 0) {
    out.push(candidate('reference', 1, `structured reference of invoice ${numbersOf(byRef)}`, amount, byRef, true))
  }

  const named = invoicesNamedIn(`${entry.remittance ?? ''} ${entry.structuredReference ?? ''}`, open)
  if (named.length > 0 && new Set(named.map((i) => i.customerId)).size === 1) {
    const exact = named.reduce((a, i) => a + i.openCents, 0) === amount
    out.push(candidate('invoice-number', exact ? 0.95 : 0.9, `invoice number ${numbersOf(named)} in the payment description`, amount, named, true))
  }

  const account = entry.counterpartyAccount?.replace(/\s+/g, '').toUpperCase() ?? null
  const ofPayer = account === null ? [] : open.filter((i) => i.customerIban?.replace(/\s+/g, '').toUpperCase() === account)
  const sameAmount = (list: OpenInvoice[]) => list.filter((i) => i.openCents === amount)
  const exactOfPayer = sameAmount(ofPayer)
  if (exactOfPayer[0]) {
    const conf = exactOfPayer.length === 1 ? 0.85 : 0.7
    out.push(candidate('amount-iban', conf, `amount and IBAN match invoice ${exactOfPayer[0].number} of ${exactOfPayer[0].customerName}`, amount, [exactOfPayer[0]]))
  }
  if (ofPayer.length > 1 && ofPayer.reduce((a, i) => a + i.openCents, 0) === amount) {
    out.push(candidate('iban-total', 0.8, `IBAN of ${ofPayer[0]?.customerName ?? ''}; the amount equals all ${ofPayer.length} open invoices`, amount, ofPayer))
  }
  if (ofPayer.length > 0 && exactOfPayer.length === 0) {
    out.push(candidate('iban-oldest-first', 0.5, `IBAN of ${ofPayer[0]?.customerName ?? ''}; applied to the oldest open invoices first`, amount, ofPayer))
  }
  const exactAnywhere = sameAmount(open)
  const exactByName = exactAnywhere.filter((i) => namesMatch(entry.counterpartyName, i.customerName))
  if (exactByName[0]) {
    out.push(candidate('amount-name', exactByName.length === 1 ? 0.7 : 0.55, `amount and payer name match invoice ${exactByName[0].number} of ${exactByName[0].customerName}`, amount, [exactByName[0]]))
  }
  if (exactAnywhere.length === 1 && exactAnywhere[0]) {
    out.push(candidate('amount-only', 0.4, `only open invoice of this amount: ${exactAnywhere[0].number}`, amount, [exactAnywhere[0]]))
  }
  return dedupe(out.sort((a, b) => b.confidence - a.confidence))
}

/** The same allocations proposed by several rules are shown once, with the most confident reason. */
function dedupe(list: MatchCandidate[]): MatchCandidate[] {
  const seen = new Set<string>()
  return list.filter((c) => {
    const key = c.allocations.map((a) => `${a.invoiceId}:${a.amountCents}`).join(',')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export type PaidBefore = { entryId: number; counterpartyAccount: string | null; amountCents: Cents; bookingDate: IsoDate }

/**
 * A returned direct debit (money out with a return reason) undoes the incoming collection it reverses:
 * the latest earlier payment of the same amount from the same account.
 */
export function findReturnedPayment(
  entry: MatchableEntry & { returnReason: string | null; bookingDate: IsoDate },
  paid: readonly PaidBefore[]
): PaidBefore | null {
  if (entry.amountCents >= 0 || entry.returnReason === null || entry.counterpartyAccount === null) return null
  const hits = paid.filter(
    (p) => p.counterpartyAccount === entry.counterpartyAccount && p.amountCents === -entry.amountCents && p.bookingDate <= entry.bookingDate
  )
  return hits.sort((a, b) => (a.bookingDate < b.bookingDate ? 1 : a.bookingDate > b.bookingDate ? -1 : b.entryId - a.entryId))[0] ?? null
}
