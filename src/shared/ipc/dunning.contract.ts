// The Aanmaningen screen and the policy editor: proposals (dry runs), draft runs and their review,
// execution, history, the 30-day forecast, policies and the daily scheduler. Explanations travel as
// message lines and are rendered in the reader's language by src/shared/domains/dunning.
import { z } from 'zod'
import type { DunningLine } from '../domains/dunning/explain/lines'
import { ACTION_STATUSES, DUNNING_CHANNELS, EDITABLE_AMOUNTS, EXCLUSION_REASONS, REGIMES, RUN_KINDS, RUN_SOURCES, RUN_STATUSES } from '../domains/dunning/vocabulary'
import { command } from './contract'
import { CentsSchema, IdSchema, IsoDateSchema, PageSchema } from './schemas'

const Lines = z.array(z.custom<DunningLine>((v) => typeof v === 'object' && v !== null && typeof (v as { key?: unknown }).key === 'string'))
const Channel = z.enum(DUNNING_CHANNELS)

export const LegalSchema = z.object({
  interestCents: CentsSchema,
  interestFrom: z.string().nullable(),
  interestRate: z.string().nullable(),
  compensationCents: CentsSchema,
  costsCents: CentsSchema
})

export const LineSchema = z.object({
  invoiceId: IdSchema,
  number: z.string(),
  level: z.number().int(),
  advances: z.boolean(),
  openCents: CentsSchema,
  dueDate: z.string(),
  daysOverdue: z.number().int(),
  legal: LegalSchema,
  explanation: Lines
})
export type LineDto = z.infer<typeof LineSchema>

const Amounts = {
  principalCents: CentsSchema,
  feeCents: CentsSchema,
  costsCents: CentsSchema,
  interestCents: CentsSchema,
  totalCents: CentsSchema,
  maxFeeCents: CentsSchema,
  allowedCostsCents: CentsSchema,
  allowedInterestCents: CentsSchema,
  announcedCostsCents: CentsSchema
}

/** One communication: proposed (id null) or stored in a run. */
export const ActionSchema = z.object({
  id: IdSchema.nullable(),
  customerId: IdSchema,
  customerCode: z.string(),
  customerName: z.string(),
  level: z.number().int(),
  levelName: z.string().nullable(),
  channel: Channel,
  regime: z.enum(REGIMES),
  legalNotice: z.boolean(),
  status: z.enum(ACTION_STATUSES).nullable(),
  skipReason: z.string().nullable(),
  ...Amounts,
  explanation: Lines,
  lines: z.array(LineSchema),
  excludedInvoices: z.array(z.object({ number: z.string(), reason: z.enum(EXCLUSION_REASONS), explanation: Lines })),
  edits: z.array(z.object({ field: z.enum(EDITABLE_AMOUNTS), fromCents: CentsSchema, toCents: CentsSchema, reason: z.string(), createdAt: z.string() }))
})
export type ActionDto = z.infer<typeof ActionSchema>

export const ExclusionSchema = z.object({ customerId: IdSchema, customerCode: z.string(), customerName: z.string(), reason: z.enum(EXCLUSION_REASONS), explanation: Lines })
export type ExclusionDto = z.infer<typeof ExclusionSchema>

export const FRESHNESS_LEVELS = ['ok', 'warn', 'block'] as const

export const ProposalSchema = z.object({ asOf: z.string(), freshness: z.enum(FRESHNESS_LEVELS), actions: z.array(ActionSchema), excluded: z.array(ExclusionSchema) })
export type ProposalDto = z.infer<typeof ProposalSchema>

export const RunSummarySchema = z.object({
  id: IdSchema,
  runDate: z.string(),
  status: z.enum(RUN_STATUSES),
  kind: z.enum(RUN_KINDS),
  source: z.enum(RUN_SOURCES),
  freshness: z.string(),
  createdAt: z.string(),
  executedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  actions: z.number().int(),
  approved: z.number().int(),
  skipped: z.number().int(),
  sent: z.number().int(),
  excluded: z.number().int(),
  totalCents: CentsSchema
})
export type RunSummaryDto = z.infer<typeof RunSummarySchema>

export const LevelSchema = z.object({
  level: z.number().int().min(1).max(12),
  name: z.string().trim().min(1).max(80),
  daysAfterDue: z.number().int().min(0).max(730),
  minDaysSincePrevious: z.number().int().min(0).max(365),
  channel: Channel,
  template: z.string().trim().min(1).max(60),
  feeCents: CentsSchema.min(0).max(1_000_000),
  chargeCosts: z.boolean(),
  chargeInterest: z.boolean(),
  legalNotice: z.boolean(),
  autoSend: z.boolean()
})

