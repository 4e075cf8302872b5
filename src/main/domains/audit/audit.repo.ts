// Append-only, hash-chained audit log. Call `appendAudit` inside the same `withWrite` transaction as the
// domain change it records, so the log and the data can never disagree.
import { createHash } from 'node:crypto'
import { asc, desc } from 'drizzle-orm'
import type { AppDb } from '../../db/connection'
import { auditLog } from '../../db/schema'
import { canonicalJson } from './canonical-json'

export const GENESIS_HASH = '0'.repeat(64)

export type AuditInput = {
  action: string
  entity: string
  entityId?: string | number | null
  data?: unknown
  /** ISO timestamp; defaults to now */
  at?: string
}

type ChainFields = { seq: number; at: string; action: string; entity: string; entityId: string | null; dataJson: string }

function linkHash(prevHash: string, e: ChainFields): string {
  const body = canonicalJson({ seq: e.seq, at: e.at, action: e.action, entity: e.entity, entityId: e.entityId, data: JSON.parse(e.dataJson) })
  return createHash('sha256').update(prevHash).update(body).digest('hex')
}

export function appendAudit(tx: AppDb, input: AuditInput): { seq: number; hash: string } {
  const last = tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get()
  const fields: ChainFields = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at ?? new Date().toISOString(),
    action: input.action,
    entity: input.entity,
    entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    dataJson: canonicalJson(input.data ?? {})
  }
  const prevHash = last?.hash ?? GENESIS_HASH
  const hash = linkHash(prevHash, fields)
  tx.insert(auditLog).values({ ...fields, prevHash, hash }).run()
  return { seq: fields.seq, hash }
}

export type AuditVerdict =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; brokenAt: number; reason: string }

/** Walks the chain from the start and reports the first row whose link does not hold. */
export function verifyAudit(db: AppDb): AuditVerdict {
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  let count = 0
  for (const row of db.select().from(auditLog).orderBy(asc(auditLog.seq)).all()) {
    count++
    if (row.seq !== expectedSeq) return { ok: false, count, brokenAt: row.seq, reason: `expected entry ${expectedSeq}, found ${row.seq} (an entry was removed)` }
    if (row.prevHash !== prevHash) return { ok: false, count, brokenAt: row.seq, reason: 'previous-hash link does not match' }
    let recomputed: string
    try {
      recomputed = linkHash(prevHash, row)
    } catch {
      return { ok: false, count, brokenAt: row.seq, reason: 'entry data is not valid JSON' }
    }
    if (recomputed !== row.hash) return { ok: false, count, brokenAt: row.seq, reason: 'entry content does not match its hash' }
    prevHash = row.hash
    expectedSeq++
  }
  return { ok: true, count, headHash: prevHash }
}
