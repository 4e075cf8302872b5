/** Business dates are ISO `YYYY-MM-DD` strings; day arithmetic runs on UTC midnights. */
export type IsoDate = string

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

export function isIsoDate(text: string): boolean {
  if (EPOCH_DAYS.has(text)) return true
  const m = ISO.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

// The engines convert the same few thousand days again and again (interest periods of 100,000 invoices in a
// proposal): conversions are remembered, within a bound.
const EPOCH_DAYS = new Map<string, number>()
const ISO_DATES = new Map<number, IsoDate>()
const REMEMBERED = 50_000

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= REMEMBERED) map.clear()
  map.set(key, value)
  return value
}

export function toEpochDay(date: IsoDate): number {
  const known = EPOCH_DAYS.get(date)
  if (known !== undefined) return known
  const m = ISO.exec(date)
  if (!m || !isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`)
  return remember(EPOCH_DAYS, date, Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS)
}

export function fromEpochDay(day: number): IsoDate {
  return ISO_DATES.get(day) ?? remember(ISO_DATES, day, new Date(day * DAY_MS).toISOString().slice(0, 10))
}

/** Builds an ISO date from parts, or null when the parts do not form a real calendar day. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isIsoDate(text) ? text : null
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days)
}

/** Adds calendar months, clamping to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const ty = Math.floor(total / 12)
  const tm = (total % 12) + 1
  return isoFromParts(ty, tm, Math.min(d, daysInMonth(ty, tm))) as IsoDate
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from)
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** 1 = Monday … 7 = Sunday (ISO weekday). */
export function isoWeekday(date: IsoDate): number {
  const dow = new Date(toEpochDay(date) * DAY_MS).getUTCDay()
  return dow === 0 ? 7 : dow
}

export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b
}

/** Today's date in the local time zone of this machine, as the bookkeeper sees it. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as IsoDate
}
