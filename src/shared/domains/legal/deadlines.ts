// Letter deadlines: the NL 14-dagenbrief (art. 6:96 lid 6 BW, HR 25-11-2016) and the BE Book XIX waiting period (art. XIX.2 WER).
import { AppError } from '../../errors'
import { type IsoDate, addDays, isIsoDate, isoWeekday } from '../../dates'
import { type Jurisdiction } from '../parties'
import { type HolidayId, holidayOn, isWorkingDay } from './holidays'

export type SkipReason = 'saturday' | 'sunday' | 'monday' | HolidayId
export type SkippedDay = { date: IsoDate; reason: SkipReason }
export type PeriodEnd = {
  /** 14th day counted from the start. */
  nominalEnd: IsoDate
  /** Last day of the period after moving a weekend or holiday end to the next working day (when enabled). */
  end: IsoDate
  skipped: SkippedDay[]
}

/** Length of the payment period in both laws. */
export const LETTER_PERIOD_DAYS = 14

/** Why a day does not count: for mail delivery Sundays, Mondays and holidays; for working days weekends and holidays. */
function dayReason(country: Jurisdiction, date: IsoDate, mode: 'mail' | 'work'): SkipReason | undefined {
  const weekday = isoWeekday(date)
  const holiday = holidayOn(country, date)
  if (holiday) return holiday.id
  if (weekday === 7) return 'sunday'
  if (weekday === 6 && mode === 'work') return 'saturday'
  if (weekday === 1 && mode === 'mail') return 'monday'
  return undefined
}

/**
 * A period ending on a Saturday, Sunday or public holiday runs on to the next working day (NL Algemene termijnenwet
 * art. 1, BE BW art. 1.7). Not in legal-reference.md; on by default because it only ever postpones costs.
 */
function endOfPeriod(country: Jurisdiction, start: IsoDate, extend: boolean): PeriodEnd {
  const nominalEnd = addDays(start, LETTER_PERIOD_DAYS - 1)
  const skipped: SkippedDay[] = []
  let end = nominalEnd
  for (let reason = dayReason(country, end, 'work'); extend && reason; reason = dayReason(country, end, 'work')) {
    skipped.push({ date: end, reason })
    end = addDays(end, 1)
  }
  return { nominalEnd, end, skipped }
}

function checkDate(date: IsoDate | undefined, field: string): void {
  if (date !== undefined && !isIsoDate(date)) throw new AppError('validation', `${field} is not a date: ${date}`, field)
}

export type NlLetterChannel = 'post' | 'email' | 'hand'

export type NlFourteenDayInput = {
  posted: IsoDate
  channel: NlLetterChannel
  /** A proven receipt date replaces the presumption. */
  received?: IsoDate
  extendToWorkingDay?: boolean
}

export type NlFourteenDayResult = {
  posted: IsoDate
  channel: NlLetterChannel
  /** Day the debtor received (or is presumed to have received) the letter. */
  delivery: IsoDate
  deliveryBasis: 'proven' | 'presumed-post' | 'same-day'
  /** Days passed over while presuming delivery (Sundays, Mondays, holidays). */
  deliverySkipped: SkippedDay[]
  periodStarts: IsoDate
  lastDayToPay: IsoDate
  period: PeriodEnd
  /** First day the collection costs are due. */
  costsDueFrom: IsoDate
}

/** Ordinary mail is presumed delivered on the 2nd day after posting; Sundays, Mondays and holidays do not count. */
export function presumedPostDelivery(posted: IsoDate): { delivery: IsoDate; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = []
  let day = posted
  for (let counted = 0; counted < 2; ) {
    day = addDays(day, 1)
    const reason = dayReason('NL', day, 'mail')
    if (reason) skipped.push({ date: day, reason })
    else counted++
  }
  return { delivery: day, skipped }
}

export function nlFourteenDayLetter(input: NlFourteenDayInput): NlFourteenDayResult {
  checkDate(input.posted, 'posted')
  checkDate(input.received, 'received')
  if (input.received !== undefined && input.received < input.posted) throw new AppError('validation', 'the letter cannot be received before it was sent', 'received')
  const presumed = input.channel === 'post' ? presumedPostDelivery(input.posted) : { delivery: input.posted, skipped: [] }
  const delivery = input.received ?? presumed.delivery
  const periodStarts = addDays(delivery, 1)
  const period = endOfPeriod('NL', periodStarts, input.extendToWorkingDay ?? true)
  return {
    posted: input.posted,
    channel: input.channel,
    delivery,
    deliveryBasis: input.received !== undefined ? 'proven' : input.channel === 'post' ? 'presumed-post' : 'same-day',
    deliverySkipped: input.received !== undefined ? [] : presumed.skipped,
    periodStarts,
    lastDayToPay: period.end,
    period,
    costsDueFrom: addDays(period.end, 1)
  }
}

export type BeReminderChannel = 'post' | 'email'

export type BeWaitingPeriodInput = {
  sent: IsoDate
  channel: BeReminderChannel
  /**
   * "on": the 3rd working day after posting is day 1 of the 14 (the reading of vector berem-001);
   * "after": the 14 days run from the day after it (the cautious reading).
   */
  postReading?: 'on' | 'after'
  extendToWorkingDay?: boolean
}

export type BeWaitingPeriodResult = {
  sent: IsoDate
  channel: BeReminderChannel
  /** For post: the three working days counted after sending. */
  workingDays: IsoDate[]
  periodStarts: IsoDate
  periodEnds: IsoDate
  period: PeriodEnd
  /** First day costs, interest or damages may be charged. */
  chargeableFrom: IsoDate
}

/** The first `n` working days after `date`. */
export function workingDaysAfter(country: Jurisdiction, date: IsoDate, n: number): IsoDate[] {
  const days: IsoDate[] = []
  for (let day = addDays(date, 1); days.length < n; day = addDays(day, 1)) if (isWorkingDay(country, day)) days.push(day)
  return days
}

export function beConsumerWaitingPeriod(input: BeWaitingPeriodInput): BeWaitingPeriodResult {
  checkDate(input.sent, 'sent')
  const workingDays = input.channel === 'post' ? workingDaysAfter('BE', input.sent, 3) : []
  const third = workingDays[2]
  const periodStarts = third === undefined ? addDays(input.sent, 1) : input.postReading === 'after' ? addDays(third, 1) : third
  const period = endOfPeriod('BE', periodStarts, input.extendToWorkingDay ?? true)
  return { sent: input.sent, channel: input.channel, workingDays, periodStarts, periodEnds: period.end, period, chargeableFrom: addDays(period.end, 1) }
}
