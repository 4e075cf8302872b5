// Issuing structured payment references (for plan instalments, letters, …) and finding the ones a bank
// entry carries. One table serves every source: `source_kind` + `source_id` say what issued it.
import { and, asc, desc, eq, inArray, or } from 'drizzle-orm'
import type { ReferenceScheme, ReferenceSource } from '../../../shared/domains/arrangements/vocabulary'
import { defaultScheme, type IssuedReferenceText, issuedReferenceText, printedReference } from '../../../shared/domains/payments/issued-references'
import type { IssuedReference } from '../../../shared/domains/payments/matching'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { invoices, paymentReferenceItems, paymentReferences } from '../../db/schema'
import { creditorDefaults } from '../imports/creditor-defaults'

export type IssueReferenceInput = {
  customerId: number
  sourceKind: ReferenceSource
  sourceId: number
  /** the invoices a payment with this reference pays, in the order to list them */
  invoiceIds: readonly number[]
  /** default: OGM for a Belgian administration, RF otherwise */
  scheme?: ReferenceScheme
  /** a reference chosen beforehand (nextPaymentReferences), e.g. already printed on a letter; refused when taken */
  text?: IssuedReferenceText
}

export type PaymentReferenceRecord = { id: number; scheme: ReferenceScheme; reference: string; printed: string; sourceKind: ReferenceSource; sourceId: number }

function lastReferenceId(tx: AppDb): number {
  return tx.select({ id: paymentReferences.id }).from(paymentReferences).orderBy(desc(paymentReferences.id)).limit(1).get()?.id ?? 0
}

function isTaken(tx: AppDb, text: IssuedReferenceText): boolean {
  return (
    tx.select({ id: paymentReferences.id }).from(paymentReferences).where(eq(paymentReferences.reference, text.bare)).get() !== undefined ||
    tx.select({ id: invoices.id }).from(invoices).where(or(eq(invoices.paymentReference, text.bare), eq(invoices.paymentReference, text.printed))).get() !== undefined
  )
}

/** The first free serial from `start`: skipping any already issued, chosen, or carried by an invoice as its own reference. */
function freeReferenceFrom(tx: AppDb, scheme: ReferenceScheme, start: number, chosen: ReadonlySet<string> = new Set()): IssuedReferenceText {
  for (let serial = start; ; serial++) {
    const text = issuedReferenceText(scheme, serial)
    if (!chosen.has(text.bare) && !isTaken(tx, text)) return text
  }
}

/** The next free serial: past every issued one. */
function freeReference(tx: AppDb, scheme: ReferenceScheme): IssuedReferenceText {
  return freeReferenceFrom(tx, scheme, lastReferenceId(tx) + 1)
}

/**
 * The references the next `count` issues would get, in order, without writing anything: letters print their
 * reference before they are stored, then issue exactly these (`text`) in the transaction that stores them.
 */
export function nextPaymentReferences(db: AppDb, count: number, scheme?: ReferenceScheme): IssuedReferenceText[] {
  const s = scheme ?? defaultScheme(creditorDefaults(db).defaultCountry)
  const last = lastReferenceId(db)
  const chosen = new Set<string>()
  const out: IssuedReferenceText[] = []
  for (let i = 0; i < count; i++) {
    const text = freeReferenceFrom(db, s, last + 1 + i, chosen)
    chosen.add(text.bare)
    out.push(text)
  }
  return out
}

/** Issues a new reference inside the caller's transaction; the caller writes the audit entry of what it issued it for. */
export function issuePaymentReference(tx: AppDb, input: IssueReferenceInput): PaymentReferenceRecord {
  if (input.invoiceIds.length === 0) throw new AppError('validation', 'a payment reference must pay at least one invoice', 'invoiceIds')
  if (input.text && isTaken(tx, input.text)) throw new AppError('conflict', `payment reference ${input.text.printed} is already in use`, 'reference')
  const text = input.text ?? freeReference(tx, input.scheme ?? defaultScheme(creditorDefaults(tx).defaultCountry))
  const row = tx
    .insert(paymentReferences)
    .values({ reference: text.bare, scheme: text.scheme, sourceKind: input.sourceKind, sourceId: input.sourceId, customerId: input.customerId })
    .returning({ id: paymentReferences.id })
    .get()
  tx.insert(paymentReferenceItems)
    .values(input.invoiceIds.map((invoiceId, seq) => ({ referenceId: row.id, seq, invoiceId })))
    .run()
  return { id: row.id, scheme: text.scheme, reference: text.bare, printed: text.printed, sourceKind: input.sourceKind, sourceId: input.sourceId }
}

/** The references issued by these sources, keyed by source id. */
export function paymentReferencesOf(db: AppDb, sourceKind: ReferenceSource, sourceIds: readonly number[]): Map<number, PaymentReferenceRecord> {
  if (sourceIds.length === 0) return new Map()
  const rows = db
    .select()
    .from(paymentReferences)
    .where(and(eq(paymentReferences.sourceKind, sourceKind), inArray(paymentReferences.sourceId, [...sourceIds])))
    .all()
  return new Map(rows.map((r) => [r.sourceId, { id: r.id, scheme: r.scheme, reference: r.reference, printed: printedReference(r.scheme, r.reference), sourceKind: r.sourceKind, sourceId: r.sourceId }]))
}

/** Issued references among the given bare references, with the invoices each one pays (for the matching rules). */
export function issuedReferencesAmong(db: AppDb, bare: Iterable<string>): IssuedReference[] {
  const refs = [...bare]
  if (refs.length === 0) return []
  const rows = db
    .select({ id: paymentReferences.id, reference: paymentReferences.reference, sourceKind: paymentReferences.sourceKind, sourceId: paymentReferences.sourceId, invoiceId: paymentReferenceItems.invoiceId })
    .from(paymentReferences)
    .innerJoin(paymentReferenceItems, eq(paymentReferenceItems.referenceId, paymentReferences.id))
    .where(inArray(paymentReferences.reference, refs))
    .orderBy(asc(paymentReferences.id), asc(paymentReferenceItems.seq))
    .all()
  const byId = new Map<number, IssuedReference & { invoiceIds: number[] }>()
  for (const r of rows) {
    const found = byId.get(r.id) ?? { reference: r.reference, sourceKind: r.sourceKind, sourceId: r.sourceId, invoiceIds: [] }
    found.invoiceIds.push(r.invoiceId)
    byId.set(r.id, found)
  }
  return [...byId.values()]
}
