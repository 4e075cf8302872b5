// Letters leaving the application: the run's print PDF, one PDF (and .eml) per letter, or one letter
// again. The first time, the archived originals go out as they are; after that only copies, marked
// "kopie" and archived beside the original, and only when the user confirmed (`resend`). Nothing is
// marked sent until `commit` is called, once the PDF was actually printed or written.
import { eq } from 'drizzle-orm'
import { localToday } from '../../../shared/dates'
import { asCopy } from '../../../shared/domains/letters/compose'
import type { LetterContent } from '../../../shared/domains/letters/content'
import { letterText } from '../../../shared/domains/letters/letter-text'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningRuns, letters } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { buildEml } from './eml'
import { loadCreditor } from './letter-sources'
import { insertBatch, insertLetter, letterPdf, type LetterSummary, letterSummary, markSent, runBatch, runLetters } from './letters.repo'
import { renderBase } from './render-options'
import { renderLetterJob } from './render-in-worker'
import type { Progress } from './run-letters.service'

export type OutputFile = { name: string; bytes: Uint8Array; mime: 'application/pdf' | 'message/rfc822' }

export type PendingOutput = {
  files: OutputFile[]
  /** letters in the output, and whether they are copies of letters sent before */
  letters: number
  copies: boolean
  pages: number
  /** letters left out, e.g. an e-mail for a customer without an address */
  skipped: { customerCode: string; reason: 'no-email' }[]
  /** records that the output happened (`how`: "printed", "saved to …"): marks sent, stores copies, audits */
  commit(how: string): void
}

export type OutputOptions = { resend?: boolean; eml?: boolean; today?: string }

const safe = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')

/** The PDF's file name (an e-mail carrying it is named alike, `.eml`). */
export function letterFileName(l: Pick<LetterSummary, 'id' | 'customerCode' | 'templateKey' | 'letterDate'>, copy = false): string {
  return `${l.letterDate}-${safe(l.customerCode)}-${safe(l.templateKey)}-${l.id}${copy ? '-kopie' : ''}.pdf`
}

/** Refuses to send again without an explicit confirmation, naming when it went out. */
function checkResend(sent: readonly LetterSummary[], resend: boolean | undefined): void {
  const first = sent.find((l) => l.sentAt)
  if (first && !resend)
    throw new AppError('conflict', `${sent.filter((l) => l.sentAt).length} of these letters were already sent (first on ${first.sentAt!.slice(0, 10)}); confirm to send copies marked "kopie".`, 'resend')
}

/** The e-mail carrying a letter's PDF (named `pdfName`), to the customer's address, named like the PDF. */
export function emlOutput(db: AppDb, to: { name: string; address: string }, content: LetterContent, pdf: Uint8Array, pdfName: string): OutputFile {
  const creditor = loadCreditor(db)
  const bytes = buildEml({
    from: { name: creditor.name, address: creditor.email },
    to,
    subject: content.subject,
    text: letterText(content),
    attachment: { fileName: pdfName, bytes: pdf },
    date: new Date()
  })
  return { name: pdfName.replace(/\.pdf$/, '.eml'), bytes, mime: 'message/rfc822' }
}

type Produced = { summary: LetterSummary; content: LetterContent; pdf: Uint8Array; pages: number }

function filesFor(db: AppDb, produced: Produced[], opts: { each: boolean; eml: boolean; copy: boolean }): Pick<PendingOutput, 'files' | 'skipped'> {
  const files: OutputFile[] = []
  const skipped: PendingOutput['skipped'] = []
  for (const p of produced) {
    if (opts.each) files.push({ name: letterFileName(p.summary, opts.copy), bytes: p.pdf, mime: 'application/pdf' })
    if (!opts.eml) continue
    if (p.summary.email) files.push(emlOutput(db, { name: p.summary.customerName, address: p.summary.email }, p.content, p.pdf, letterFileName(p.summary, opts.copy)))
    else skipped.push({ customerCode: p.summary.customerCode, reason: 'no-email' })
  }
  return { files, skipped }
}

/** The archived originals going out for the first time. */
function originals(db: AppDb, list: LetterSummary[], batch: { pdf: Uint8Array; pages: number; name: string } | null, opts: { each: boolean; eml: boolean }, audit: { entity: string; entityId: number }): PendingOutput {
  const produced = list.map((l) => ({ ...letterPdf(db, l.id), pages: l.pages }))
  const { files, skipped } = filesFor(db, produced, { ...opts, copy: false })
  return {
    files: batch ? [{ name: batch.name, bytes: batch.pdf, mime: 'application/pdf' }, ...files] : files,
    letters: list.length,
    copies: false,
    pages: batch?.pages ?? produced.reduce((s, p) => s + p.pages, 0),
    skipped,
    commit: (how) =>
      withWrite(db, (tx) => {
        markSent(tx, list.map((l) => l.id))
        appendAudit(tx, { action: 'letters.sent', entity: audit.entity, entityId: audit.entityId, data: { letters: list.map((l) => l.id), how } })
      })
  }
}

