// Read side of the Payments screen: entries with the invoices they are applied to, and the names
// behind the invoice ids that proposals and allocations carry.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type { MatchCandidate } from '../../../shared/domains/payments/matching'
import type { AllocationRowDto, BankEntryRowDto, ProposalDto } from '../../../shared/ipc/payments.contract'
import type { AppDb } from '../../db/connection'
import { likePattern } from '../invoices/invoices.queries'
import { allocations, bankAccounts, bankEntries, customers, invoices } from '../../db/schema'

export type EntryQuery = { offset: number; limit: number; status: BankEntryRowDto['status'] | 'all' | 'open'; search?: string | undefined; entryId?: number | undefined }

function statusFilter(status: EntryQuery['status']): SQL | undefined {
  if (status === 'all') return undefined
  if (status === 'open') return inArray(bankEntries.status, ['unmatched', 'partial'])
  return eq(bankEntries.status, status)
}

/** Name, IBAN (typed with or without spaces), payment reference or description. */
function searchFilter(search: string | undefined): SQL | undefined {
  if (search === undefined || search.length === 0) return undefined
  const text = likePattern(search)
  const compact = likePattern(search.replace(/\s+/g, '').toUpperCase())
  return sql`(${bankEntries.counterpartyName} LIKE ${text} ESCAPE '\\' OR ${bankEntries.counterpartyAccount} LIKE ${compact} ESCAPE '\\'
    OR ${bankEntries.structuredReference} LIKE ${compact} ESCAPE '\\' OR ${bankEntries.remittance} LIKE ${text} ESCAPE '\\')`
}

export function listEntries(db: AppDb, q: EntryQuery): { rows: BankEntryRowDto[]; total: number } {
  const where = and(statusFilter(q.status), searchFilter(q.search), q.entryId === undefined ? undefined : eq(bankEntries.id, q.entryId))
  const total = db.select({ n: sql<number>`count(*)` }).from(bankEntries).where(where).get()?.n ?? 0
  const rows = db
    .select({ entry: bankEntries, account: bankAccounts.account })
    .from(bankEntries)
    .innerJoin(bankAccounts, eq(bankAccounts.id, bankEntries.bankAccountId))
    .where(where)
    .orderBy(desc(bankEntries.bookingDate), desc(bankEntries.id))
    .limit(q.limit)
    .offset(q.offset)
    .all()
  const ids = rows.map((r) => r.entry.id)
  const applied = ids.length === 0 ? [] : db
    .select({ entryId: allocations.entryId, number: invoices.number })
    .from(allocations)
    .innerJoin(invoices, eq(invoices.id, allocations.invoiceId))
    .where(and(inArray(allocations.entryId, ids), isNull(allocations.undoneAt)))
    .orderBy(asc(allocations.id))
    .all()
  return {
    total,
    rows: rows.map(({ entry, account }) => ({
      id: entry.id,
      account,
      bookingDate: entry.bookingDate,
      amountCents: entry.amountCents,
      counterpartyName: entry.counterpartyName,
      counterpartyAccount: entry.counterpartyAccount,
      structuredReference: entry.structuredReference,
      remittance: entry.remittance,
      status: entry.status,
      unappliedCents: entry.unappliedCents,
      invoiceNumbers: [...new Set(applied.filter((a) => a.entryId === entry.id).map((a) => a.number))]
    }))
  }
}

function invoiceNames(db: AppDb, ids: readonly number[]): Map<number, { number: string; customerName: string }> {
  if (ids.length === 0) return new Map()
  const rows = db
    .select({ id: invoices.id, number: invoices.number, customerName: customers.name })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(inArray(invoices.id, [...new Set(ids)]))
    .all()
  return new Map(rows.map((r) => [r.id, r]))
}

export function describeProposals(db: AppDb, candidates: readonly MatchCandidate[]): ProposalDto[] {
  const names = invoiceNames(db, candidates.flatMap((c) => c.allocations.map((a) => a.invoiceId)))
  return candidates.map((c) => ({
    rule: c.rule,
    confidence: c.confidence,
    reason: c.reason,
    unappliedCents: c.unappliedCents,
    allocations: c.allocations.map((a) => ({ ...a, number: names.get(a.invoiceId)?.number ?? '?', customerName: names.get(a.invoiceId)?.customerName ?? '' }))
  }))
}

export function describeAllocations(db: AppDb, rows: readonly (typeof allocations.$inferSelect)[]): AllocationRowDto[] {
  const names = invoiceNames(db, rows.map((r) => r.invoiceId))
  return rows.map((r) => ({
    id: r.id,
    invoiceId: r.invoiceId,
    number: names.get(r.invoiceId)?.number ?? '?',
    customerName: names.get(r.invoiceId)?.customerName ?? '',
    amountCents: r.amountCents,
    kind: r.kind,
    confidence: r.confidence,
    reason: r.reason,
    createdAt: r.createdAt,
    undoneAt: r.undoneAt
  }))
}
