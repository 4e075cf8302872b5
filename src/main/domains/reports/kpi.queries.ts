// The figures the KPIs need, read from the open items (as of the period's ends) and the invoices
// (credit sales), then handed to the pure KPI computation (shared/domains/reports/kpis.ts).
import { sql } from 'drizzle-orm'
import { addDays, addMonths, daysInMonth, type IsoDate } from '../../../shared/dates'
import { computeKpis, type ReceivablesAt } from '../../../shared/domains/reports/kpis'
import { AppError } from '../../../shared/errors'
import type { KpiDto, KpiTrendDto } from '../../../shared/ipc/reports.contract'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'

/** How far back countback DSO may look for sales. */
const COUNTBACK_MONTHS = 24

export function receivablesAt(db: AppDb, asOf: IsoDate): ReceivablesAt {
  const row = db.get<ReceivablesAt>(sql`
    SELECT coalesce(sum(i.open_cents), 0) AS totalCents,
           coalesce(sum(CASE WHEN i.due_date < ${asOf} THEN i.open_cents END), 0) AS pastDueCents,
           coalesce(sum(CASE WHEN i.due_date < ${addDays(asOf, -90)} THEN i.open_cents END), 0) AS over90Cents,
           coalesce(sum(CASE WHEN i.disputed = 1 THEN i.open_cents END), 0) AS disputedCents
    FROM ${openItems(db, asOf)} AS i`)
  return row ?? { totalCents: 0, pastDueCents: 0, over90Cents: 0, disputedCents: 0 }
}

/** Net credit sales (invoices less credit notes) per calendar month 'YYYY-MM' dated from..to. */
function salesByMonth(db: AppDb, from: IsoDate, to: IsoDate): Map<string, number> {
  const rows = db.all<{ month: string; cents: number }>(sql`
    SELECT substr(invoice_date, 1, 7) AS month, sum(amount_cents) AS cents FROM invoices
    WHERE invoice_date >= ${from} AND invoice_date <= ${to} GROUP BY month`)
  return new Map(rows.map((r) => [r.month, r.cents]))
}

const firstOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`
const lastOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`

type ReceivablesSource = (asOf: IsoDate) => ReceivablesAt

export function kpiReport(db: AppDb, from: IsoDate, to: IsoDate, at: ReceivablesSource = (d) => receivablesAt(db, d)): KpiDto {
  if (from > to) throw new AppError('validation', `the period starts (${from}) after it ends (${to})`, 'from')
  const countbackFrom = firstOfMonth(addMonths(to, -(COUNTBACK_MONTHS - 1)))
  const sales = salesByMonth(db, from < countbackFrom ? from : countbackFrom, to)
  const creditSalesCents =
    db.get<{ cents: number }>(sql`SELECT coalesce(sum(amount_cents), 0) AS cents FROM invoices WHERE invoice_date >= ${from} AND invoice_date <= ${to}`)?.cents ?? 0
  const months = Array.from({ length: COUNTBACK_MONTHS }, (_, k) => addMonths(firstOfMonth(to), -k).slice(0, 7))
  const beginning = at(addDays(from, -1))
  const ending = at(to)
  const figures = computeKpis({
    from,
    to,
    beginning,
    ending,
    creditSalesCents,
    monthlySalesNewestFirst: months.map((month) => ({ month, salesCents: sales.get(month) ?? 0 }))
  })
  return {
    from,
    to,
    ...figures,
    beginningCents: beginning.totalCents,
    receivablesCents: ending.totalCents,
    pastDueCents: ending.pastDueCents,
    creditSalesCents
  }
}

/** The KPIs of each calendar month (the last one up to `asOf`), oldest first. */
export function kpiTrend(db: AppDb, asOf: IsoDate, months = 12): KpiTrendDto {
  // each month's end is the next month's beginning: read every day once
  const seen = new Map<IsoDate, ReceivablesAt>()
  const at: ReceivablesSource = (day) => {
    const known = seen.get(day)
    if (known) return known
    const fresh = receivablesAt(db, day)
    seen.set(day, fresh)
    return fresh
  }
  return Array.from({ length: months }, (_, k) => {
    const start = addMonths(firstOfMonth(asOf), k - months + 1)
    const end = k === months - 1 ? asOf : lastOfMonth(start)
    return { month: start.slice(0, 7), ...kpiReport(db, start, end, at) }
  })
}
