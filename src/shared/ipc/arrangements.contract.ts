// Promises, payment plans, disputes, holds, hand-overs, notes and the customer timeline.
import { z } from 'zod'
import {
  disputeDecisionSchema,
  disputeInputSchema,
  handoverInputSchema,
  holdInputSchema,
  instalmentSchema,
  noteInputSchema,
  planInputSchema,
  planProposalInputSchema,
  promiseInputSchema
} from '../domains/arrangements/inputs'
import {
  CALL_OUTCOMES,
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
  HANDOVER_KINDS,
  HOLD_KINDS,
  PLAN_FREQUENCIES,
  PLAN_STATUSES,
  PROMISE_STATUSES,
  REFERENCE_SCHEMES
} from '../domains/arrangements/vocabulary'
import { command } from './contract'
import { CentsSchema, IdSchema, IsoDateSchema, LanguageSchema, PageSchema } from './schemas'

export const TIMELINE_KINDS = ['promise', 'plan', 'dispute', 'hold', 'snooze', 'handover', 'note', 'call', 'reminder', 'payment', 'letter'] as const

export const TimelineEventSchema = z.object({
  date: IsoDateSchema,
  /** creation timestamp: orders events of one day */
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  recordId: IdSchema,
  /** the record's status (promise, plan, dispute, hand-over), 'active'/'ended' (hold), the channel (reminder) */
  status: z.string().nullable(),
  amountCents: CentsSchema.nullable(),
  /** promised date, plan start, dispute decided, hold until, hand-over withdrawn, follow-up date */
  date2: IsoDateSchema.nullable(),
  /** dispute reason, plan frequency, hand-over kind, call outcome, reminder level */
  code: z.string().nullable(),
  text: z.string().nullable(),
  invoiceNumbers: z.array(z.string())
})
export type TimelineEventDto = z.infer<typeof TimelineEventSchema>

const ReferenceSchema = z.object({ scheme: z.enum(REFERENCE_SCHEMES), reference: z.string(), printed: z.string() })

export const InstalmentProgressSchema = instalmentSchema.extend({
  id: IdSchema,
  paidCents: CentsSchema,
  state: z.enum(['paid', 'partial', 'upcoming', 'due', 'late']),
  remindedOn: IsoDateSchema.nullable(),
  /** its reminder should go out now: within `reminderDays` before the due date, not reminded, not paid */
  reminderDue: z.boolean(),
  reference: ReferenceSchema.nullable()
})

export const PlanDetailSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  status: z.enum(PLAN_STATUSES),
  frequency: z.enum(PLAN_FREQUENCIES),
  startDate: IsoDateSchema,
  totalCents: CentsSchema,
  downPaymentCents: CentsSchema,
  costsCents: CentsSchema,
  interestCents: CentsSchema,
  graceDays: z.number().int(),
  reminderDays: z.number().int(),
  endedOn: IsoDateSchema.nullable(),
  note: z.string().nullable(),
  invoiceNumbers: z.array(z.string()),
  paidCents: CentsSchema,
  remainingCents: CentsSchema,
  instalments: z.array(InstalmentProgressSchema)
})
export type PlanDetailDto = z.infer<typeof PlanDetailSchema>

export const OverviewSchema = z.object({
  promises: z.array(
    z.object({ id: IdSchema, amountCents: CentsSchema, promisedDate: IsoDateSchema, status: z.enum(PROMISE_STATUSES), paidCents: CentsSchema, invoiceNumbers: z.array(z.string()), note: z.string().nullable() })
  ),
  plans: z.array(PlanDetailSchema),
  disputes: z.array(
    z.object({
      id: IdSchema,
      invoiceId: IdSchema,
      invoiceNumber: z.string(),
      reason: z.enum(DISPUTE_REASONS),
      status: z.enum(DISPUTE_STATUSES),
      amountCents: CentsSchema,
      openedOn: IsoDateSchema,
      awaitingDays: z.number().int(),
      note: z.string().nullable()
    })
  ),
  holds: z.array(z.object({ id: IdSchema, kind: z.enum(HOLD_KINDS), reason: z.string(), startsOn: IsoDateSchema, until: IsoDateSchema.nullable(), invoiceNumber: z.string().nullable() })),
  handovers: z.array(
    z.object({ id: IdSchema, kind: z.enum(HANDOVER_KINDS), party: z.string(), handedOverOn: IsoDateSchema, reference: z.string().nullable(), openCents: CentsSchema, invoiceCount: z.number().int() })
  ),
  followUps: z.array(z.object({ id: IdSchema, kind: z.enum(['note', 'call']), body: z.string(), followUpOn: IsoDateSchema, callOutcome: z.enum(CALL_OUTCOMES).nullable() }))
})
export type OverviewDto = z.infer<typeof OverviewSchema>

