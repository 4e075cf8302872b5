// Segments the user defines: rules to a payment term, a credit limit suggestion and a dunning policy, kept
// in the order they are tried. Changing one changes the customers' segments at the next recomputation.
import { eq, sql } from 'drizzle-orm'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { SegmentInputSchema, type SegmentInput } from '../../../shared/domains/risk/inputs'
import type { Segment } from '../../../shared/domains/risk/segments'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningPolicies, segments } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { listSegments } from './assess.queries'

export function saveSegment(db: AppDb, input: SegmentInput): Segment {
  const { id, ...s } = parseInput(SegmentInputSchema, input)
  return withWrite(db, (tx) => {
    const same = tx.select({ id: segments.id }).from(segments).where(eq(segments.name, s.name)).get()
    if (same && same.id !== id) throw new AppError('conflict', `a segment "${s.name}" exists already`, 'name')
    if (s.dunningPolicyId !== null && !tx.select({ id: dunningPolicies.id }).from(dunningPolicies).where(eq(dunningPolicies.id, s.dunningPolicyId)).get()) {
      throw new AppError('not-found', `No dunning policy with id ${s.dunningPolicyId}.`, 'dunningPolicyId')
    }
    let savedId = id
    if (id === undefined) {
      const last = tx.get<{ n: number | null }>(sql`SELECT max(position) AS n FROM segments`)
      savedId = tx.insert(segments).values({ ...s, position: (last?.n ?? 0) + 1 }).returning({ id: segments.id }).get().id
    } else if (!tx.update(segments).set({ ...s, updatedAt: new Date().toISOString() }).where(eq(segments.id, id)).returning({ id: segments.id }).get()) {
      throw new AppError('not-found', `No segment with id ${id}.`, 'id')
    }
    appendAudit(tx, { action: id === undefined ? 'segment.created' : 'segment.updated', entity: 'segment', entityId: savedId ?? null, data: s })
    const saved = listSegments(tx).find((x) => x.id === savedId)
    if (!saved) throw new AppError('internal', 'the segment was not saved')
    return saved
  })
}

export function deleteSegment(db: AppDb, id: number): void {
  withWrite(db, (tx) => {
    const row = tx.delete(segments).where(eq(segments.id, id)).returning().get()
    if (!row) throw new AppError('not-found', `No segment with id ${id}.`, 'id')
    appendAudit(tx, { action: 'segment.deleted', entity: 'segment', entityId: id, data: { name: row.name } })
  })
}

/** Moves a segment one place up (tried earlier) or down; positions are renumbered 1…n. */
export function moveSegment(db: AppDb, id: number, direction: 'up' | 'down'): Segment[] {
  return withWrite(db, (tx) => {
    const list = listSegments(tx)
    const at = list.findIndex((s) => s.id === id)
    if (at < 0) throw new AppError('not-found', `No segment with id ${id}.`, 'id')
    const to = direction === 'up' ? at - 1 : at + 1
    if (to >= 0 && to < list.length) {
      const [moved] = list.splice(at, 1)
      if (moved) list.splice(to, 0, moved)
    }
    list.forEach((s, i) => tx.update(segments).set({ position: i + 1 }).where(eq(segments.id, s.id)).run())
    appendAudit(tx, { action: 'segment.moved', entity: 'segment', entityId: id, data: { direction } })
    return listSegments(tx)
  })
}

/** The dunning policies a segment can choose from. */
export function policyChoices(db: AppDb): { id: number; name: string }[] {
  return db.select({ id: dunningPolicies.id, name: dunningPolicies.name }).from(dunningPolicies).where(eq(dunningPolicies.archived, false)).all()
}
