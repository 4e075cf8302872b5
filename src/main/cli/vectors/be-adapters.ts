// Adapters for the Belgian vector kinds.
import { z } from 'zod'
import {
  BE_COMMERCIAL_RATES,
  beCommercialInterest,
  beCommercialRateFromEcb,
  beConsumerFlatDamages,
  beConsumerInterestCap,
  beConsumerWaitingPeriod,
  beReminderCostCap,
  rateRowOn,
  semesterStart
} from '../../../shared/domains/legal'
import { type Adapter, adapter, amount, amountText, cents, decimalText, isoDate, optionalCents } from './adapter'

const semester = z.string().regex(/^\d{4}-H[12]$/, 'expected a semester like 2025-H1')

const commercialInterestAdapter = adapter(
  z.object({ principal: amountText, first_interest_day: isoDate, last_interest_day: isoDate, contract_concluded: isoDate.optional() }),
  (i) => {
    const result = beCommercialInterest({
      principalCents: cents(i.principal, 'principal'),
      firstInterestDay: i.first_interest_day,
      lastInterestDay: i.last_interest_day,
      contractConcluded: i.contract_concluded
    })
    return { interest: amount(result.interestCents), fixed_compensation: amount(result.fixedCompensationCents), days: result.days }
  }
)

const commercialRateAdapter = adapter(
  z.object({ semester, ecb_rate_percent: decimalText.optional(), contract_before_2013: z.boolean().optional() }),
  (i) => {
    const shipped = rateRowOn(BE_COMMERCIAL_RATES, semesterStart(i.semester))?.percent ?? null
    const computed = i.ecb_rate_percent === undefined ? null : beCommercialRateFromEcb(i.ecb_rate_percent, i.semester, { contractBefore2013: i.contract_before_2013 })
    return { rate_percent: computed ?? shipped, table_rate_percent: shipped }
  }
)

const damagesAdapter = adapter(z.object({ outstanding_balance: amountText }), (i) => {
  const result = beConsumerFlatDamages(cents(i.outstanding_balance, 'outstanding_balance'))
  return { max_flat_damages: amount(result.maxCents), tier: result.tier }
})

const interestCapAdapter = adapter(
  z.object({ contractual_interest_percent: decimalText, semester: semester.optional(), date: isoDate.optional() }).refine((i) => (i.semester === undefined) !== (i.date === undefined), 'give either semester or date'),
  (i) => {
    const result = beConsumerInterestCap({ contractualPercent: i.contractual_interest_percent, date: i.date ?? semesterStart(i.semester ?? '') })
    return { max_interest_rate_percent: result.capPercent, rate_chargeable_percent: result.chargeablePercent, exceeds_cap: result.exceedsCap }
  }
)

const reminderAdapter = adapter(
  z.object({
    sent: isoDate,
    channel: z.enum(['post', 'email']),
    post_reading: z.enum(['on', 'after']).optional(),
    reminder_number: z.number().int().min(1).optional(),
    postage: amountText.optional(),
    missed_due_date_this_year: z.number().int().min(1).optional()
  }),
  (i) => {
    const period = beConsumerWaitingPeriod({ sent: i.sent, channel: i.channel, postReading: i.post_reading })
    const cost =
      i.reminder_number === undefined
        ? null
        : beReminderCostCap({ reminderNumber: i.reminder_number, postageCents: optionalCents(i.postage, 'postage') ?? 0, missedDueDateThisYear: i.missed_due_date_this_year })
    return {
      period_starts: period.periodStarts,
      period_ends: period.periodEnds,
      chargeable_from: period.chargeableFrom,
      max_cost: cost === null ? null : amount(cost.maxCents)
    }
  }
)

export const BE_ADAPTERS: Record<string, Adapter> = {
  be_commercial_interest: commercialInterestAdapter,
  be_commercial_rate: commercialRateAdapter,
  be_consumer_damages: damagesAdapter,
  be_consumer_interest_cap: interestCapAdapter,
  be_consumer_reminder: reminderAdapter
}
