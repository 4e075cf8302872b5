// The demo's reminder history, made by the engine itself: a weekly run over the past months, proposed,
// saved and executed as a bookkeeper would have done. The levels on the invoices follow from it.
import { type IsoDate, addDays } from '../../shared/dates'
import type { AppDb } from '../db/connection'
import { executeRun } from '../domains/dunning/execute.service'
import { ensureDefaultPolicies } from '../domains/dunning/policies.repo'
import { saveRun } from '../domains/dunning/runs.service'

/** Weeks of history before `today`; the last run is a week ago, so today has new reminders due. */
const WEEKS = 18

export function seedDunningHistory(tx: AppDb, today: IsoDate): { runs: number; sent: number } {
  ensureDefaultPolicies(tx)
  let runs = 0
  let sent = 0
  for (let week = WEEKS; week >= 1; week--) {
    const day = addDays(today, -7 * week)
    const saved = saveRun(tx, day)
    if (saved.runId === null) continue
    sent += executeRun(tx, saved.runId, { today }).sent
    runs++
  }
  return { runs, sent }
}