/** Copies of archived letters: drawn again from their stored content with the "kopie" stamp, stored on commit. */
async function copies(db: AppDb, list: LetterSummary[], opts: { each: boolean; eml: boolean; batch: boolean; batchName: string; runId: number | null; today: string }, onProgress?: Progress): Promise<PendingOutput> {
  const sources = list.map((l) => ({ summary: l, content: asCopy(letterPdf(db, l.id).content, l.letterDate) }))
  const rendered = await renderLetterJob(
    { ...renderBase(db, loadCreditor(db)), letters: sources.map((s) => ({ content: s.content, inBatch: s.summary.channel === 'letter' })), outputs: { each: true, batch: opts.batch, svg: false } },
    onProgress
  )
  const produced = sources.map((s, i) => ({ ...s, pdf: rendered.letters[i]!.pdf!, pages: rendered.letters[i]!.pages }))
  const { files, skipped } = filesFor(db, produced, { each: opts.each, eml: opts.eml, copy: true })
  const batch = opts.batch ? rendered.batch : null
  return {
    files: batch ? [{ name: opts.batchName, bytes: batch.pdf, mime: 'application/pdf' }, ...files] : files,
    letters: list.length,
    copies: true,
    pages: batch?.pages ?? produced.reduce((s, p) => s + p.pages, 0),
    skipped,
    commit: (how) =>
      withWrite(db, (tx) => {
        const at = new Date().toISOString()
        const stored = produced.map((p) => {
          const original = tx.select().from(letters).where(eq(letters.id, p.summary.id)).get()!
          // a copy asks for the same payment as its original: it prints, and lists, the original's reference
          const { id } = insertLetter(tx, { ...original, copyOf: original.id, letterDate: opts.today, pdf: p.pdf, pages: p.pages, content: p.content })
          return { id, original: original.id, paper: original.channel === 'letter' }
        })
        if (batch) insertBatch(tx, { runId: opts.runId, letterIds: stored.filter((s) => s.paper).map((s) => s.id), ...batch })
        markSent(tx, stored.map((s) => s.id), at)
        appendAudit(tx, { action: 'letters.resent', entity: 'letter', entityId: stored[0]?.original ?? null, data: { copies: stored, how } })
      })
  }
}

function runOf(db: AppDb, runId: number) {
  const run = db.select().from(dunningRuns).where(eq(dunningRuns.id, runId)).get()
  if (!run) throw new AppError('not-found', `No dunning run with id ${runId}.`, 'runId')
  const list = runLetters(db, runId)
  if (list.length === 0) throw new AppError('not-found', `Run ${runId} has no letters: it was not executed yet, or it held no letters.`, 'runId')
  return { run, list }
}

/** The print PDF of a run: its paper letters in order, each starting on an odd page. */
export async function printRun(db: AppDb, runId: number, options: OutputOptions = {}, onProgress?: Progress): Promise<PendingOutput> {
  const { run, list } = runOf(db, runId)
  const paper = list.filter((l) => l.channel === 'letter')
  if (paper.length === 0) throw new AppError('not-found', `Run ${runId} has no letters to print (its reminders go by e-mail).`, 'runId')
  checkResend(paper, options.resend)
  const name = `run-${runId}-${run.runDate}.pdf`
  if (paper.some((l) => l.sentAt)) return copies(db, paper, { each: false, eml: false, batch: true, batchName: name.replace('.pdf', '-kopie.pdf'), runId, today: options.today ?? localToday() }, onProgress)
  const batch = runBatch(db, runId)
  if (!batch) throw new AppError('not-found', `Run ${runId} has no stored print PDF.`, 'runId')
  return originals(db, paper, { ...batch, name }, { each: false, eml: false }, { entity: 'dunning_run', entityId: runId })
}

/** One PDF per letter of a run and, with `eml`, an e-mail message per letter whose customer has an address. */
export async function exportRun(db: AppDb, runId: number, options: OutputOptions = {}, onProgress?: Progress): Promise<PendingOutput> {
  const { list } = runOf(db, runId)
  checkResend(list, options.resend)
  const eml = options.eml ?? false
  if (list.some((l) => l.sentAt)) return copies(db, list, { each: true, eml, batch: false, batchName: '', runId, today: options.today ?? localToday() }, onProgress)
  return originals(db, list, null, { each: true, eml }, { entity: 'dunning_run', entityId: runId })
}

/** One archived letter going out: the original the first time, a confirmed copy after that. */
export async function sendLetter(db: AppDb, letterId: number, options: OutputOptions = {}): Promise<PendingOutput> {
  const summary = letterSummary(db, letterId)
  const original = summary.copyOf === null ? summary : letterSummary(db, summary.copyOf)
  checkResend([original], options.resend)
  const eml = options.eml ?? false
  if (original.sentAt) return copies(db, [original], { each: !eml, eml, batch: false, batchName: '', runId: original.runId, today: options.today ?? localToday() })
  return originals(db, [original], null, { each: !eml, eml }, { entity: 'letter', entityId: original.id })
}
