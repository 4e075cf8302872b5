// What the screens and the CLI send to change credit data: checked the same way in the form and in main.
import { z } from 'zod'
import { isIsoDate } from '../../dates'
import { COUNTRY_CODES } from '../countries'
import { DEBTOR_TYPES } from '../parties'
import { EXTERNAL_AGENCIES } from './vocabulary'

const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD')
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const pct = z.number().int().min(0).max(100)
const days = z.number().int().min(0).max(3650)
const id = z.number().int().positive()
const name = (max: number) => z.string().trim().min(1).max(max)

export const PolicyInputSchema = z
  .object({
    id: id.optional(),
    insurer: name(100),
    policyNumber: name(60),
    coverPct: pct,
    notifyAfterDays: days,
    maxExtensionDays: days.nullable(),
    warnDaysBefore: days
  })
  .strict()
export type PolicyInput = z.input<typeof PolicyInputSchema>

/** The credit part of a customer: limit, work not yet invoiced and the insurer's cover. */
export const CreditInputSchema = z
  .object({
    customerId: id,
    creditLimitCents: cents.nullable(),
    notInvoicedCents: cents,
    policyId: id.nullable(),
    insuredLimitCents: cents.nullable(),
    coverDecisionOn: isoDate.nullable(),
    /** null: the policy's percentage */
    coverPct: pct.nullable()
  })
  .strict()
  .refine((c) => c.policyId !== null || (c.insuredLimitCents === null && c.coverDecisionOn === null && c.coverPct === null), { message: 'choose a policy for the cover', path: ['policyId'] })
export type CreditInput = z.input<typeof CreditInputSchema>

export const NoticeInputSchema = z
  .object({ customerId: id, invoiceId: id.nullable(), noticedOn: isoDate, note: z.string().trim().max(500).nullable() })
  .strict()
export type NoticeInput = z.input<typeof NoticeInputSchema>

export const ExternalScoreInputSchema = z
  .object({ customerId: id, agency: z.enum(EXTERNAL_AGENCIES), score: pct, rating: z.string().trim().max(10).nullable(), scoredOn: isoDate })
  .strict()
export type ExternalScoreInput = z.input<typeof ExternalScoreInputSchema>

export const SegmentInputSchema = z
  .object({
    id: id.optional(),
    name: name(80),
    classes: z
      .string()
      .regex(/^[A-E]{1,5}$/)
      .nullable(),
    country: z.enum(COUNTRY_CODES).nullable(),
    debtorType: z.enum(DEBTOR_TYPES).nullable(),
    minOpenCents: cents.nullable(),
    maxOpenCents: cents.nullable(),
    paymentTermDays: z.number().int().min(0).max(366).nullable(),
    creditLimitCents: cents.nullable(),
    dunningPolicyId: id.nullable()
  })
  .strict()
  .refine((s) => s.minOpenCents === null || s.maxOpenCents === null || s.minOpenCents <= s.maxOpenCents, { message: 'the minimum exceeds the maximum', path: ['maxOpenCents'] })
export type SegmentInput = z.input<typeof SegmentInputSchema>
