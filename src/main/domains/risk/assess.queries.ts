// Loads everything the assessment of customers needs as plain data: history sums and facts, open amounts,
// credit data and insurance cover, the newest external score, segments and weights.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { CountryCode } from '../../../shared/domains/countries'
import type { DebtorType } from '../../../shared/domains/parties'
import type { AssessBatch, CustomerInput } from '../../../shared/domains/risk/batch'
import { EMPTY_STATS, NO_FACTS } from '../../../shared/domains/risk/history'
import type { Segment } from '../../../shared/domains/risk/segments'
import type { ExternalAgency } from '../../../shared/domains/risk/vocabulary'
import type { AppDb } from '../../db/connection'
import { openItems } from '../receivables/open-items'
import { historyPass } from './history.pass'
import { customerFacts, customerStats } from './history.queries'
import { riskWeights } from './weights.repo'

type CustomerRow = {
  customerId: number
  country: CountryCode
  debtorType: DebtorType
  paymentTermDays: number | null
  creditLimitCents: number | null
  dunningPolicyId: number | null
  openCents: number
  notInvoicedCents: number | null
  insuredLimitCents: number | null
  coverPct: number | null
  agency: ExternalAgency | null
  score: number | null
  scoredOn: string | null
}

export function listSegments(db: AppDb): Segment[] {
  return db.all<Segment>(sql`
    SELECT id, name, position, classes, country, debtor_type AS debtorType, min_open_cents AS minOpenCents, max_open_cents AS maxOpenCents,
           payment_term_days AS paymentTermDays, credit_limit_cents AS creditLimitCents, dunning_policy_id AS dunningPolicyId
    FROM segments ORDER BY position, id`)
}

/**
 * The open amount per customer is the one every screen shows (receivables/open-items.ts), credit notes
 * included. The whole administration's history comes from one pass over the invoices, one customer's
 * from its own SQL.
 */
export function assessBatch(db: AppDb, asOf: IsoDate, customerId?: number): AssessBatch {
  const only = customerId === undefined ? sql`` : sql`AND c.id = ${customerId}`
  const rows = db.all<CustomerRow>(sql`
    WITH open AS (SELECT customer_id, sum(open_cents) AS cents FROM ${openItems(db, asOf)} GROUP BY customer_id),
    latest AS (
      SELECT customer_id, agency, score, scored_on,
             row_number() OVER (PARTITION BY customer_id ORDER BY scored_on DESC, id DESC) AS n
      FROM external_scores)
    SELECT c.id AS customerId, c.country, c.debtor_type AS debtorType, c.payment_term_days AS paymentTermDays,
           c.credit_limit_cents AS creditLimitCents, c.dunning_policy_id AS dunningPolicyId,
           coalesce(o.cents, 0) AS openCents, cc.not_invoiced_cents AS notInvoicedCents,
           CASE WHEN cc.policy_id IS NOT NULL THEN cc.insured_limit_cents END AS insuredLimitCents,
           CASE WHEN cc.policy_id IS NOT NULL THEN coalesce(cc.cover_pct, p.cover_pct) END AS coverPct,
           e.agency, e.score, e.scored_on AS scoredOn
    FROM customers c
    LEFT JOIN open o ON o.customer_id = c.id
    LEFT JOIN customer_credit cc ON cc.customer_id = c.id
    LEFT JOIN insurance_policies p ON p.id = cc.policy_id
    LEFT JOIN latest e ON e.customer_id = c.id AND e.n = 1
    WHERE c.archived = 0 ${only}
    ORDER BY c.id`)
  const stats = customerId === undefined ? historyPass(db, asOf).stats : new Map([[customerId, customerStats(db, asOf, customerId)]])
  const facts = customerFacts(db, asOf, customerId)
  const customers: CustomerInput[] = rows.map((r) => ({
    customerId: r.customerId,
    stats: stats.get(r.customerId) ?? EMPTY_STATS,
    facts: facts.get(r.customerId) ?? NO_FACTS,
    customer: { country: r.country, debtorType: r.debtorType, paymentTermDays: r.paymentTermDays, creditLimitCents: r.creditLimitCents, dunningPolicyId: r.dunningPolicyId },
    openCents: r.openCents,
    notInvoicedCents: r.notInvoicedCents ?? 0,
    external: r.agency !== null && r.score !== null && r.scoredOn !== null ? { agency: r.agency, score: r.score, scoredOn: r.scoredOn } : null,
    cover: r.insuredLimitCents !== null && r.coverPct !== null ? { insuredLimitCents: r.insuredLimitCents, coverPct: r.coverPct } : null
  }))
  return { asOf, weights: riskWeights(db), segments: listSegments(db), customers }
}
