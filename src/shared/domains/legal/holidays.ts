// Public holidays that stop legal day counts: NL per the Algemene termijnenwet art. 3, BE the ten legal holidays.
import { type IsoDate, addDays, isoFromParts, isoWeekday } from '../../dates'
import { type Jurisdiction } from '../parties'

export type HolidayId =
  | 'new-year'
  | 'easter-sunday'
  | 'easter-monday'
  | 'kings-day'
  | 'liberation-day'
  | 'labour-day'
  | 'ascension'
  | 'whit-sunday'
  | 'whit-monday'
  | 'national-day'
  | 'assumption'
  | 'all-saints'
  | 'armistice'
  | 'christmas'
  | 'boxing-day'

export type Holiday = { date: IsoDate; id: HolidayId }

/** Gregorian Easter Sunday (Meeus/Jones/Butcher algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return isoFromParts(year, month, day) as IsoDate
}

const on = (year: number, month: number, day: number): IsoDate => isoFromParts(year, month, day) as IsoDate

/** King's Day 27 April (Queen's Day 30 April until 2013), a day earlier when it falls on a Sunday. */
function kingsDay(year: number): IsoDate {
  const date = year >= 2014 ? on(year, 4, 27) : on(year, 4, 30)
  return isoWeekday(date) === 7 ? addDays(date, -1) : date
}

export function publicHolidays(country: Jurisdiction, year: number): Holiday[] {
  const easter = easterSunday(year)
  const moveable: Holiday[] = [
    { date: addDays(easter, 1), id: 'easter-monday' },
    { date: addDays(easter, 39), id: 'ascension' },
    { date: addDays(easter, 50), id: 'whit-monday' }
  ]
  const list: Holiday[] =
    country === 'NL'
      ? [
          { date: on(year, 1, 1), id: 'new-year' },
          { date: easter, id: 'easter-sunday' },
          { date: kingsDay(year), id: 'kings-day' },
          { date: on(year, 5, 5), id: 'liberation-day' },
          { date: addDays(easter, 49), id: 'whit-sunday' },
          ...moveable,
          { date: on(year, 12, 25), id: 'christmas' },
          { date: on(year, 12, 26), id: 'boxing-day' }
        ]
      : [
          { date: on(year, 1, 1), id: 'new-year' },
          { date: on(year, 5, 1), id: 'labour-day' },
          ...moveable,
          { date: on(year, 7, 21), id: 'national-day' },
          { date: on(year, 8, 15), id: 'assumption' },
          { date: on(year, 11, 1), id: 'all-saints' },
          { date: on(year, 11, 11), id: 'armistice' },
          { date: on(year, 12, 25), id: 'christmas' }
        ]
  return list.sort((x, y) => (x.date < y.date ? -1 : 1))
}

export function holidayOn(country: Jurisdiction, date: IsoDate): Holiday | undefined {
  return publicHolidays(country, Number(date.slice(0, 4))).find((h) => h.date === date)
}

/** Monday to Friday and not a public holiday (Saturday is no working day in BE or NL law). */
export function isWorkingDay(country: Jurisdiction, date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && holidayOn(country, date) === undefined
}
