// Saved custom mappings (import_mappings), one per name.
import { asc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { mapOptionsSchema } from '../../../shared/domains/imports/options'
import { isPresetId } from '../../../shared/domains/imports/presets'
import { type SavedMapping, type SavedMappingInput, savedMappingInputSchema } from '../../../shared/domains/imports/saved-mapping'
import { type AppDb, withWrite } from '../../db/connection'
import { importMappings } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

type Row = typeof importMappings.$inferSelect

function toSaved(row: Row): SavedMapping {
  const options = mapOptionsSchema.safeParse(JSON.parse(row.mappingJson))
  if (!options.success || !isPresetId(row.preset)) throw new AppError('internal', `saved mapping "${row.name}" is damaged`)
  return { id: row.id, name: row.name, preset: row.preset, options: options.data, createdAt: row.createdAt }
}

/** Saves (or replaces) a mapping under its name. */
export function saveMapping(db: AppDb, input: SavedMappingInput): SavedMapping {
  const m = parseInput(savedMappingInputSchema, input)
  return withWrite(db, (tx) => {
    const values = { name: m.name, preset: m.preset, mappingJson: JSON.stringify(m.options) }
    const row = tx.insert(importMappings).values(values).onConflictDoUpdate({ target: importMappings.name, set: values }).returning().get()
    appendAudit(tx, { action: 'import-mapping.saved', entity: 'import-mapping', entityId: row.id, data: { name: m.name, preset: m.preset } })
    return toSaved(row)
  })
}

export function listMappings(db: AppDb): SavedMapping[] {
  return db.select().from(importMappings).orderBy(asc(importMappings.name)).all().map(toSaved)
}

export function getMapping(db: AppDb, name: string): SavedMapping {
  const row = db.select().from(importMappings).where(eq(importMappings.name, name.trim())).get()
  if (!row) throw new AppError('not-found', `No saved import mapping named "${name}".`, 'mapping')
  return toSaved(row)
}

export function deleteMapping(db: AppDb, name: string): void {
  const saved = getMapping(db, name)
  withWrite(db, (tx) => {
    tx.delete(importMappings).where(eq(importMappings.id, saved.id)).run()
    appendAudit(tx, { action: 'import-mapping.deleted', entity: 'import-mapping', entityId: saved.id, data: { name: saved.name } })
  })
}
