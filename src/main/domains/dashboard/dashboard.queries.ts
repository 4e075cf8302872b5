// The dashboard's figures, straight from the open items. Bucket bounds are ISO strings so the
// (status, due_date, open_cents) index answers the aging query without a table scan.
import { sql } from 'drizzle-orm'
import { addDays, type IsoDate } from '../../../shared/dates'
import type { DashboardDto } from '../../../shared/ipc/dashboard.contract'
import type { AppDb } from '../../db/connection'

type Totals = {
  openCents: number
  openCount: number
  overdueCents: number
  overdueCount: number
  customersOverdue: number
  disputedCount: number
}

export function dashboardSummary(db: AppDb, asOf: IsoDate): DashboardDto {
  const totals = db.get<Totals>(sql`
    SELECT coalesce(sum(open_cents), 0) AS openCents,
           count(*) AS openCount,
           coalesce(sum(CASE WHEN open_cents > 0 AND due_date < ${asOf} THEN open_cents END), 0) AS overdueCents,
           coalesce(sum(open_cents > 0 AND due_date < ${asOf}), 0) AS overdueCount,
           count(DISTINCT CASE WHEN open_cents > 0 AND due_date < ${asOf} THEN customer_id END) AS customersOverdue,
           coalesce(sum(disputed), 0) AS disputedCount
    FROM invoices WHERE status = 'open' AND open_cents <> 0`)

  const [d30, d60, d90] = [addDays(asOf, -30), addDays(asOf, -60), addDays(asOf, -90)]
  const aging = db.get<Record<string, number>>(sql`
    SELECT coalesce(sum(CASE WHEN due_date >= ${asOf} THEN open_cents END), 0) AS notDue,
           coalesce(sum(due_date >= ${asOf}), 0) AS notDueN,
           coalesce(sum(CASE WHEN due_date < ${asOf} AND due_date >= ${d30} THEN open_cents END), 0) AS d1to30,
           coalesce(sum(due_date < ${asOf} AND due_date >= ${d30}), 0) AS d1to30N,
           coalesce(sum(CASE WHEN due_date < ${d30} AND due_date >= ${d60} THEN open_cents END), 0) AS d31to60,
           coalesce(sum(due_date < ${d30} AND due_date >= ${d60}), 0) AS d31to60N,
           coalesce(sum(CASE WHEN due_date < ${d60} AND due_date >= ${d90} THEN open_cents END), 0) AS d61to90,
           coalesce(sum(due_date < ${d60} AND due_date >= ${d90}), 0) AS d61to90N,
           coalesce(sum(CASE WHEN due_date < ${d90} THEN open_cents END), 0) AS over90,
           coalesce(sum(due_date < ${d90}), 0) AS over90N
    FROM invoices WHERE status = 'open' AND open_cents > 0`)

  const follow = db.get<{ openPromises: number; activePlans: number }>(sql`
    SELECT (SELECT count(*) FROM promises WHERE status = 'open') AS openPromises,
           (SELECT count(*) FROM payment_plans WHERE status = 'active') AS activePlans`)

  const dunningLevels = db.all<{ level: number; cents: number; count: number }>(sql`
    SELECT dunning_level AS level, sum(open_cents) AS cents, count(*) AS count
    FROM invoices WHERE status = 'open' AND open_cents > 0 AND due_date < ${asOf}
    GROUP BY dunning_level ORDER BY dunning_level`)

  const buckets = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const
  return {
    asOf,
    openCents: totals?.openCents ?? 0,
    overdueCents: totals?.overdueCents ?? 0,
    openCount: totals?.openCount ?? 0,
    overdueCount: totals?.overdueCount ?? 0,
    customersOverdue: totals?.customersOverdue ?? 0,
    disputedCount: totals?.disputedCount ?? 0,
    openPromises: follow?.openPromises ?? 0,
    activePlans: follow?.activePlans ?? 0,
    aging: buckets.map((bucket) => ({ bucket, cents: aging?.[bucket] ?? 0, count: aging?.[`${bucket}N`] ?? 0 })),
    dunningLevels
  }
}
