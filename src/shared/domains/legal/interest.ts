// Interest accrual over a period that is split at rate changes and (when compounding) at every
// anniversary of the first interest day. Exact decimals throughout; rounding to cents happens once
// at the end unless the caller asks for per-period rounding.
import { AppError } from '../../errors'
import { type Cents } from '../../money'
import { type IsoDate, addDays, addYears, daysBetween, isIsoDate, isLeapYear } from '../../dates'
import { Big, bigToCents, centsToBig, parseDecimal, percentText } from './decimal'
import { type RateConfidence, type RateTable, rateRowOn } from './rate-tables'

/** act/365: actual days over 365 even in leap years (the published NL method); act/act: 366 in leap years. */
export type DayCount = 'act/365' | 'act/act'
export type InterestRounding = 'end' | 'per-period'

export type InterestInput = {
  principalCents: Cents
  /** First day on which interest runs. */
  firstInterestDay: IsoDate
  /** Last day on which interest runs (the payment day, or the calculation date). */
  lastInterestDay: IsoDate
  table: RateTable
  compounding: boolean
  /** A contractual rate replaces the statutory one wherever it is higher (art. 6:119 lid 3 BW). */
  agreedPercent?: string
  dayCount?: DayCount
  rounding?: InterestRounding
}

/** What a legal regime fixes about an accrual; the claim supplies the rest. */
export type AccrualTerms = Pick<InterestInput, 'table' | 'compounding'>

export type InterestPeriod = {
  from: IsoDate
  /** Inclusive last day of the period. */
  to: IsoDate
  days: number
  yearDays: 365 | 366
  ratePercent: string
  rateSource: 'table' | 'agreed'
  confidence: RateConfidence
  /** Amount interest is computed on, in euros at full precision. */
  basis: string
  /** Interest of this period in euros at full precision (or whole cents with per-period rounding). */
  interest: string
}

export type Capitalisation = { on: IsoDate; added: string; newBasis: string }

export type InterestResult = {
  /** Which rate table (and edition) the rates came from. */
  tableId: RateTable['id']
  tableVersion: string
  principalCents: Cents
  firstInterestDay: IsoDate
  lastInterestDay: IsoDate
  days: number
  compounding: boolean
  dayCount: DayCount
  periods: InterestPeriod[]
  capitalisations: Capitalisation[]
  /** Unrounded total in euros. */
  exactInterest: string
  interestCents: Cents
}

function splitDates(input: InterestInput, end: IsoDate, anniversaries: Set<IsoDate>): IsoDate[] {
  const { firstInterestDay: first, table, dayCount } = input
  const cuts = new Set<IsoDate>(anniversaries)
  for (const r of table.rows) if (r.from > first && r.from < end) cuts.add(r.from)
  if (dayCount === 'act/act') {
    for (let y = Number(first.slice(0, 4)) + 1; `${y}-01-01` < end; y++) cuts.add(`${y}-01-01`)
  }
  return [...cuts].sort()
}

/**
 * The k-th interest year ends on the day before the same date k years on, so it restarts the next day. Counting
 * from the eve keeps a 29 February start right: its years restart on 1 March, and on 29 February in leap years.
 */
export function interestAnniversary(first: IsoDate, k: number): IsoDate {
  return addDays(addYears(addDays(first, -1), k), 1)
}

function anniversariesBefore(first: IsoDate, end: IsoDate): Set<IsoDate> {
  const out = new Set<IsoDate>()
  for (let k = 1; interestAnniversary(first, k) < end; k++) out.add(interestAnniversary(first, k))
  return out
}

export function accrueInterest(input: InterestInput): InterestResult {
  const { principalCents, firstInterestDay: first, lastInterestDay: last, table, compounding } = input
  const dayCount = input.dayCount ?? 'act/365'
  if (!isIsoDate(first)) throw new AppError('validation', `first interest day is not a date: ${first}`, 'firstInterestDay')
  if (!isIsoDate(last)) throw new AppError('validation', `last interest day is not a date: ${last}`, 'lastInterestDay')
  if (!Number.isSafeInteger(principalCents) || principalCents < 0) throw new AppError('validation', 'principal must be a non-negative amount', 'principal')
  const end = addDays(last, 1)
  if (end < first) throw new AppError('validation', 'the last interest day lies before the first', 'lastInterestDay')
  const agreed = input.agreedPercent === undefined ? undefined : parseDecimal(input.agreedPercent, 'agreedPercent')
  const anniversaries = compounding ? anniversariesBefore(first, end) : new Set<IsoDate>()

  const periods: InterestPeriod[] = []
  const capitalisations: Capitalisation[] = []
  let basis = centsToBig(principalCents)
  let sinceCapitalisation = new Big(0)
  let total = new Big(0)
  let cursor = first
  for (const cut of [...splitDates({ ...input, dayCount }, end, anniversaries), end]) {
    const days = daysBetween(cursor, cut)
    const statutory = rateRowOn(table, cursor)
    if (!statutory && !agreed) throw new AppError('validation', `no ${table.id} rate is known for ${cursor}`, 'firstInterestDay')
    const useAgreed = agreed !== undefined && (!statutory || agreed.gt(statutory.percent))
    const rate = useAgreed ? agreed : new Big(statutory?.percent ?? 0)
    const yearDays = dayCount === 'act/act' && isLeapYear(Number(cursor.slice(0, 4))) ? 366 : 365
    let interest = basis.times(rate).times(days).div(100 * yearDays)
    if (input.rounding === 'per-period') interest = centsToBig(bigToCents(interest))
    if (days > 0) {
      periods.push({
        from: cursor,
        to: addDays(cut, -1),
        days,
        yearDays,
        ratePercent: percentText(rate),
        rateSource: useAgreed ? 'agreed' : 'table',
        confidence: useAgreed || !statutory ? 'confirmed' : statutory.confidence,
        basis: basis.toFixed(),
        interest: interest.toFixed()
      })
    }
    total = total.plus(interest)
    sinceCapitalisation = sinceCapitalisation.plus(interest)
    if (anniversaries.has(cut)) {
      basis = basis.plus(sinceCapitalisation)
      capitalisations.push({ on: cut, added: sinceCapitalisation.toFixed(), newBasis: basis.toFixed() })
      sinceCapitalisation = new Big(0)
    }
    cursor = cut
  }
  return {
    tableId: table.id,
    tableVersion: table.version,
    principalCents,
    firstInterestDay: first,
    lastInterestDay: last,
    days: daysBetween(first, end),
    compounding,
    dayCount,
    periods,
    capitalisations,
    exactInterest: total.toFixed(),
    interestCents: bigToCents(total)
  }
}