const ProposalSchema = z.object({
  invoices: z.array(z.object({ id: IdSchema, number: z.string(), dueDate: IsoDateSchema, openCents: CentsSchema })),
  principalCents: CentsSchema,
  costsCents: CentsSchema,
  interestCents: CentsSchema,
  totalCents: CentsSchema,
  schedule: z.array(instalmentSchema)
})
export type PlanProposalDto = z.infer<typeof ProposalSchema>

export const BULK_ACTIONS = ['hold', 'snooze', 'dispute', 'promise', 'policy'] as const

export const BulkInputSchema = z
  .object({
    action: z.enum(BULK_ACTIONS),
    invoiceIds: z.array(IdSchema).min(1).max(1000),
    /** hold/snooze */
    reason: z.string().trim().max(500).optional(),
    until: IsoDateSchema.nullish(),
    /** dispute */
    disputeReason: z.enum(DISPUTE_REASONS).optional(),
    /** promise: each customer promises its selected open amount by this date */
    promisedDate: IsoDateSchema.optional(),
    /** policy: null returns the invoices to their customer's policy */
    policyId: IdSchema.nullish()
  })
  .strict()
export type BulkInput = z.input<typeof BulkInputSchema>

const ok = z.object({ id: IdSchema })

export const arrangementsContract = {
  timeline: command('arrangements:timeline', z.object({ customerId: IdSchema, ...PageSchema }).strict(), z.object({ events: z.array(TimelineEventSchema), total: z.number().int() })),
  overview: command('arrangements:overview', z.object({ customerId: IdSchema }).strict(), OverviewSchema),
  recordPromise: command('arrangements:record-promise', promiseInputSchema, ok),
  cancelPromise: command('arrangements:cancel-promise', z.object({ promiseId: IdSchema }).strict(), ok),
  proposePlan: command('arrangements:propose-plan', planProposalInputSchema, ProposalSchema),
  createPlan: command('arrangements:create-plan', planInputSchema, ok),
  plan: command('arrangements:plan', z.object({ planId: IdSchema }).strict(), PlanDetailSchema),
  cancelPlan: command('arrangements:cancel-plan', z.object({ planId: IdSchema }).strict(), ok),
  markReminded: command('arrangements:mark-reminded', z.object({ instalmentId: IdSchema }).strict(), z.null()),
  openDispute: command('arrangements:open-dispute', disputeInputSchema, ok),
  decideDispute: command('arrangements:decide-dispute', disputeDecisionSchema, ok),
  placeHold: command('arrangements:place-hold', holdInputSchema, z.array(ok)),
  releaseHold: command('arrangements:release-hold', z.object({ holdId: IdSchema }).strict(), ok),
  handOver: command('arrangements:hand-over', handoverInputSchema, ok),
  withdrawHandover: command('arrangements:withdraw-handover', z.object({ handoverId: IdSchema }).strict(), ok),
  /** The hand-over dossier as a ZIP: the desktop asks where to save it; browser mode gets the bytes to download. */
  dossier: command(
    'arrangements:dossier',
    z.object({ customerId: IdSchema, asOf: IsoDateSchema.optional(), language: LanguageSchema }).strict(),
    z.object({ fileName: z.string(), savedTo: z.string().nullable(), dataBase64: z.string().nullable() })
  ),
  addNote: command('arrangements:add-note', noteInputSchema, ok),
  completeFollowUp: command('arrangements:complete-follow-up', z.object({ noteId: IdSchema }).strict(), ok),
  /** Vandaag: every follow-up due by today of the customer of `noteId`; the notes ticked off come back for the undo. */
  completeDueFollowUps: command('arrangements:complete-due-follow-ups', z.object({ noteId: IdSchema }).strict(), z.object({ noteIds: z.array(IdSchema) })),
  reopenFollowUps: command('arrangements:reopen-follow-ups', z.object({ noteIds: z.array(IdSchema).min(1).max(1000) }).strict(), z.object({ noteIds: z.array(IdSchema) })),
  bulk: command('arrangements:bulk', BulkInputSchema, z.object({ affected: z.number().int(), customers: z.number().int() })),
  policies: command('arrangements:policies', z.object({}).strict(), z.array(z.object({ id: IdSchema, name: z.string() })))
} as const
