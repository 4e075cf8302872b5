// The policy editor's writes: a policy with its levels saved whole, in one transaction with its audit
// entry. Exactly one default per regime stays in place, so every customer always has a policy.
import { and, eq, ne } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { dunningPolicies } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { COURTESY_HORIZON_DAYS } from './candidates.loader'
import { type PolicyDraft, type StoredPolicy, insertPolicy, loadPolicies, replacePolicy } from './policies.repo'

export type PolicyInput = PolicyDraft & { archived: boolean }

function check(input: PolicyInput): void {
  if (input.name.trim() === '') throw new AppError('validation', 'A policy needs a name.', 'name')
  if (input.courtesyDays !== null && (input.courtesyDays > 0 || input.courtesyDays < -COURTESY_HORIZON_DAYS))
    throw new AppError('validation', `A courtesy reminder goes out 0 to ${COURTESY_HORIZON_DAYS} days before the due date.`, 'courtesyDays')
  if (input.isDefault && input.archived) throw new AppError('validation', 'A default policy cannot be archived; make another policy the default first.', 'archived')
  input.levels.forEach((l, i) => {
    if (l.level !== i + 1) throw new AppError('validation', `Levels are numbered 1, 2, 3… without gaps (level ${i + 1}).`, `levels.${i}.level`)
    if (l.name.trim() === '') throw new AppError('validation', `Level ${l.level} needs a name.`, `levels.${i}.name`)
    if (l.autoSend && l.channel !== 'email') throw new AppError('validation', `Only e-mail levels can go out without review (level ${l.level}).`, `levels.${i}.autoSend`)
  })
}

/** Creates (`id` null) or replaces a policy; returns it as stored. */
export function savePolicy(db: AppDb, id: number | null, input: PolicyInput): StoredPolicy {
  check(input)
  return withWrite(db, (tx) => {
    const current = id === null ? undefined : loadPolicies(tx).find((p) => p.id === id)
    if (id !== null && !current) throw new AppError('not-found', `No dunning policy with id ${id}.`, 'policyId')
    if (current?.isDefault && (!input.isDefault || input.regime !== current.regime))
      throw new AppError('conflict', 'This is the default policy of its regime; make another policy the default first.', 'isDefault')
    // one default per regime: the new default takes over
    if (input.isDefault) {
      tx.update(dunningPolicies)
        .set({ isDefault: false })
        .where(and(eq(dunningPolicies.regime, input.regime), eq(dunningPolicies.isDefault, true), ne(dunningPolicies.id, id ?? -1)))
        .run()
    }
    const draft = { ...input, name: input.name.trim(), levels: input.levels.map((l) => ({ ...l, name: l.name.trim() })) }
    const saved = id === null ? insertPolicy(tx, draft) : (replacePolicy(tx, id, draft), id)
    appendAudit(tx, { action: id === null ? 'dunning.policy.create' : 'dunning.policy.update', entity: 'dunning_policy', entityId: saved, data: draft })
    const stored = loadPolicies(tx).find((p) => p.id === saved)
    if (!stored) throw new AppError('internal', 'The policy was not saved.')
    return stored
  })
}
