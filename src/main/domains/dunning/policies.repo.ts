// Dunning policies and levels in the store: read them for the engine, create the defaults of a new
// administration, and save what the policy editor changes.
import { asc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { type LevelRule, type PolicyRule, REGIMES, defaultPolicyIn } from '../../../shared/domains/dunning'
import type { Language } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'
import { administrationProfile, dunningLevels, dunningPolicies } from '../../db/schema'

export type StoredPolicy = Omit<PolicyRule, 'levels'> & { levels: LevelRule[]; archived: boolean }

/** Every policy with its levels, sorted by level number. */
export function loadPolicies(db: AppDb): StoredPolicy[] {
  const levels = db.select().from(dunningLevels).orderBy(asc(dunningLevels.policyId), asc(dunningLevels.level)).all()
  return db
    .select()
    .from(dunningPolicies)
    .orderBy(asc(dunningPolicies.regime), asc(dunningPolicies.id))
    .all()
    .map((p) => ({
      id: p.id,
      name: p.name,
      regime: p.regime,
      isDefault: p.isDefault,
      archived: p.archived,
      minimumCents: p.minimumCents,
      minIntervalDays: p.minIntervalDays,
      courtesyDays: p.courtesyDays,
      courtesyChannel: p.courtesyChannel,
      levels: levels
        .filter((l) => l.policyId === p.id)
        .map(
          (l): LevelRule => ({
            level: l.level,
            name: l.name,
            daysAfterDue: l.daysAfterDue,
            minDaysSincePrevious: l.minDaysSincePrevious,
            channel: l.channel,
            template: l.template,
            feeCents: l.feeCents,
            chargeCosts: l.chargeCosts,
            chargeInterest: l.chargeInterest,
            legalNotice: l.legalNotice,
            autoSend: l.autoSend
          })
        )
    }))
}

export type PolicyDraft = Omit<PolicyRule, 'id'>

/** Inserts a policy with its levels; call inside a write transaction. */
export function insertPolicy(tx: AppDb, draft: PolicyDraft): number {
  const { levels, ...policy } = draft
  const id = tx.insert(dunningPolicies).values(policy).returning({ id: dunningPolicies.id }).get().id
  if (levels.length > 0) tx.insert(dunningLevels).values(levels.map((l) => ({ ...l, policyId: id }))).run()
  return id
}

/** Replaces a policy's settings and levels; call inside a write transaction. */
export function replacePolicy(tx: AppDb, id: number, draft: PolicyDraft): void {
  const { levels, ...policy } = draft
  const updated = tx.update(dunningPolicies).set(policy).where(eq(dunningPolicies.id, id)).returning({ id: dunningPolicies.id }).get()
  if (!updated) throw new AppError('not-found', `No dunning policy with id ${id}.`, 'policyId')
  tx.delete(dunningLevels).where(eq(dunningLevels.policyId, id)).run()
  if (levels.length > 0) tx.insert(dunningLevels).values(levels.map((l) => ({ ...l, policyId: id }))).run()
}

/**
 * Gives every regime without a default policy the shipped one, named in the administration's language.
 * Runs when an administration is created and when an older one is opened; returns how many it added.
 */
export function ensureDefaultPolicies(tx: AppDb): number {
  const language: Language = tx.select({ l: administrationProfile.defaultLanguage }).from(administrationProfile).get()?.l ?? 'nl'
  const defaults = new Set(
    tx
      .select({ regime: dunningPolicies.regime })
      .from(dunningPolicies)
      .where(eq(dunningPolicies.isDefault, true))
      .all()
      .map((p) => p.regime)
  )
  const missing = REGIMES.filter((r) => !defaults.has(r))
  for (const regime of missing) insertPolicy(tx, { ...defaultPolicyIn(regime, language), isDefault: true })
  return missing.length
}
