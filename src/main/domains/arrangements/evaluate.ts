// The daily look at everything agreed: promises kept or broken, plans completed or breached, holds that
// ran out. Idempotent; it runs when an administration opens, after payments come in, and from the scheduler.
import type { IsoDate } from '../../../shared/dates'
import { type AppDb, withWrite } from '../../db/connection'
import { expireHolds } from './holds.service'
import { evaluatePlans } from './plans.service'
import { evaluatePromises } from './promises.service'

export type EvaluationSummary = {
  promises: ReturnType<typeof evaluatePromises>
  plans: ReturnType<typeof evaluatePlans>
  expiredHolds: number[]
}

export function evaluateArrangements(db: AppDb, asOf: IsoDate): EvaluationSummary {
  return withWrite(db, (tx) => ({ promises: evaluatePromises(tx, asOf), plans: evaluatePlans(tx, asOf), expiredHolds: expireHolds(tx, asOf) }))
}
