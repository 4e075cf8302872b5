// The letter archive inside the encrypted database: each PDF exactly as produced with its SHA-256,
// print batches, copies that point at their original, and the check that nothing was altered.
import { createHash } from 'node:crypto'
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { LetterContent } from '../../../shared/domains/letters/content'
import type { LetterKind, Regime } from '../../../shared/domains/letters/vocabulary'
import type { Language } from '../../../shared/domains/parties'
import type { Channel } from '../../../shared/domains/receivables'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { customers, letterBatches, letters } from '../../db/schema'

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export type NewLetter = {
  kind: LetterKind
  customerId: number
  runId?: number | null
  actionId?: number | null
  planId?: number | null
  copyOf?: number | null
  templateKey: string
  templateVersion: string
  language: Language
  regime: Regime
  channel: Channel
  letterDate: string
  reference: string | null
  totalCents: number | null
  pages: number
  pdf: Uint8Array
  content: LetterContent
}

/** Stores one letter inside the caller's transaction; the hash is taken from the very bytes stored. */
export function insertLetter(tx: AppDb, l: NewLetter): { id: number; sha256: string } {
  const hash = sha256(l.pdf)
  const row = tx
    .insert(letters)
    .values({
      kind: l.kind,
      customerId: l.customerId,
      runId: l.runId ?? null,
      actionId: l.actionId ?? null,
      planId: l.planId ?? null,
      copyOf: l.copyOf ?? null,
      templateKey: l.templateKey,
      templateVersion: l.templateVersion,
      language: l.language,
      regime: l.regime,
      channel: l.channel,
      letterDate: l.letterDate,
      reference: l.reference,
      totalCents: l.totalCents,
      pages: l.pages,
      pdf: Buffer.from(l.pdf),
      sha256: hash,
      contentJson: JSON.stringify(l.content)
    })
    .returning({ id: letters.id })
    .get()
  return { id: row.id, sha256: hash }
}

export function insertBatch(tx: AppDb, b: { runId: number | null; letterIds: readonly number[]; pages: number; pdf: Uint8Array }): { id: number; sha256: string } {
  const hash = sha256(b.pdf)
  const row = tx
    .insert(letterBatches)
    .values({ runId: b.runId, letterCount: b.letterIds.length, pages: b.pages, pdf: Buffer.from(b.pdf), sha256: hash })
    .returning({ id: letterBatches.id })
    .get()
  if (b.letterIds.length > 0) tx.update(letters).set({ batchId: row.id }).where(inArray(letters.id, [...b.letterIds])).run()
  return { id: row.id, sha256: hash }
}

/** What lists and the timeline show of a letter (no PDF bytes). */
export type LetterSummary = {
  id: number
  kind: LetterKind
  customerId: number
  customerCode: string
  customerName: string
  runId: number | null
  actionId: number | null
  planId: number | null
  copyOf: number | null
  templateKey: string
  language: Language
  channel: Channel
  letterDate: string
  reference: string | null
  totalCents: number | null
  pages: number
  sha256: string
  sentAt: string | null
  createdAt: string
  email: string | null
}

const SUMMARY = {
  id: letters.id,
  kind: letters.kind,
  customerId: letters.customerId,
  customerCode: customers.code,
  customerName: customers.name,
  runId: letters.runId,
  actionId: letters.actionId,
  planId: letters.planId,
  copyOf: letters.copyOf,
  templateKey: letters.templateKey,
  language: letters.language,
  channel: letters.channel,
  letterDate: letters.letterDate,
  reference: letters.reference,
  totalCents: letters.totalCents,
  pages: letters.pages,
  sha256: letters.sha256,
  sentAt: letters.sentAt,
  createdAt: letters.createdAt,
  email: customers.email
}

/** The originals of a run (not its copies), in the order they were printed. */
export function runLetters(db: AppDb, runId: number): LetterSummary[] {
  return db
    .select(SUMMARY)
    .from(letters)
    .innerJoin(customers, eq(customers.id, letters.customerId))
    .where(and(eq(letters.runId, runId), isNull(letters.copyOf)))
    .orderBy(asc(letters.id))
    .all()
}

