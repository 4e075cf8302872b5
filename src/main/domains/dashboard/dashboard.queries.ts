// The dashboard's figures: the open position, the aging of the administration's setting and the
// reminder levels of what is past due, all over the one definition of open items, so each chart adds
// up to the open or past-due total shown beside it.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { DashboardDto } from '../../../shared/ipc/dashboard.contract'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'
import { openPosition } from '../receivables/open-position'
import { agingReport } from '../reports/aging.queries'
import { agingSettings } from '../reports/aging-settings'

export function dashboardSummary(db: AppDb, asOf: IsoDate): DashboardDto {
  const setting = agingSettings(db)
  const aging = agingReport(db, { asOf, ...setting })
  const follow = db.get<{ openPromises: number; activePlans: number }>(sql`
    SELECT (SELECT count(*) FROM promises WHERE status = 'open') AS openPromises,
           (SELECT count(*) FROM payment_plans WHERE status = 'active') AS activePlans`)
  const dunningLevels = db.all<{ level: number; cents: number; count: number }>(sql`
    SELECT i.dunning_level AS level, sum(i.open_cents) AS cents, count(*) AS count
    FROM ${openItems(db, asOf)} AS i WHERE i.due_date < ${asOf}
    GROUP BY i.dunning_level ORDER BY i.dunning_level`)
  return {
    asOf,
    position: openPosition(db, asOf),
    agingBasis: aging.basis,
    aging: aging.buckets,
    openPromises: follow?.openPromises ?? 0,
    activePlans: follow?.activePlans ?? 0,
    dunningLevels
  }
}
