// Letter templates: the versioned files shipped under resources/letter-templates/<key>/<regime>.<language>.txt,
// and an administration's own versions of them (letter_templates), which win until restored.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import type { LetterKind, Regime, TemplateRegime } from '../../../shared/domains/letters/vocabulary'
import { TEMPLATE_REGIMES } from '../../../shared/domains/letters/vocabulary'
import { checkTemplate, describeProblem, parseTemplate, type ResolvedTemplate, serializeTemplate, templateCandidates } from '../../../shared/domains/letters/templates'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { letterTemplatesFolder } from '../../db/paths'
import { letterTemplates } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

export type TemplateId = { key: string; regime: TemplateRegime; language: Language }

const idText = (t: TemplateId) => `${t.key}/${t.regime}.${t.language}`

/** The kind of letter a template key writes. */
export function kindOfKey(key: string): LetterKind {
  return key === 'statement' ? 'statement' : key === 'plan-agreement' ? 'plan' : key === 'plan-reminder' ? 'plan-reminder' : 'dunning'
}

let shipped: Map<string, ResolvedTemplate> | null = null

/** Every shipped template, read once per process; a malformed file is an error that names it. */
export function shippedTemplates(folder = letterTemplatesFolder()): Map<string, ResolvedTemplate> {
  if (shipped) return shipped
  const found = new Map<string, ResolvedTemplate>()
  for (const key of readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const file of readdirSync(join(folder, key))) {
      const m = /^([\w-]+)\.(nl|fr|en)\.txt$/.exec(file)
      if (!m || !(TEMPLATE_REGIMES as readonly string[]).includes(m[1]!)) continue
      const id: TemplateId = { key, regime: m[1] as TemplateRegime, language: m[2] as Language }
      const origin = `letter-templates/${key}/${file}`
      const parsed = parseTemplate(readFileSync(join(folder, key, file), 'utf8'), origin)
      const problems = checkTemplate(parsed, kindOfKey(key), key, id.regime, id.language)
      if (problems.length > 0) throw new AppError('internal', `${origin}: ${problems.map(describeProblem).join('; ')}`)
      found.set(idText(id), { ...parsed, ...id, origin: 'shipped' })
    }
  }
  shipped = found
  return found
}

function customTemplate(db: AppDb, id: TemplateId): ResolvedTemplate | null {
  const row = db
    .select()
    .from(letterTemplates)
    .where(and(eq(letterTemplates.key, id.key), eq(letterTemplates.regime, id.regime), eq(letterTemplates.language, id.language)))
    .get()
  if (!row) return null
  // stored in the same text format as the shipped files
  return { ...parseTemplate(row.body, idText(id)), ...id, origin: 'custom', updatedAt: row.updatedAt }
}

/** The template a letter is written from: the administration's own version first, then the shipped one. */
export function resolveTemplate(db: AppDb, key: string, regime: Regime | 'any', language: Language): ResolvedTemplate {
  const all = shippedTemplates()
  const knownKey = (k: string) => [...all.values()].some((t) => t.key === k)
  for (const c of templateCandidates(key, regime, knownKey)) {
    const id = { ...c, language }
    const found = customTemplate(db, id) ?? all.get(idText(id))
    if (found) return found
  }
  throw new AppError('not-found', `No letter template "${key}" for ${regime} in ${language}.`, 'template')
}

/** "shipped:3" or "custom:<when it was saved>": recorded with every letter. */
export function templateVersion(t: ResolvedTemplate): string {
  return t.origin === 'shipped' ? `shipped:${t.version}` : `custom:${t.updatedAt ?? ''}`
}

export type TemplateListItem = TemplateId & { kind: LetterKind; shippedVersion: number; custom: { updatedAt: string; baseVersion: number } | null }

/** Every template the editor offers: the shipped set, each marked when the administration has its own version. */
export function listTemplates(db: AppDb): TemplateListItem[] {
  const custom = new Map(db.select().from(letterTemplates).all().map((r) => [idText(r), r]))
  return [...shippedTemplates().values()]
    .map((t) => {
      const own = custom.get(idText(t))
      return { key: t.key, regime: t.regime, language: t.language, kind: kindOfKey(t.key), shippedVersion: t.version, custom: own ? { updatedAt: own.updatedAt, baseVersion: own.baseVersion } : null }
    })
    .sort((a, b) => idText(a).localeCompare(idText(b)))
}

/** A template to show in the editor: the administration's version when it has one, with the shipped text beside it. */
export function templateForEditing(db: AppDb, id: TemplateId): { current: ResolvedTemplate; shipped: ResolvedTemplate } {
  const base = shippedTemplates().get(idText(id))
  if (!base) throw new AppError('not-found', `No shipped template ${idText(id)}.`, 'template')
  return { current: customTemplate(db, id) ?? base, shipped: base }
}

/** Saves the administration's own version; refused (nothing written) when the text breaks a rule. */
export function saveTemplate(db: AppDb, id: TemplateId, text: { subject: string; body: string }): ResolvedTemplate {
  const base = templateForEditing(db, id).shipped
  const subject = text.subject.trim()
  const body = text.body.replace(/\r\n?/g, '\n').trim()
  const problems = checkTemplate({ subject, body }, kindOfKey(id.key), id.key, id.regime, id.language)
  if (problems.length > 0) throw new AppError('validation', `${idText(id)}: ${problems.map(describeProblem).join('; ')}`, 'body')
  if (!LANGUAGES.includes(id.language)) throw new AppError('validation', `unknown language ${id.language}`, 'language')
  withWrite(db, (tx) => {
    const stored = serializeTemplate({ version: base.version, subject, body })
    const updatedAt = new Date().toISOString()
    tx.insert(letterTemplates)
      .values({ ...id, body: stored, baseVersion: base.version, updatedAt })
      .onConflictDoUpdate({ target: [letterTemplates.key, letterTemplates.language, letterTemplates.regime], set: { body: stored, baseVersion: base.version, updatedAt } })
      .run()
    appendAudit(tx, { action: 'letters.template.save', entity: 'letter_template', entityId: idText(id), data: { subject, baseVersion: base.version } })
  })
  return templateForEditing(db, id).current
}

/** Drops the administration's version: the shipped text applies again. */
export function restoreTemplate(db: AppDb, id: TemplateId): ResolvedTemplate {
  withWrite(db, (tx) => {
    const gone = tx
      .delete(letterTemplates)
      .where(and(eq(letterTemplates.key, id.key), eq(letterTemplates.regime, id.regime), eq(letterTemplates.language, id.language)))
      .run()
    if (gone.changes > 0) appendAudit(tx, { action: 'letters.template.restore', entity: 'letter_template', entityId: idText(id), data: {} })
  })
  return templateForEditing(db, id).current
}
