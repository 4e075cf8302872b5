// The weights of the risk score: what each reason costs (or earns) per unit and at most. The user sees and
// changes them in Settings; nothing else goes into the score.
import { z } from 'zod'

export const FACTORS = [
  /** per day paid late on average (paid early: per day earlier, as a bonus) */
  'daysLate',
  /** per percentage point of invoices paid late */
  'lateShare',
  /** per day the last 3 months are later than the 12 before (sooner: a bonus) */
  'trend',
  /** per day the oldest open invoice is past due, beyond 30 days */
  'oldestOverdue',
  /** per broken promise in the last 12 months */
  'brokenPromises',
  /** per dispute in the last 12 months */
  'disputes',
  /** per returned payment in the last 12 months */
  'returns',
  /** per invoice handed over for collection */
  'handOvers',
  /** per percentage point of credit use above 100 % */
  'creditUse',
  /** per point the external score lies below 50 (above 50: a bonus) */
  'external',
  /** once, for fewer than 3 paid invoices in the history */
  'littleHistory'
] as const
export type Factor = (typeof FACTORS)[number]

/** Points per unit and the most points the reason can weigh, either way. */
export type FactorWeight = { weight: number; cap: number }

export type RiskWeights = {
  factors: Record<Factor, FactorWeight>
  /** the lowest score of class A, B, C and D; anything lower is E */
  classBounds: [number, number, number, number]
}

export const DEFAULT_WEIGHTS: RiskWeights = {
  factors: {
    daysLate: { weight: 0.8, cap: 30 },
    lateShare: { weight: 0.1, cap: 10 },
    trend: { weight: 0.5, cap: 10 },
    oldestOverdue: { weight: 0.1, cap: 15 },
    brokenPromises: { weight: 5, cap: 20 },
    disputes: { weight: 3, cap: 12 },
    returns: { weight: 4, cap: 12 },
    handOvers: { weight: 10, cap: 30 },
    creditUse: { weight: 0.3, cap: 20 },
    external: { weight: 0.3, cap: 15 },
    littleHistory: { weight: 5, cap: 5 }
  },
  classBounds: [80, 65, 50, 35]
}

/** The oldest open invoice starts to cost points this many days past due. */
export const OVERDUE_GRACE_DAYS = 30
/** Fewer paid invoices than this: "little history". */
export const LITTLE_HISTORY = 3
/** An external score older than this many months no longer counts. */
export const EXTERNAL_MAX_AGE_MONTHS = 24

const FactorWeightSchema = z.object({ weight: z.number().min(0).max(100), cap: z.number().int().min(0).max(100) }).strict()

export const RiskWeightsSchema = z
  .object({
    factors: z.object(Object.fromEntries(FACTORS.map((f) => [f, FactorWeightSchema])) as Record<Factor, typeof FactorWeightSchema>).strict(),
    classBounds: z
      .tuple([z.number().int().min(1).max(100), z.number().int().min(1).max(100), z.number().int().min(1).max(100), z.number().int().min(1).max(100)])
      .refine(([a, b, c, d]) => a > b && b > c && c > d, 'class-bounds-order')
  })
  .strict()
