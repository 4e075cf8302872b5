// What the screens, the IPC layer and the CLI send to record arrangements; the services parse with these.
import { z } from 'zod'
import { IsoDateSchema, optionalText } from '../../ipc/schemas'
import { MAX_INSTALMENTS } from './plan-schedule'
import { CALL_OUTCOMES, DISPUTE_REASONS, HANDOVER_KINDS, HOLD_KINDS, PLAN_FREQUENCIES } from './vocabulary'
import { DISPUTE_ACTIONS } from './lifecycle'

const id = z.number().int().positive()
const positiveCents = z.number().int().positive()
const invoiceIds = z.array(id).max(1000)

export const promiseInputSchema = z
  .object({ customerId: id, amountCents: positiveCents, promisedDate: IsoDateSchema, invoiceIds: invoiceIds.optional(), note: optionalText(500) })
  .strict()
export type PromiseInput = z.input<typeof promiseInputSchema>

export const instalmentSchema = z.object({ seq: z.number().int().min(0).max(MAX_INSTALMENTS), dueDate: IsoDateSchema, amountCents: z.number().int() }).strict()

const planTerms = {
  customerId: id,
  invoiceIds: invoiceIds.min(1),
  /** add the interest and collection costs due so far to the plan total */
  includeCosts: z.boolean().default(false),
  includeInterest: z.boolean().default(false),
  downPaymentCents: z.number().int().min(0).default(0),
  frequency: z.enum(PLAN_FREQUENCIES),
  startDate: IsoDateSchema
}

export const planProposalInputSchema = z.object({ ...planTerms, instalments: z.number().int().min(1).max(MAX_INSTALMENTS) }).strict()
export type PlanProposalInput = z.input<typeof planProposalInputSchema>

export const planInputSchema = z
  .object({
    ...planTerms,
    /** the schedule as edited; its sum must equal the plan total */
    schedule: z.array(instalmentSchema).min(1).max(MAX_INSTALMENTS + 1),
    graceDays: z.number().int().min(0).max(90).default(7),
    reminderDays: z.number().int().min(0).max(60).default(5),
    note: optionalText(500)
  })
  .strict()
export type PlanInput = z.input<typeof planInputSchema>

export const disputeInputSchema = z
  .object({ invoiceId: id, reason: z.enum(DISPUTE_REASONS), amountCents: positiveCents.nullish(), note: optionalText(1000) })
  .strict()
export type DisputeInput = z.input<typeof disputeInputSchema>

export const disputeDecisionSchema = z.object({ disputeId: id, action: z.enum(DISPUTE_ACTIONS), resolution: optionalText(1000) }).strict()
export type DisputeDecision = z.input<typeof disputeDecisionSchema>

export const holdInputSchema = z
  .object({
    customerId: id,
    /** hold these invoices; none holds the whole customer */
    invoiceIds: invoiceIds.optional(),
    kind: z.enum(HOLD_KINDS),
    reason: z.string().trim().min(1, 'a reason is required').max(500),
    until: IsoDateSchema.nullish()
  })
  .strict()
  .refine((h) => h.kind === 'hold' || (h.until ?? null) !== null, { message: 'a snooze needs an end date', path: ['until'] })
export type HoldInput = z.input<typeof holdInputSchema>

export const handoverInputSchema = z
  .object({
    customerId: id,
    kind: z.enum(HANDOVER_KINDS),
    party: z.string().trim().min(1, 'say who takes the claim over').max(200),
    handedOverOn: IsoDateSchema,
    reference: optionalText(100),
    note: optionalText(1000),
    /** default: every open item of the customer */
    invoiceIds: invoiceIds.optional()
  })
  .strict()
export type HandoverInput = z.input<typeof handoverInputSchema>

export const noteInputSchema = z
  .object({
    customerId: id,
    invoiceId: id.nullish(),
    kind: z.enum(['note', 'call']),
    body: z.string().trim().min(1, 'the note is empty').max(4000),
    callOutcome: z.enum(CALL_OUTCOMES).nullish(),
    followUpOn: IsoDateSchema.nullish()
  })
  .strict()
export type NoteInput = z.input<typeof noteInputSchema>
