// Notes and calls on the customer timeline; a follow-up date puts the customer on the worklist that day.
import { and, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type NoteInput, noteInputSchema } from '../../../shared/domains/arrangements/inputs'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { notes } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { invoicesOfCustomer } from './lookups'

export type NoteRecord = typeof notes.$inferSelect

export function addNote(db: AppDb, input: NoteInput, today: IsoDate): NoteRecord {
  const v = parseInput(noteInputSchema, input)
  if (v.kind === 'note' && v.callOutcome != null) throw new AppError('validation', 'only a call has an outcome', 'callOutcome')
  if (v.followUpOn != null && v.followUpOn < today) throw new AppError('validation', 'the follow-up date lies in the past', 'followUpOn')
  return withWrite(db, (tx) => {
    const invoice = v.invoiceId == null ? null : (invoicesOfCustomer(tx, v.customerId, [v.invoiceId])[0] ?? null)
    const row = tx
      .insert(notes)
      .values({ customerId: v.customerId, invoiceId: invoice?.id ?? null, kind: v.kind, body: v.body, callOutcome: v.callOutcome ?? null, followUpOn: v.followUpOn ?? null })
      .returning()
      .get()
    appendAudit(tx, { action: `${v.kind}.added`, entity: 'note', entityId: row.id, data: { customerId: v.customerId, invoice: invoice?.number ?? null, callOutcome: row.callOutcome, followUpOn: row.followUpOn } })
    return row
  })
}

/** The follow-up of a note or call is done: it leaves the worklist. */
export function completeFollowUp(db: AppDb, id: number, today: IsoDate): NoteRecord {
  return withWrite(db, (tx) => {
    const n = tx.select().from(notes).where(eq(notes.id, id)).get()
    if (!n) throw new AppError('not-found', `No note with id ${id}.`, 'noteId')
    if (n.followUpOn === null) throw new AppError('validation', `note ${id} has no follow-up date`, 'noteId')
    if (n.followUpDoneOn !== null) throw new AppError('conflict', `the follow-up of note ${id} was done on ${n.followUpDoneOn}`, 'noteId')
    const row = tx.update(notes).set({ followUpDoneOn: today }).where(eq(notes.id, id)).returning().get()
    appendAudit(tx, { action: 'note.follow-up-done', entity: 'note', entityId: id, data: { customerId: n.customerId, followUpOn: n.followUpOn } })
    return row
  })
}

/**
 * Vandaag's "done" on a customer's follow-up line: every follow-up of that customer due by today (the
 * line stands for them all, `noteId` is one of them) is ticked off. Returns the notes, for the undo.
 */
export function completeDueFollowUps(db: AppDb, noteId: number, today: IsoDate): number[] {
  return withWrite(db, (tx) => {
    const n = tx.select().from(notes).where(eq(notes.id, noteId)).get()
    if (!n) throw new AppError('not-found', `No note with id ${noteId}.`, 'noteId')
    const due = tx
      .select()
      .from(notes)
      .where(and(eq(notes.customerId, n.customerId), isNotNull(notes.followUpOn), lte(notes.followUpOn, today), isNull(notes.followUpDoneOn)))
      .all()
    if (due.length === 0) throw new AppError('conflict', `customer ${n.customerId} has no follow-up due by ${today}`, 'noteId')
    tx.update(notes).set({ followUpDoneOn: today }).where(inArray(notes.id, due.map((d) => d.id))).run()
    for (const d of due) appendAudit(tx, { action: 'note.follow-up-done', entity: 'note', entityId: d.id, data: { customerId: d.customerId, followUpOn: d.followUpOn } })
    return due.map((d) => d.id)
  })
}

/** Undo of a follow-up ticked off by mistake: it is due again, on its old date. */
export function reopenFollowUps(db: AppDb, noteIds: readonly number[]): number[] {
  return withWrite(db, (tx) => {
    const rows = tx.select().from(notes).where(inArray(notes.id, [...noteIds])).all()
    const missing = noteIds.find((id) => !rows.some((r) => r.id === id))
    if (missing !== undefined) throw new AppError('not-found', `No note with id ${missing}.`, 'noteId')
    const done = rows.filter((r) => r.followUpDoneOn !== null)
    if (done.length > 0) tx.update(notes).set({ followUpDoneOn: null }).where(inArray(notes.id, done.map((d) => d.id))).run()
    for (const d of done) appendAudit(tx, { action: 'note.follow-up-reopened', entity: 'note', entityId: d.id, data: { customerId: d.customerId, followUpOn: d.followUpOn, doneOn: d.followUpDoneOn } })
    return done.map((d) => d.id)
  })
}