export const PolicyInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  regime: z.enum(REGIMES),
  isDefault: z.boolean(),
  archived: z.boolean(),
  minimumCents: CentsSchema.min(0).max(100_000_000),
  minIntervalDays: z.number().int().min(0).max(365),
  courtesyDays: z.number().int().min(-30).max(0).nullable(),
  courtesyChannel: Channel,
  levels: z.array(LevelSchema).max(12)
})
export const PolicySchema = PolicyInputSchema.extend({ id: IdSchema })
export type PolicyDto = z.infer<typeof PolicySchema>
export type PolicyInputDto = z.infer<typeof PolicyInputSchema>

export const SchedulerSchema = z.object({
  enabled: z.boolean(),
  /** HH:MM, local time */
  dailyTime: z.string(),
  lastRun: z
    .object({
      at: z.string(),
      asOf: z.string(),
      outcome: z.enum(['draft', 'nothing', 'blocked', 'exists', 'failed']),
      runId: z.number().int().nullable(),
      actions: z.number().int(),
      autoSent: z.number().int(),
      /** automatic e-mails that could not go out (letterhead incomplete, template refused) and wait in the draft instead */
      autoHeld: z.object({ actions: z.number().int(), cause: z.enum(['letterhead', 'letter']) }).nullable().optional(),
      message: z.string().nullable()
    })
    .nullable(),
  nextRun: z.string().nullable()
})
export type SchedulerDto = z.infer<typeof SchedulerSchema>

const runId = { runId: IdSchema }
const Page = { ...PageSchema }

export const dunningContract = {
  /** A dry run on a date: writes nothing. */
  propose: command('dunning:propose', z.object({ asOf: IsoDateSchema }).strict(), ProposalSchema),
  save: command(
    'dunning:save-run',
    z.object({ asOf: IsoDateSchema }).strict(),
    z.object({ runId: IdSchema.nullable(), created: z.boolean(), status: z.enum(RUN_STATUSES).nullable(), actions: z.number().int() })
  ),
  /** The draft waiting for review, if any. */
  currentRun: command('dunning:current-run', z.object({}).strict(), RunSummarySchema.nullable()),
  run: command('dunning:get-run', z.object(runId).strict(), RunSummarySchema),
  runActions: command('dunning:run-actions', z.object({ ...runId, ...Page }).strict(), z.object({ rows: z.array(ActionSchema), total: z.number().int() })),
  runExclusions: command('dunning:run-exclusions', z.object(runId).strict(), z.array(ExclusionSchema)),
  review: command('dunning:review-action', z.object({ actionId: IdSchema, decision: z.enum(['approve', 'skip']), reason: z.string().trim().max(200).nullable().default(null) }).strict(), z.null()),
  reviewAll: command('dunning:review-all', z.object({ ...runId, decision: z.enum(['approve', 'skip']) }).strict(), z.null()),
  editAmount: command(
    'dunning:edit-amount',
    z.object({ actionId: IdSchema, field: z.enum(EDITABLE_AMOUNTS), cents: CentsSchema.min(0), reason: z.string().trim().min(1, 'reason-required').max(300) }).strict(),
    z.null()
  ),
  execute: command('dunning:execute-run', z.object(runId).strict(), z.object({ runId: IdSchema, alreadyExecuted: z.boolean(), sent: z.number().int(), skipped: z.number().int(), superseded: z.number().int() })),
  cancel: command('dunning:cancel-run', z.object({ ...runId, reason: z.string().trim().max(200).nullable().default(null) }).strict(), z.object({ changed: z.boolean() })),
  runs: command('dunning:list-runs', z.object(Page).strict(), z.object({ rows: z.array(RunSummarySchema), total: z.number().int() })),
  forecast: command(
    'dunning:forecast',
    z.object({ asOf: IsoDateSchema, days: z.number().int().min(1).max(90).default(30) }).strict(),
    z.array(z.object({ date: z.string(), actions: z.array(ActionSchema.pick({ customerId: true, customerCode: true, customerName: true, level: true, levelName: true, regime: true, channel: true, totalCents: true, explanation: true })) }))
  ),
  policies: command('dunning:list-policies', z.object({}).strict(), z.array(PolicySchema)),
  savePolicy: command('dunning:save-policy', z.object({ id: IdSchema.nullable(), policy: PolicyInputSchema }).strict(), PolicySchema),
  scheduler: command('dunning:scheduler-status', z.object({}).strict(), SchedulerSchema),
  setScheduler: command(
    'dunning:set-scheduler',
    z.object({ enabled: z.boolean(), dailyTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid-time') }).strict(),
    SchedulerSchema
  ),
  completeTask: command('dunning:complete-task', z.object({ actionId: IdSchema, note: z.string().trim().max(500).nullable().default(null) }).strict(), z.null())
} as const
