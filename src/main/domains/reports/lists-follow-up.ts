// The follow-up lists: the dunning history (one row per communication of an executed run, up to the
// day asked), promises and payment plans in their current state with what was paid towards a plan
// by that day, and the disputes opened by then in the state they had that day.
import { sql } from 'drizzle-orm'
import type { ReportList } from '../../../shared/domains/reports/tables'
import { getPlan, planDetail } from '../arrangements/plans.service'
import { type ListParams, type ListSource, searchFilter } from './list-source'

const page = (offset: number, limit: number) => sql`LIMIT ${limit} OFFSET ${offset}`
const customerSearch = (p: ListParams) => searchFilter(p.search, [sql`c.name`, sql`c.code`])

type HistoryRow = { customerId: number; date: string; code: string; name: string; numbers: string | null; level: number; channel: string; principal: number; costs: number; interest: number; status: string }

const historyFrom = (p: ListParams) => sql`
  FROM dunning_actions a JOIN dunning_runs r ON r.id = a.run_id JOIN customers c ON c.id = a.customer_id
  WHERE r.status = 'executed' AND coalesce(a.sent_on, r.run_date) <= ${p.asOf}
    AND ${searchFilter(p.search, [sql`c.name`, sql`c.code`, sql`(SELECT group_concat(number) FROM dunning_action_lines WHERE action_id = a.id)`])}`

const dunningHistory: ListSource = {
  count: (db, p) => db.get<{ n: number }>(sql`SELECT count(*) AS n ${historyFrom(p)}`)?.n ?? 0,
  rows: (db, p, offset, limit) =>
    db
      .all<HistoryRow>(sql`
        SELECT a.customer_id AS customerId, coalesce(a.sent_on, r.run_date) AS date, c.code, c.name,
               (SELECT group_concat(number, ', ') FROM dunning_action_lines WHERE action_id = a.id) AS numbers,
               a.level, a.channel, a.principal_cents AS principal, a.fee_cents + a.costs_cents AS costs, a.interest_cents AS interest, a.status
        ${historyFrom(p)} ORDER BY date DESC, a.id DESC ${page(offset, limit)}`)
      .map((r) => ({ customerId: r.customerId, cells: [r.date, r.code, r.name, r.numbers, r.level, r.channel, r.principal, r.costs, r.interest, r.status] }))
}

type PromiseRow = { customerId: number; code: string; name: string; numbers: string | null; promisedDate: string; amount: number; status: string; note: string | null }

const promisesFrom = (p: ListParams) => sql`FROM promises pr JOIN customers c ON c.id = pr.customer_id WHERE ${customerSearch(p)}`

const promisesList: ListSource = {
  count: (db, p) => db.get<{ n: number }>(sql`SELECT count(*) AS n ${promisesFrom(p)}`)?.n ?? 0,
  rows: (db, p, offset, limit) =>
    db
      .all<PromiseRow>(sql`
        SELECT pr.customer_id AS customerId, c.code, c.name, pr.promised_date AS promisedDate, pr.amount_cents AS amount, pr.status, pr.note,
               (SELECT group_concat(i.number, ', ') FROM promise_invoices pi JOIN invoices i ON i.id = pi.invoice_id WHERE pi.promise_id = pr.id) AS numbers
        ${promisesFrom(p)} ORDER BY pr.promised_date DESC, pr.id DESC ${page(offset, limit)}`)
      .map((r) => ({ customerId: r.customerId, cells: [r.code, r.name, r.numbers, r.promisedDate, r.amount, r.status, r.note] }))
}

type PlanRow = { id: number; customerId: number; code: string; name: string }

const plansFrom = (p: ListParams) => sql`FROM payment_plans pl JOIN customers c ON c.id = pl.customer_id WHERE ${customerSearch(p)}`

const plansList: ListSource = {
  count: (db, p) => db.get<{ n: number }>(sql`SELECT count(*) AS n ${plansFrom(p)}`)?.n ?? 0,
  rows: (db, p, offset, limit) =>
    db.all<PlanRow>(sql`SELECT pl.id, pl.customer_id AS customerId, c.code, c.name ${plansFrom(p)} ORDER BY pl.start_date DESC, pl.id DESC ${page(offset, limit)}`).map((r) => {
      // progress (paid, next instalment) is the arrangements domain's own reading of the plan
      const plan = getPlan(db, r.id)
      const { progress, instalments } = planDetail(db, r.id, p.asOf)
      return {
        customerId: r.customerId,
        cells: [r.code, r.name, plan.startDate, plan.totalCents, progress.paidCents, instalments.length, progress.nextDue?.dueDate ?? null, plan.status]
      }
    })
}

type DisputeRow = { invoiceId: number; customerId: number; code: string; name: string; number: string; amount: number; reason: string; openedOn: string; status: string; resolvedOn: string | null; resolution: string | null }

const disputesFrom = (p: ListParams) => sql`
  FROM disputes d JOIN invoices i ON i.id = d.invoice_id JOIN customers c ON c.id = i.customer_id
  WHERE d.opened_on <= ${p.asOf} AND ${searchFilter(p.search, [sql`c.name`, sql`c.code`, sql`i.number`])}`

const disputesList: ListSource = {
  count: (db, p) => db.get<{ n: number }>(sql`SELECT count(*) AS n ${disputesFrom(p)}`)?.n ?? 0,
  rows: (db, p, offset, limit) => {
    // a dispute resolved after the day asked was still open that day
    const settled = sql`(d.status <> 'open' AND coalesce(d.resolved_on, d.opened_on) <= ${p.asOf})`
    return db
      .all<DisputeRow>(sql`
        SELECT i.id AS invoiceId, c.id AS customerId, c.code, c.name, i.number, coalesce(d.amount_cents, i.amount_cents) AS amount, d.reason,
               d.opened_on AS openedOn, CASE WHEN ${settled} THEN d.status ELSE 'open' END AS status,
               CASE WHEN ${settled} THEN d.resolved_on END AS resolvedOn, CASE WHEN ${settled} THEN d.resolution END AS resolution
        ${disputesFrom(p)} ORDER BY ${settled} ASC, d.opened_on DESC, d.id DESC ${page(offset, limit)}`)
      .map((r) => ({ invoiceId: r.invoiceId, customerId: r.customerId, cells: [r.code, r.name, r.number, r.amount, r.reason, r.openedOn, r.status, r.resolvedOn, r.resolution] }))
  }
}

export const followUpLists: Record<Extract<ReportList, 'dunning-history' | 'promises' | 'plans' | 'disputes'>, ListSource> = {
  'dunning-history': dunningHistory,
  promises: promisesList,
  plans: plansList,
  disputes: disputesList
}
