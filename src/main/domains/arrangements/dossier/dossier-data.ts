// Everything a collection agency needs about one customer, as of a day: the creditor and the debtor, the
// hand-over, the claim per invoice from the legal engine, the invoices' data, the letters that went out and
// the whole timeline.
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../../shared/dates'
import type { ClaimSpecification } from '../../../../shared/domains/arrangements/claim'
import type { TimelineEventDto } from '../../../../shared/ipc/arrangements.contract'
import type { AppDb } from '../../../db/connection'
import { administrationProfile, handovers, invoices, letters } from '../../../db/schema'
import { getCustomer } from '../../customers/customers.service'
import { openItems } from '../../receivables/open-items'
import { claimOf } from '../claims'
import { handoverInvoiceIds, type HandoverRecord } from '../handovers.service'
import type { InvoiceRow } from '../lookups'
import { customerTimeline } from '../timeline.queries'

export type DossierData = {
  asOf: IsoDate
  creditor: typeof administrationProfile.$inferSelect | null
  debtor: ReturnType<typeof getCustomer>
  handover: HandoverRecord | null
  invoices: InvoiceRow[]
  claim: ClaimSpecification
  timeline: TimelineEventDto[]
  letters: SentLetter[]
}

/** An archived original that left the application, exactly as it went out (PDF bytes and their SHA-256). */
export type SentLetter = Pick<typeof letters.$inferSelect, 'id' | 'kind' | 'letterDate' | 'channel' | 'templateKey' | 'reference' | 'totalCents' | 'sha256' | 'sentAt' | 'pdf'>

/** The customer's letters sent up to `asOf` (originals; a reprint is a copy of one of them), oldest first. */
function sentLetters(db: AppDb, customerId: number, asOf: IsoDate): SentLetter[] {
  const { id, kind, letterDate, channel, templateKey, reference, totalCents, sha256, sentAt, pdf } = letters
  return db
    .select({ id, kind, letterDate, channel, templateKey, reference, totalCents, sha256, sentAt, pdf })
    .from(letters)
    .where(and(eq(letters.customerId, customerId), isNull(letters.copyOf), isNotNull(letters.sentAt), lte(letters.letterDate, asOf)))
    .orderBy(asc(letters.letterDate), asc(letters.id))
    .all()
}

/**
 * The items in the dossier: those of the customer's active hand-over, or (before a hand-over) every item
 * open on `asOf`, credit notes included; each with its open amount as of that day.
 */
export function dossierData(db: AppDb, customerId: number, asOf: IsoDate): DossierData {
  const debtor = getCustomer(db, customerId)
  const handover = db.select().from(handovers).where(and(eq(handovers.customerId, customerId), eq(handovers.status, 'active'))).orderBy(desc(handovers.handedOverOn), desc(handovers.id)).get() ?? null
  const open = db.all<{ id: number; openCents: number }>(sql`SELECT i.id, i.open_cents AS openCents FROM ${openItems(db, asOf)} AS i WHERE i.customer_id = ${customerId}`)
  const openOn = new Map(open.map((o) => [o.id, o.openCents]))
  const ids = handover ? handoverInvoiceIds(db, handover.id).map((h) => h.invoiceId).filter((id) => openOn.has(id)) : open.map((o) => o.id)
  const rows = ids.length === 0 ? [] : db.select().from(invoices).where(inArray(invoices.id, ids)).all()
  const asOfRows = rows.map((r) => ({ ...r, openCents: openOn.get(r.id) ?? 0 })).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id))
  return {
    asOf,
    creditor: db.select().from(administrationProfile).where(eq(administrationProfile.id, 1)).get() ?? null,
    debtor,
    handover,
    invoices: asOfRows,
    claim: claimOf(db, customerId, asOfRows, asOf),
    timeline: customerTimeline(db, customerId, { offset: 0, limit: Number.MAX_SAFE_INTEGER }).events,
    letters: sentLetters(db, customerId, asOf)
  }
}
