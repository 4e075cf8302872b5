import { z } from 'zod'
import { FACTORS, RiskWeightsSchema } from '../domains/risk/weights'
import { CreditInputSchema, ExternalScoreInputSchema, NoticeInputSchema, PolicyInputSchema, SegmentInputSchema } from '../domains/risk/inputs'
import { EN_RISK, type RiskMessageKey } from '../domains/risk/messages-en'
import { EXTERNAL_AGENCIES, RISK_CLASSES, SCORE_SOURCES } from '../domains/risk/vocabulary'
import { command } from './contract'
import { CentsSchema, CountrySchema, DebtorTypeSchema, IdSchema, IsoDateSchema, SortDirectionSchema } from './schemas'

const KEYS = Object.keys(EN_RISK) as [RiskMessageKey, ...RiskMessageKey[]]
const RiskValueSchema = z.union([
  z.object({ days: z.number() }),
  z.object({ count: z.number() }),
  z.object({ pct: z.number() }),
  z.object({ factor: z.number() }),
  z.object({ money: CentsSchema }),
  z.object({ date: IsoDateSchema }),
  z.object({ text: z.string() }),
  z.object({ label: z.enum(KEYS) })
])
/** An explanation line; the renderer shows it in the UI language (shared/domains/risk/lines.ts). */
export const RiskLineSchema = z.object({ key: z.enum(KEYS), values: z.record(z.string(), RiskValueSchema).optional() })
const ReasonSchema = RiskLineSchema.extend({ factor: z.enum(FACTORS), points: z.number().int() })
const RiskClassSchema = z.enum(RISK_CLASSES)
const days = z.number().nullable()

const BehaviourSchema = z.object({
  paidCount: z.number().int(),
  avgDaysToPay: days,
  weightedDaysToPay: days,
  avgDaysLate: days,
  lateSharePct: days,
  recentAvgDaysLate: days,
  priorAvgDaysLate: days,
  trendDays: days,
  overdueCount: z.number().int(),
  oldestOverdueDays: z.number().int(),
  brokenPromises: z.number().int(),
  disputes: z.number().int(),
  returnedPayments: z.number().int(),
  handOvers: z.number().int()
})
const BySegmentSchema = z.object({ value: z.number().int().nullable(), source: z.enum(['customer', 'segment', 'default']) })

export const AssessmentSchema = z.object({
  score: z.number().int(),
  riskClass: RiskClassSchema,
  reasons: z.array(ReasonSchema),
  behaviour: BehaviourSchema,
  creditUse: z.object({ usedCents: CentsSchema, limitCents: CentsSchema.nullable(), pct: z.number().int().nullable(), level: z.enum(['none', 'near', 'over']) }),
  segment: z.object({ id: IdSchema, name: z.string() }).nullable(),
  suggestedLimit: z.object({ cents: CentsSchema.nullable(), lines: z.array(RiskLineSchema) }),
  exposure: z.object({ exposureCents: CentsSchema, insuredCents: CentsSchema, uninsuredCents: CentsSchema }),
  paymentTerm: BySegmentSchema,
  dunningPolicy: BySegmentSchema
})

export const PredictionSchema = z.object({ invoiceId: IdSchema, number: z.string(), openCents: CentsSchema, predictedDate: IsoDateSchema, lines: z.array(RiskLineSchema) })
export const WeekSchema = z.object({ weekStart: IsoDateSchema, expectedCents: CentsSchema, lowCents: CentsSchema, highCents: CentsSchema })
export const BacktestSchema = z.object({ maeDays: z.number().nullable(), naiveMaeDays: z.number().nullable(), samples: z.number().int(), cutoffs: z.number().int() })

export const DeadlineSchema = z.object({
  customerId: IdSchema,
  customerName: z.string(),
  invoiceId: IdSchema,
  number: z.string(),
  kind: z.enum(['notify', 'extension']),
  deadline: IsoDateSchema,
  daysLeft: z.number().int(),
  missed: z.boolean(),
  line: RiskLineSchema
})

export const PolicySchema = z.object({
  id: IdSchema,
  insurer: z.string(),
  policyNumber: z.string(),
  coverPct: z.number().int(),
  notifyAfterDays: z.number().int(),
  maxExtensionDays: z.number().int().nullable(),
  warnDaysBefore: z.number().int(),
  archived: z.boolean()
})

export const ExternalScoreSchema = z.object({ id: IdSchema, agency: z.enum(EXTERNAL_AGENCIES), score: z.number().int(), rating: z.string().nullable(), scoredOn: IsoDateSchema, source: z.enum(SCORE_SOURCES) })

export const RiskCardSchema = AssessmentSchema.extend({
  /** the policy the dunning engine uses for this customer, and why */
  dunningPolicy: BySegmentSchema.extend({ name: z.string().nullable() }),
  customerId: IdSchema,
  asOf: IsoDateSchema,
  /** the stored score before the last recomputation that changed it */
  previousScore: z.number().int().nullable(),
  credit: z.object({
    creditLimitCents: CentsSchema.nullable(),
    notInvoicedCents: CentsSchema,
    policyId: IdSchema.nullable(),
    insurer: z.string().nullable(),
    policyNumber: z.string().nullable(),
    insuredLimitCents: CentsSchema.nullable(),
    coverDecisionOn: IsoDateSchema.nullable(),
    /** as set on the customer (null: the policy's) */
    coverPct: z.number().int().nullable(),
    /** what applies */
    effectiveCoverPct: z.number().int().nullable()
  }),
  externalScores: z.array(ExternalScoreSchema),
  deadlines: z.array(DeadlineSchema),
  forecast: z.array(PredictionSchema),
  /** paid invoices and their average delay per month, the last 12 months */
  monthly: z.array(z.object({ month: z.string(), paid: z.number().int(), avgDaysLate: z.number().nullable() }))
})
export type RiskCardDto = z.infer<typeof RiskCardSchema>

