// Adapter for the "kpi" vector kind; `metric` selects the figure.
import { z } from 'zod'
import { collectionEffectivenessIndex, dsoBreakdown, dsoCountback, dsoSimple } from '../../../shared/domains/legal'
import { type Adapter, type VectorOutputs, adapter, amountText, cents } from './adapter'

const twoDecimals = (value: number | null | undefined): string | null => (value === null || value === undefined ? null : value.toFixed(2))

const KPI_INPUTS = z.discriminatedUnion('metric', [
  z.object({ metric: z.literal('dso_simple'), ending_receivables: amountText, credit_sales: amountText, days_in_period: z.number().positive() }),
  z.object({
    metric: z.literal('dso_countback'),
    ending_receivables: amountText,
    monthly_sales_newest_first: z.array(amountText),
    // actual month lengths, one per month; without them every month counts 30 days
    days_per_month: z.array(z.number().positive()).optional()
  }).refine((i) => i.days_per_month === undefined || i.days_per_month.length === i.monthly_sales_newest_first.length, 'one days_per_month entry per month'),
  z.object({ metric: z.literal('bpdso'), credit_sales: amountText, total_receivables: amountText, past_due_receivables: amountText, days_in_period: z.number().positive() }),
  z.object({
    metric: z.literal('cei'),
    beginning_receivables: amountText,
    credit_sales: amountText,
    periods: z.number().int().min(1),
    ending_total_receivables: amountText,
    ending_current_receivables: amountText
  })
])

function kpi(i: z.infer<typeof KPI_INPUTS>): VectorOutputs {
  switch (i.metric) {
    case 'dso_simple':
      return { dso_days: twoDecimals(dsoSimple({ endingReceivablesCents: cents(i.ending_receivables, 'ending_receivables'), creditSalesCents: cents(i.credit_sales, 'credit_sales'), daysInPeriod: i.days_in_period })) }
    case 'dso_countback': {
      const months = i.monthly_sales_newest_first.map((s, k) => ({ salesCents: cents(s, 'monthly_sales_newest_first'), days: i.days_per_month?.[k] ?? 30 }))
      const result = dsoCountback({ receivablesCents: cents(i.ending_receivables, 'ending_receivables'), monthsNewestFirst: months })
      return { dso_days: twoDecimals(result.dso), months_used: result.monthsUsed, exhausted: result.exhausted }
    }
    case 'bpdso': {
      const result = dsoBreakdown({
        totalReceivablesCents: cents(i.total_receivables, 'total_receivables'),
        pastDueReceivablesCents: cents(i.past_due_receivables, 'past_due_receivables'),
        creditSalesCents: cents(i.credit_sales, 'credit_sales'),
        daysInPeriod: i.days_in_period
      })
      return { dso_days: twoDecimals(result?.dso), best_possible_dso_days: twoDecimals(result?.bestPossibleDso), average_days_delinquent: twoDecimals(result?.averageDaysDelinquent) }
    }
    case 'cei': {
      const cei = collectionEffectivenessIndex({
        beginningReceivablesCents: cents(i.beginning_receivables, 'beginning_receivables'),
        creditSalesCents: cents(i.credit_sales, 'credit_sales'),
        periods: i.periods,
        endingTotalReceivablesCents: cents(i.ending_total_receivables, 'ending_total_receivables'),
        endingCurrentReceivablesCents: cents(i.ending_current_receivables, 'ending_current_receivables')
      })
      return { cei_percent: twoDecimals(cei) }
    }
  }
}

export const KPI_ADAPTERS: Record<string, Adapter> = { kpi: adapter(KPI_INPUTS, kpi) }
