import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Append-only, hash-chained audit log: hash = SHA-256(prevHash + canonical JSON of the entry).
 * `seq` is the chain order; nothing ever updates or deletes a row.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer().primaryKey(),
    at: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    dataJson: text().notNull(),
    prevHash: text().notNull(),
    hash: text().notNull()
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)]
)
