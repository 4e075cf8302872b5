// The risk weights the user set in Settings, kept as one JSON value; anything unreadable falls back to the defaults.
import { eq } from 'drizzle-orm'
import { DEFAULT_WEIGHTS, type RiskWeights, RiskWeightsSchema } from '../../../shared/domains/risk/weights'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type AppDb, withWrite } from '../../db/connection'
import { settings } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

export const RISK_WEIGHTS_KEY = 'risk.weights'

export function riskWeights(db: AppDb): RiskWeights {
  const row = db.select().from(settings).where(eq(settings.key, RISK_WEIGHTS_KEY)).get()
  if (!row) return DEFAULT_WEIGHTS
  try {
    const parsed = RiskWeightsSchema.safeParse(JSON.parse(row.value))
    return parsed.success ? (parsed.data as RiskWeights) : DEFAULT_WEIGHTS
  } catch {
    return DEFAULT_WEIGHTS
  }
}

/** Saves new weights (null: back to the defaults), audited. */
export function setRiskWeights(db: AppDb, next: RiskWeights | null): RiskWeights {
  const weights = next === null ? DEFAULT_WEIGHTS : (parseInput(RiskWeightsSchema, next) as RiskWeights)
  return withWrite(db, (tx) => {
    const value = JSON.stringify(weights)
    const updatedAt = new Date().toISOString()
    tx.insert(settings).values({ key: RISK_WEIGHTS_KEY, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run()
    appendAudit(tx, { action: 'settings.update', entity: 'settings', entityId: RISK_WEIGHTS_KEY, data: weights })
    return weights
  })
}
