// The portfolio view over the stored scores: customers per class with their exposure and insured part,
// and the customers themselves, sorted and paged.
import { type SQL, sql } from 'drizzle-orm'
import type { RiskClass } from '../../../shared/domains/risk/vocabulary'
import type { PORTFOLIO_SORT, PortfolioDto, PortfolioRowDto } from '../../../shared/ipc/risk.contract'
import type { AppDb } from '../../db/connection'

const DETAIL = {
  exposure: sql`CAST(json_extract(r.detail_json, '$.exposure.exposureCents') AS INTEGER)`,
  insured: sql`CAST(json_extract(r.detail_json, '$.exposure.insuredCents') AS INTEGER)`,
  usePct: sql`json_extract(r.detail_json, '$.creditUse.pct')`,
  level: sql`json_extract(r.detail_json, '$.creditUse.level')`
}

export function portfolio(db: AppDb): PortfolioDto {
  const classes = db.all<{ riskClass: RiskClass; customers: number; exposureCents: number; insuredCents: number }>(sql`
    SELECT r.risk_class AS riskClass, count(*) AS customers, coalesce(sum(${DETAIL.exposure}), 0) AS exposureCents, coalesce(sum(${DETAIL.insured}), 0) AS insuredCents
    FROM customer_risk r JOIN customers c ON c.id = r.customer_id WHERE c.archived = 0
    GROUP BY r.risk_class ORDER BY r.risk_class`)
  const meta = db.get<{ asOf: string | null; computedAt: string | null; nearLimit: number; overLimit: number }>(sql`
    SELECT max(r.as_of) AS asOf, max(r.computed_at) AS computedAt,
           coalesce(sum(${DETAIL.level} = 'near'), 0) AS nearLimit, coalesce(sum(${DETAIL.level} = 'over'), 0) AS overLimit
    FROM customer_risk r JOIN customers c ON c.id = r.customer_id WHERE c.archived = 0`)
  const exposureCents = classes.reduce((s, c) => s + c.exposureCents, 0)
  const insuredCents = classes.reduce((s, c) => s + c.insuredCents, 0)
  return {
    asOf: meta?.asOf ?? null,
    computedAt: meta?.computedAt ?? null,
    classes,
    totals: {
      customers: classes.reduce((s, c) => s + c.customers, 0),
      exposureCents,
      insuredCents,
      uninsuredCents: exposureCents - insuredCents,
      nearLimit: meta?.nearLimit ?? 0,
      overLimit: meta?.overLimit ?? 0
    }
  }
}

const SORT: Record<(typeof PORTFOLIO_SORT)[number], SQL> = {
  score: sql`score`,
  name: sql`name COLLATE NOCASE`,
  exposureCents: sql`exposureCents`,
  insuredCents: sql`insuredCents`,
  creditUsePct: sql`creditUsePct`
}

export type PortfolioQuery = { offset: number; limit: number; sort: (typeof PORTFOLIO_SORT)[number]; direction: 'asc' | 'desc'; riskClass?: RiskClass | undefined }

export function portfolioRows(db: AppDb, q: PortfolioQuery): { rows: PortfolioRowDto[]; total: number } {
  const filter = q.riskClass ? sql`AND r.risk_class = ${q.riskClass}` : sql``
  const from = sql`FROM customer_risk r JOIN customers c ON c.id = r.customer_id LEFT JOIN segments s ON s.id = r.segment_id WHERE c.archived = 0 ${filter}`
  const rows = db.all<PortfolioRowDto>(sql`
    SELECT * FROM (
      SELECT r.customer_id AS customerId, c.code, c.name, r.score, r.risk_class AS riskClass, r.previous_score AS previousScore,
             ${DETAIL.exposure} AS exposureCents, ${DETAIL.insured} AS insuredCents, ${DETAIL.usePct} AS creditUsePct, ${DETAIL.level} AS creditLevel,
             s.name AS segmentName, r.suggested_limit_cents AS suggestedLimitCents, c.credit_limit_cents AS creditLimitCents
      ${from})
    ORDER BY ${SORT[q.sort]} ${q.direction === 'desc' ? sql`DESC` : sql`ASC`} NULLS LAST, customerId
    LIMIT ${q.limit} OFFSET ${q.offset}`)
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from}`)
  return { rows, total: total?.n ?? 0 }
}
