// Letters made on request rather than by a run: the statement of account of a customer as of a day
// (with a payment reference for what is overdue) and the agreement of a payment plan (each instalment
// with its own reference and QR code). Drawn first, archived when they actually go out (`commit`).
import { and, eq, isNull } from 'drizzle-orm'
import { type IsoDate, localToday } from '../../../shared/dates'
import type { LetterData } from '../../../shared/domains/letters/letter-data'
import type { Language } from '../../../shared/domains/parties'
import { type AppDb, withWrite } from '../../db/connection'
import { letters } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { issuePaymentReference, nextPaymentReferences } from '../payments/payment-references.service'
import { assertSendable, type ComposedLetter, composeFromDb, letterReference } from './compose-from-db'
import { loadCreditor, loadDebtor, planLetterData, statementData } from './letter-sources'
import { insertLetter, markSent, type NewLetter } from './letters.repo'
import { emlOutput, type OutputOptions, type PendingOutput, sendLetter } from './output.service'
import { renderBase } from './render-options'
import { renderLetterJob } from './render-in-worker'

/** Draws one new letter and returns it with the commit that archives it (and whatever else `stored` records). */
export async function newLetter(
  db: AppDb,
  data: LetterData,
  composed: ComposedLetter,
  record: Pick<NewLetter, 'kind' | 'customerId' | 'planId' | 'totalCents'>,
  fileName: string,
  stored: (tx: AppDb, letterId: number) => void
): Promise<PendingOutput & { letterId: () => number | null }> {
  const rendered = await renderLetterJob({ ...renderBase(db, loadCreditor(db)), letters: [{ content: composed.content, inBatch: false }], outputs: { each: true, batch: false, svg: false } })
  const { pdf, pages } = rendered.letters[0]!
  let letterId: number | null = null
  const email = data.debtor.email
  return {
    files: [{ name: fileName, bytes: pdf!, mime: 'application/pdf' }, ...(email ? [emlOutput(db, { name: data.debtor.name, address: email }, composed.content, pdf!, fileName)] : [])],
    letters: 1,
    copies: false,
    pages,
    skipped: [],
    letterId: () => letterId,
    commit: (how) =>
      withWrite(db, (tx) => {
        const letter = insertLetter(tx, {
          ...record,
          templateKey: composed.templateKey,
          templateVersion: composed.templateVersion,
          language: data.language,
          regime: data.regime,
          channel: data.channel,
          letterDate: data.date,
          reference: data.reference?.bare ?? null,
          pages,
          pdf: pdf!,
          content: composed.content
        })
        letterId = letter.id
        stored(tx, letter.id)
        markSent(tx, [letter.id])
        appendAudit(tx, { action: `letters.${record.kind}`, entity: 'customer', entityId: record.customerId, data: { letterId: letter.id, sha256: letter.sha256, how } })
      })
  }
}

export type StatementRequest = { customerId: number; asOf: IsoDate; language?: Language; today?: IsoDate }

/** The statement of account of a customer as of a day, in their language unless another is asked. */
export async function createStatement(db: AppDb, req: StatementRequest) {
  const creditor = loadCreditor(db)
  const debtor = loadDebtor(db, req.customerId)
  const loaded = statementData(db, debtor, creditor, req.asOf, req.today ?? localToday(), req.language ?? debtor.language)
  const { invoiceIds, ...base } = loaded
  const next = invoiceIds.length > 0 ? nextPaymentReferences(db, 1)[0] : undefined
  const data = { ...base, reference: next ? letterReference(next) : null }
  assertSendable(data)
  const composed = composeFromDb(db, data)
  const total = data.items.reduce((s, i) => s + i.openCents, 0)
  return newLetter(db, data, composed, { kind: 'statement', customerId: debtor.id, totalCents: total }, `rekeningoverzicht-${debtor.code}-${req.asOf}.pdf`, (tx, letterId) => {
    if (next) issuePaymentReference(tx, { customerId: debtor.id, sourceKind: 'statement', sourceId: letterId, invoiceIds, text: next })
  })
}

export type PlanAgreementRequest = { planId: number; language?: Language; today?: IsoDate } & Pick<OutputOptions, 'resend'>

/** The agreement of a payment plan; once it went out, only a confirmed copy. */
export async function planAgreement(db: AppDb, req: PlanAgreementRequest): Promise<PendingOutput> {
  const sent = db.select({ id: letters.id }).from(letters).where(and(eq(letters.planId, req.planId), eq(letters.kind, 'plan'), isNull(letters.copyOf))).get()
  if (sent) return sendLetter(db, sent.id, { resend: req.resend, today: req.today })
  const creditor = loadCreditor(db)
  const { customerId, ...data } = planLetterData(db, req.planId, creditor, req.today ?? localToday(), req.language)
  assertSendable(data)
  const composed = composeFromDb(db, data)
  return newLetter(db, data, composed, { kind: 'plan', customerId, planId: req.planId, totalCents: data.totalCents }, `betalingsregeling-${data.debtor.code}-${req.planId}.pdf`, () => undefined)
}
