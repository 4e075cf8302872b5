// The audit chain's anchor: how long the chain was and the hash of its newest entry when Debito last
// wrote to it, kept outside the database (in the registry, and stamped into every backup). Whoever can
// change the database can re-hash the chain after an edit, or cut its newest entries off; neither then
// matches the anchor.
import { eq } from 'drizzle-orm'
import type Database from 'better-sqlite3'
import { z } from 'zod'
import type { AppDb } from '../../db/connection'
import { auditLog } from '../../db/schema'
import { GENESIS_HASH } from './audit.repo'

export const AuditAnchorSchema = z.object({
  count: z.number().int().min(0),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** when the anchor was taken (ISO timestamp) */
  at: z.string()
})
export type AuditAnchor = z.infer<typeof AuditAnchorSchema>

/** The plain statement verify-audit prints with every anchor comparison. */
export const ANCHOR_STATEMENT =
  'The anchor proves that no entry up to the anchored one was removed or altered since Debito recorded it. ' +
  'It says nothing about entries written after it, nor about changes made through Debito itself (those are audited entries), ' +
  'nor about someone who can change both the database and administrations.json: compare with a backup kept elsewhere (--backup).'

type Head = { count: number; headHash: string }

export function auditHead(db: AppDb): Head {
  const last = db.$client.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined
  return last ? { count: last.seq, headHash: last.hash } : { count: 0, headHash: GENESIS_HASH }
}

export type AnchorCheck =
  | { status: 'none' }
  /** the anchored entry is there, unchanged; `newer` entries were written after the anchor was taken */
  | { status: 'match'; anchor: AuditAnchor; newer: number }
  /** the chain is shorter than the anchor says: its newest entries were removed */
  | { status: 'entries-removed'; anchor: AuditAnchor; count: number }
  /** the entry at the anchored position differs: it, or an entry before it, was altered and re-hashed */
  | { status: 'rewritten'; anchor: AuditAnchor }

export function checkAnchor(db: AppDb, anchor: AuditAnchor | undefined): AnchorCheck {
  if (!anchor) return { status: 'none' }
  const head = auditHead(db)
  if (anchor.count === 0) return { status: 'match', anchor, newer: head.count }
  if (head.count < anchor.count) return { status: 'entries-removed', anchor, count: head.count }
  const row = db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, anchor.count)).get()
  return row?.hash === anchor.headHash ? { status: 'match', anchor, newer: head.count - anchor.count } : { status: 'rewritten', anchor }
}

/**
 * The anchor after Debito's own writes: moved to the current head, but only while the old anchor still
 * holds, so a chain that was tampered with keeps the anchor that shows it. Undefined: leave it as it is.
 */
export function nextAnchor(db: AppDb, anchor: AuditAnchor | undefined, at = new Date().toISOString()): AuditAnchor | undefined {
  if (db.$client.inTransaction) return undefined // uncommitted entries may still be rolled back
  const check = checkAnchor(db, anchor)
  if (check.status !== 'none' && check.status !== 'match') return undefined
  const head = auditHead(db)
  if (anchor && anchor.count === head.count && anchor.headHash === head.headHash) return undefined
  return { ...head, at }
}

const BACKUP_ANCHOR_KEY = 'backup.audit-anchor'

export const BackupAnchorSchema = AuditAnchorSchema.extend({ administrationId: z.string(), name: z.string() })
export type BackupAnchor = z.infer<typeof BackupAnchorSchema>

/** Stamps a fresh copy (still under the live key) with the anchor of its own chain and where it came from. */
export function stampBackupAnchor(copy: Database.Database, source: { administrationId: string; name: string }): BackupAnchor {
  const last = copy.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined
  const anchor: BackupAnchor = { ...source, count: last?.seq ?? 0, headHash: last?.hash ?? GENESIS_HASH, at: new Date().toISOString() }
  copy.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(BACKUP_ANCHOR_KEY, JSON.stringify(anchor))
  return anchor
}

/** The anchor a backup carries; null for a backup made before anchors existed. */
export function readBackupAnchor(db: AppDb): BackupAnchor | null {
  const row = db.$client.prepare('SELECT value FROM settings WHERE key = ?').get(BACKUP_ANCHOR_KEY) as { value: string } | undefined
  if (!row) return null
  try {
    return BackupAnchorSchema.parse(JSON.parse(row.value))
  } catch {
    return null
  }
}

/** A restored administration keeps the backup's anchor in the registry, not as data of its own. */
export function takeBackupAnchor(db: AppDb): BackupAnchor | null {
  const anchor = readBackupAnchor(db)
  db.$client.prepare('DELETE FROM settings WHERE key = ?').run(BACKUP_ANCHOR_KEY)
  return anchor
}
