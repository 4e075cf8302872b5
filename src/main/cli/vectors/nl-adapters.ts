// Adapters for the Dutch vector kinds.
import { z } from 'zod'
import { NL_INTEREST_REGIMES, nlCommercialInterestStart, nlFourteenDayLetter, nlStatutoryInterest, wikCosts } from '../../../shared/domains/legal'
import { type Adapter, adapter, amount, amountText, cents, decimalText, isoDate, optionalCents } from './adapter'

const nlStatutoryInterestAdapter = adapter(
  z.object({
    regime: z.enum(NL_INTEREST_REGIMES),
    principal: amountText,
    first_interest_day: isoDate,
    last_interest_day: isoDate,
    agreed_percent: decimalText.optional(),
    compounding: z.boolean().optional(),
    day_count: z.enum(['act/365', 'act/act']).optional(),
    rounding: z.enum(['end', 'per-period']).optional()
  }),
  (i) => {
    const result = nlStatutoryInterest({
      regime: i.regime,
      principalCents: cents(i.principal, 'principal'),
      firstInterestDay: i.first_interest_day,
      lastInterestDay: i.last_interest_day,
      agreedPercent: i.agreed_percent,
      compounding: i.compounding,
      dayCount: i.day_count,
      rounding: i.rounding
    })
    return { interest: amount(result.interestCents), days: result.days, capitalisations: result.capitalisations.length }
  }
)

const nlDefaultTermAdapter = adapter(z.object({ invoice_received: isoDate, agreed_last_payment_day: isoDate.optional() }), (i) => {
  const term = nlCommercialInterestStart({
    invoiceReceived: i.invoice_received,
    agreedLastPaymentDay: i.agreed_last_payment_day
  })
  return { first_interest_day: term.firstInterestDay, last_payment_day: term.lastPaymentDay }
})

const wikAdapter = adapter(
  z.object({
    principals: z.array(amountText).min(1),
    creditor_can_deduct_vat: z.boolean(),
    vat_percent: decimalText,
    paid_within_period: amountText.optional(),
    capitalised_interest: amountText.optional()
  }),
  (i) => {
    const result = wikCosts({
      principalsCents: i.principals.map((p) => cents(p, 'principals')),
      creditorCanDeductVat: i.creditor_can_deduct_vat,
      vatPercent: i.vat_percent,
      paidWithinPeriodCents: optionalCents(i.paid_within_period, 'paid_within_period'),
      capitalisedInterestCents: optionalCents(i.capitalised_interest, 'capitalised_interest')
    })
    return {
      basis: amount(result.basisCents),
      fee_ex_vat: amount(result.feeExVatCents),
      vat: amount(result.vatCents),
      amount_claimable: amount(result.amountClaimableCents)
    }
  }
)

const fourteenDayAdapter = adapter(
  z.object({
    posted: isoDate,
    channel: z.enum(['post', 'email', 'hand']),
    received: isoDate.optional(),
    extend_to_working_day: z.boolean().optional()
  }),
  (i) => {
    const result = nlFourteenDayLetter({
      posted: i.posted,
      channel: i.channel,
      received: i.received,
      extendToWorkingDay: i.extend_to_working_day
    })
    return {
      presumed_delivery: result.delivery,
      period_starts: result.periodStarts,
      last_day_to_pay: result.lastDayToPay,
      costs_due_from: result.costsDueFrom
    }
  }
)

export const NL_ADAPTERS: Record<string, Adapter> = {
  nl_statutory_interest: nlStatutoryInterestAdapter,
  nl_commercial_default_term: nlDefaultTermAdapter,
  nl_wik_costs: wikAdapter,
  nl_14_day_letter: fourteenDayAdapter
}
