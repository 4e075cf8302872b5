// The totals of `accrueInterest` without its list of periods, for engines that need one figure per invoice over
// many invoices (a dunning proposal over 100,000 items). Each rate table is turned once into a schedule of epoch
// days and scaled integer rates; the accrual then repeats accrueInterest's arithmetic step by step in integers of
// 10^-20 euro: big.js multiplies exactly and rounds each quotient half-up to 20 decimals (Big.DP, Big.RM), and so
// does this, so the totals are identical to the last decimal, not just to the cent. accrueInterest stays the
// reference (its periods go into letters and screens); tests/shared/legal/interest-totals.test.ts holds the two
// side by side over ranges of dates, amounts, tables and options.
import { type Cents } from '../../money'
import { type IsoDate, fromEpochDay, isIsoDate, isLeapYear, toEpochDay } from '../../dates'
import { Big, percentText } from './decimal'
import { type InterestInput, type InterestResult, accrueInterest, interestAnniversary } from './interest'
import { type RateRow, type RateTable } from './rate-tables'

export type InterestTotals = Pick<InterestResult, 'firstInterestDay' | 'lastInterestDay' | 'exactInterest' | 'interestCents'> & {
  /** the rate of the last period, as accrueInterest's `periods.at(-1).ratePercent` (null without periods) */
  lastRatePercent: string | null
}

/** A decimal percent as an integer over 10^scale. */
type ScaledRate = { scaled: bigint; text: string }
type Schedule = { fromDays: number[]; rates: ScaledRate[]; scale: number }

/** big.js keeps 20 decimals in a quotient; a cent is 10^18 of those units. */
const CENT = 10n ** 18n
const PLAIN = /^\d+(?:\.(\d+))?$/

const decimalsOf = (percent: string) => PLAIN.exec(percent)?.[1]?.length ?? 0

function scaleRate(percent: string, scale: number): ScaledRate {
  const [whole = '0', fraction = ''] = percent.split('.')
  return { scaled: BigInt(whole + fraction.padEnd(scale, '0')), text: percentText(new Big(percent)) }
}

/** Per table: its rows as epoch days and integer rates, or null when a row is not plain or the rows do not ascend. */
const SCHEDULES = new WeakMap<RateTable, Schedule | null>()

function scheduleOf(table: RateTable): Schedule | null {
  const known = SCHEDULES.get(table)
  if (known !== undefined) return known
  const rows = table.rows
  const usable = rows.every((r, i) => PLAIN.test(r.percent) && isIsoDate(r.from) && (i === 0 || (rows[i - 1] as RateRow).from < r.from))
  const scale = Math.max(0, ...rows.map((r) => decimalsOf(r.percent)))
  const schedule = usable ? { fromDays: rows.map((r) => toEpochDay(r.from)), rates: rows.map((r) => scaleRate(r.percent, scale)), scale } : null
  SCHEDULES.set(table, schedule)
  return schedule
}

/** Half-up division of non-negative integers, as big.js rounds a quotient. */
function roundedQuotient(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator)
}

/** 10^-20 euros as big.js prints them: no trailing zeros, no decimal point for whole euros. */
function exactText(value: bigint): string {
  const digits = value.toString().padStart(21, '0')
  const fraction = digits.slice(-20).replace(/0+$/, '')
  return fraction === '' ? digits.slice(0, -20) : `${digits.slice(0, -20)}.${fraction}`
}

/** The epoch days at which accrueInterest starts a new period, ascending, ending with `end`. */
function cutDays(schedule: Schedule, first: number, end: number, anniversaries: readonly number[], actAct: boolean): number[] {
  const cuts = [...anniversaries]
  for (const day of schedule.fromDays) if (day > first && day < end) cuts.push(day)
  if (actAct) {
    for (let y = Number(fromEpochDay(first).slice(0, 4)) + 1; ; y++) {
      const day = toEpochDay(`${y}-01-01`)
      if (day >= end) break
      cuts.push(day)
    }
  }
  if (cuts.length === 0) return [end]
  return [...new Set(cuts)].sort((a, b) => a - b).concat(end)
}

function anniversaryDays(first: IsoDate, firstDay: number, end: number): number[] {
  const out: number[] = []
  // an interest year has at least 365 days, so most spans have none and skip the calendar arithmetic
  for (let k = 1; firstDay + 365 * k < end; k++) {
    const day = toEpochDay(interestAnniversary(first, k))
    if (day >= end) break
    out.push(day)
  }
  return out
}

/**
 * The same `interestCents`, `exactInterest` and last rate as `accrueInterest(input)`. Input it would refuse (a bad
 * date or amount, a day without a known rate) goes to accrueInterest itself, so the error is the same too.
 */
export function interestTotals(input: InterestInput): InterestTotals {
  const { principalCents, firstInterestDay: first, lastInterestDay: last, table, compounding } = input
  const agreedText = input.agreedPercent?.trim()
  const schedule = scheduleOf(table)
  const valid =
    schedule !== null &&
    isIsoDate(first) &&
    isIsoDate(last) &&
    Number.isSafeInteger(principalCents) &&
    principalCents >= 0 &&
    (agreedText === undefined || (PLAIN.test(agreedText) && decimalsOf(agreedText) <= schedule.scale))
  const firstDay = valid ? toEpochDay(first) : 0
  const end = valid ? toEpochDay(last) + 1 : 0
  const agreed = agreedText === undefined || !valid ? null : scaleRate(agreedText, schedule.scale)
  const startsCovered = agreed !== null || (valid && schedule.fromDays[0] !== undefined && schedule.fromDays[0] <= firstDay)
  // what the integers do not cover (bad input, a day without a rate, a rate finer than the table's) takes the reference path
  if (!valid || end < firstDay || !startsCovered) return summarise(accrueInterest(input))

  const actAct = input.dayCount === 'act/act'
  const anniversaries = compounding ? anniversaryDays(first, firstDay, end) : []
  const rateUnit = 10n ** BigInt(schedule.scale) * 100n
  let basis = BigInt(principalCents) * CENT
  let sinceCapitalisation = 0n
  let total = 0n
  let lastRate: string | null = null
  let row = -1
  let cursor = firstDay
  for (const cut of cutDays(schedule, firstDay, end, anniversaries, actAct)) {
    while (row + 1 < schedule.fromDays.length && (schedule.fromDays[row + 1] as number) <= cursor) row++
    const statutory = row >= 0 ? schedule.rates[row] : undefined
    const rate = agreed !== null && (!statutory || agreed.scaled > statutory.scaled) ? agreed : (statutory as ScaledRate)
    const days = cut - cursor
    const yearDays = actAct && isLeapYear(Number(fromEpochDay(cursor).slice(0, 4))) ? 366n : 365n
    let interest = roundedQuotient(basis * rate.scaled * BigInt(days), rateUnit * yearDays)
    if (input.rounding === 'per-period') interest = roundedQuotient(interest, CENT) * CENT
    if (days > 0) lastRate = rate.text
    total += interest
    sinceCapitalisation += interest
    if (anniversaries.includes(cut)) {
      basis += sinceCapitalisation
      sinceCapitalisation = 0n
    }
    cursor = cut
  }
  return { firstInterestDay: first, lastInterestDay: last, exactInterest: exactText(total), interestCents: Number(roundedQuotient(total, CENT)) as Cents, lastRatePercent: lastRate }
}

function summarise(result: InterestResult): InterestTotals {
  const { firstInterestDay, lastInterestDay, exactInterest, interestCents } = result
  return { firstInterestDay, lastInterestDay, exactInterest, interestCents, lastRatePercent: result.periods.at(-1)?.ratePercent ?? null }
}
