// The letters of a dunning run. Before the execute transaction every approved action's letter is composed
// (with the payment reference it will be issued) and drawn in the worker; inside it the PDFs, their hashes,
// the references and the run's print PDF are stored, so a run is executed with its letters or not at all.
import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { dunningRuns } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import type { StoreLetters } from '../dunning/letter-step'
import { loadRunActions, type RunActionRecord } from '../dunning/runs.queries'
import { issuePaymentReference, nextPaymentReferences } from '../payments/payment-references.service'
import { assertSendable, type ComposedLetter, composeFromDb, letterReference } from './compose-from-db'
import { dunningLetterData, loadCreditor } from './letter-sources'
import { insertBatch, insertLetter } from './letters.repo'
import { renderBase } from './render-options'
import { renderLetterJob, type RenderResult } from './render-in-worker'

type PreparedLetter = ComposedLetter & { action: RunActionRecord; data: ReturnType<typeof dunningLetterData> }

export type Progress = (done: number, total: number) => void

/** The actions of a run that become letters (phone levels are call tasks, not letters). */
export function letterActions(db: AppDb, runId: number, statuses: ('approved' | 'sent')[] = ['approved']): RunActionRecord[] {
  return loadRunActions(db, runId, { statuses }).filter((a) => a.channel !== 'phone')
}

/** Composes the letters of the approved actions with the references they would get if stored now. */
export function composeRunLetters(db: AppDb, runId: number, creditor = loadCreditor(db)): PreparedLetter[] {
  const run = db.select().from(dunningRuns).where(eq(dunningRuns.id, runId)).get()
  if (!run) throw new AppError('not-found', `No dunning run with id ${runId}.`, 'runId')
  const actions = letterActions(db, runId)
  if (actions.length === 0) return []
  const refs = nextPaymentReferences(db, actions.length)
  return actions.map((action, i) => {
    const data = { ...dunningLetterData(db, action, creditor, run.runDate), reference: letterReference(refs[i]!) }
    assertSendable(data)
    return { action, data, ...composeFromDb(db, data) }
  })
}

function storeRunLetters(tx: AppDb, runId: number, prepared: PreparedLetter[], rendered: RenderResult, sent: readonly RunActionRecord[]): void {
  const sentIds = new Set(sent.map((a) => a.id))
  const stored: { id: number; paper: boolean; customer: string; reference: string; sha256: string }[] = []
  prepared.forEach((p, i) => {
    if (!sentIds.has(p.action.id)) return
    const pdf = rendered.letters[i]?.pdf
    if (!pdf) throw new AppError('internal', `the letter for ${p.data.debtor.code} was not drawn`)
    const reference = p.data.reference!
    const letter = insertLetter(tx, {
      kind: 'dunning',
      customerId: p.action.customerId,
      runId,
      actionId: p.action.id,
      templateKey: p.templateKey,
      templateVersion: p.templateVersion,
      language: p.data.language,
      regime: p.data.regime,
      channel: p.data.channel,
      letterDate: p.data.date,
      reference: reference.bare,
      totalCents: p.data.totalCents,
      pages: rendered.letters[i]!.pages,
      pdf,
      content: p.content
    })
    issuePaymentReference(tx, { customerId: p.action.customerId, sourceKind: 'letter', sourceId: letter.id, invoiceIds: p.action.lines.map((l) => l.invoiceId), text: { ...reference } })
    stored.push({ id: letter.id, paper: p.data.channel === 'letter', customer: p.data.debtor.code, reference: reference.printed, sha256: letter.sha256 })
  })
  // the print PDF holds exactly the prepared paper letters: kept only when every one of them was sent
  const batch = rendered.batch && prepared.every((p) => sentIds.has(p.action.id)) ? insertBatch(tx, { runId, letterIds: stored.filter((s) => s.paper).map((s) => s.id), ...rendered.batch }) : null
  appendAudit(tx, { action: 'letters.archived', entity: 'dunning_run', entityId: runId, data: { letters: stored, batch: batch ? { id: batch.id, sha256: batch.sha256 } : null } })
}

/**
 * The letter step of executing a run: draws every letter now and returns what stores them inside the
 * execute transaction (undefined when the run has no letters).
 */
export async function prepareRunLetters(db: AppDb, runId: number, onProgress?: Progress): Promise<StoreLetters | undefined> {
  const creditor = loadCreditor(db)
  const prepared = composeRunLetters(db, runId, creditor)
  if (prepared.length === 0) return undefined
  const rendered = await renderLetterJob(
    {
      ...renderBase(db, creditor),
      letters: prepared.map((p) => ({ content: p.content, inBatch: p.data.channel === 'letter' })),
      outputs: { each: true, batch: prepared.some((p) => p.data.channel === 'letter'), svg: false }
    },
    onProgress
  )
  return (tx, sent) => storeRunLetters(tx, runId, prepared, rendered, sent)
}