export const ForecastSchema = z.object({
  asOf: IsoDateSchema,
  weeks: z.array(WeekSchema),
  laterCents: CentsSchema,
  sigmaDays: z.number(),
  backtest: BacktestSchema.nullable(),
  invoices: z.object({ rows: z.array(PredictionSchema.extend({ customerId: IdSchema, customerName: z.string() })), total: z.number().int() })
})
export type ForecastDto = z.infer<typeof ForecastSchema>

export const PORTFOLIO_SORT = ['score', 'name', 'exposureCents', 'insuredCents', 'creditUsePct'] as const

export const PortfolioRowSchema = z.object({
  customerId: IdSchema,
  code: z.string(),
  name: z.string(),
  score: z.number().int(),
  riskClass: RiskClassSchema,
  previousScore: z.number().int().nullable(),
  exposureCents: CentsSchema,
  insuredCents: CentsSchema,
  creditUsePct: z.number().int().nullable(),
  creditLevel: z.enum(['none', 'near', 'over']),
  segmentName: z.string().nullable(),
  suggestedLimitCents: CentsSchema.nullable(),
  creditLimitCents: CentsSchema.nullable()
})
export type PortfolioRowDto = z.infer<typeof PortfolioRowSchema>

export const PortfolioSchema = z.object({
  /** the date the stored scores were computed for; null before the first computation */
  asOf: IsoDateSchema.nullable(),
  computedAt: z.string().nullable(),
  classes: z.array(z.object({ riskClass: RiskClassSchema, customers: z.number().int(), exposureCents: CentsSchema, insuredCents: CentsSchema })),
  totals: z.object({ customers: z.number().int(), exposureCents: CentsSchema, insuredCents: CentsSchema, uninsuredCents: CentsSchema, nearLimit: z.number().int(), overLimit: z.number().int() })
})
export type PortfolioDto = z.infer<typeof PortfolioSchema>

export const SegmentSchema = z.object({
  id: IdSchema,
  name: z.string(),
  position: z.number().int(),
  classes: z.string().nullable(),
  country: CountrySchema.nullable(),
  debtorType: DebtorTypeSchema.nullable(),
  minOpenCents: CentsSchema.nullable(),
  maxOpenCents: CentsSchema.nullable(),
  paymentTermDays: z.number().int().nullable(),
  creditLimitCents: CentsSchema.nullable(),
  dunningPolicyId: IdSchema.nullable()
})

const ScoreImportSchema = z.object({
  fileName: z.string(),
  rows: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), code: z.enum(['missing-column', 'unknown-customer', 'bad-score', 'bad-date']), value: z.string() })),
  written: z.boolean()
})

const none = z.object({}).strict()
const asOf = z.object({ asOf: IsoDateSchema.optional() }).strict()
const byId = z.object({ id: IdSchema }).strict()

export const riskContract = {
  /** The risk card of one customer: score and reasons, behaviour, limit, insurance and forecast. */
  card: command('risk:get-card', z.object({ customerId: IdSchema, asOf: IsoDateSchema.optional() }).strict(), RiskCardSchema),
  portfolio: command('risk:get-portfolio', none, PortfolioSchema),
  list: command(
    'risk:list',
    z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        sort: z.enum(PORTFOLIO_SORT).default('score'),
        direction: SortDirectionSchema.default('asc'),
        riskClass: RiskClassSchema.optional()
      })
      .strict(),
    z.object({ rows: z.array(PortfolioRowSchema), total: z.number().int() })
  ),
  forecast: command(
    'risk:get-forecast',
    z
      .object({
        asOf: IsoDateSchema.optional(),
        weeks: z.number().int().min(1).max(52).default(13),
        offset: z.number().int().min(0).default(0),
        /** how many predicted invoices to return (0: only the weeks) */
        limit: z.number().int().min(0).max(500).default(0)
      })
      .strict(),
    ForecastSchema
  ),
  recompute: command('risk:recompute', none, z.object({ customers: z.number().int() })),
  getWeights: command('risk:get-weights', none, z.object({ weights: RiskWeightsSchema, defaults: RiskWeightsSchema })),
  setWeights: command('risk:set-weights', z.object({ weights: RiskWeightsSchema.nullable() }).strict(), RiskWeightsSchema),
  saveCredit: command('risk:save-credit', CreditInputSchema, z.null()),
  addNotice: command('risk:add-notice', NoticeInputSchema, z.null()),
  deadlines: command('risk:list-deadlines', asOf, z.array(DeadlineSchema)),
  policies: command('risk:list-policies', none, z.array(PolicySchema)),
  savePolicy: command('risk:save-policy', PolicyInputSchema, PolicySchema),
  archivePolicy: command('risk:archive-policy', z.object({ id: IdSchema, archived: z.boolean() }).strict(), PolicySchema),
  addScore: command('risk:add-score', ExternalScoreInputSchema, ExternalScoreSchema),
  deleteScore: command('risk:delete-score', byId, z.null()),
  importScores: command('risk:import-scores', z.object({ fileId: z.string().min(1), dryRun: z.boolean().default(false) }).strict(), ScoreImportSchema),
  segments: command('risk:list-segments', none, z.object({ segments: z.array(SegmentSchema), dunningPolicies: z.array(z.object({ id: IdSchema, name: z.string() })) })),
  saveSegment: command('risk:save-segment', SegmentInputSchema, SegmentSchema),
  deleteSegment: command('risk:delete-segment', byId, z.null()),
  moveSegment: command('risk:move-segment', z.object({ id: IdSchema, direction: z.enum(['up', 'down']) }).strict(), z.array(SegmentSchema))
} as const