/** A customer's letters, newest first, a page at a time. */
export function customerLetters(db: AppDb, customerId: number, page: { offset: number; limit: number }): { letters: LetterSummary[]; total: number } {
  const rows = db
    .select(SUMMARY)
    .from(letters)
    .innerJoin(customers, eq(customers.id, letters.customerId))
    .where(eq(letters.customerId, customerId))
    .orderBy(desc(letters.createdAt), desc(letters.id))
    .limit(page.limit)
    .offset(page.offset)
    .all()
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM letters WHERE customer_id = ${customerId}`)?.n ?? 0
  return { letters: rows, total }
}

export function letterSummary(db: AppDb, id: number): LetterSummary {
  const row = db.select(SUMMARY).from(letters).innerJoin(customers, eq(customers.id, letters.customerId)).where(eq(letters.id, id)).get()
  if (!row) throw new AppError('not-found', `No letter with id ${id}.`, 'letterId')
  return row
}

/** The archived PDF exactly as stored, and the content it was drawn from. */
export function letterPdf(db: AppDb, id: number): { pdf: Uint8Array; content: LetterContent; summary: LetterSummary } {
  const row = db.select({ pdf: letters.pdf, contentJson: letters.contentJson }).from(letters).where(eq(letters.id, id)).get()
  if (!row) throw new AppError('not-found', `No letter with id ${id}.`, 'letterId')
  return { pdf: new Uint8Array(row.pdf), content: JSON.parse(row.contentJson) as LetterContent, summary: letterSummary(db, id) }
}

export function runBatch(db: AppDb, runId: number): { id: number; pdf: Uint8Array; pages: number; letterCount: number } | null {
  const row = db.select().from(letterBatches).where(eq(letterBatches.runId, runId)).orderBy(asc(letterBatches.id)).limit(1).get()
  return row ? { id: row.id, pdf: new Uint8Array(row.pdf), pages: row.pages, letterCount: row.letterCount } : null
}

/** Marks letters as having left the application (printed, saved, exported, e-mailed) the first time. */
export function markSent(tx: AppDb, ids: readonly number[], at = new Date().toISOString()): void {
  if (ids.length > 0) tx.update(letters).set({ sentAt: at }).where(and(inArray(letters.id, [...ids]), isNull(letters.sentAt))).run()
}

export type VerifyFailure = { kind: 'letter' | 'batch'; id: number; customerCode: string | null; letterDate: string | null; expected: string; actual: string }
export type VerifyResult = { letters: number; batches: number; failures: VerifyFailure[] }

/** Recomputes the SHA-256 of every archived letter and batch and names each that does not match. */
export function verifyArchive(db: AppDb): VerifyResult {
  const failures: VerifyFailure[] = []
  let count = 0
  const pageSize = 200
  for (let lastId = 0; ; ) {
    const rows = db
      .select({ id: letters.id, pdf: letters.pdf, sha256: letters.sha256, code: customers.code, date: letters.letterDate })
      .from(letters)
      .innerJoin(customers, eq(customers.id, letters.customerId))
      .where(sql`${letters.id} > ${lastId}`)
      .orderBy(asc(letters.id))
      .limit(pageSize)
      .all()
    if (rows.length === 0) break
    for (const r of rows) {
      const actual = sha256(r.pdf)
      if (actual !== r.sha256) failures.push({ kind: 'letter', id: r.id, customerCode: r.code, letterDate: r.date, expected: r.sha256, actual })
    }
    count += rows.length
    lastId = rows.at(-1)!.id
  }
  const batches = db.select({ id: letterBatches.id, pdf: letterBatches.pdf, sha256: letterBatches.sha256 }).from(letterBatches).all()
  for (const b of batches) {
    const actual = sha256(b.pdf)
    if (actual !== b.sha256) failures.push({ kind: 'batch', id: b.id, customerCode: null, letterDate: null, expected: b.sha256, actual })
  }
  return { letters: count, batches: batches.length, failures }
}
