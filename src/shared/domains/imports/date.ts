// Date text and spreadsheet values from NL/BE exports to ISO dates.
import { fromEpochDay, type IsoDate, isLeapYear } from '../../dates'

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/
const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: [\d:.]+)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
// Excel's day 0 is 1899-12-30, a base that absorbs Lotus' 1900 leap-year bug; 25569 days before 1970-01-01
const EXCEL_EPOCH_OFFSET = 25569

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A real calendar day as ISO text, or null; inlined because it runs twice for every imported row. */
function isoDay(y: number, m: number, d: number): IsoDate | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null
  if (d > (m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0))) return null
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

/** Two-digit years are this century: exports carry open items, not birth dates. */
function fullYear(text: string): number {
  const y = Number(text)
  return text.length === 2 ? 2000 + y : y
}

/** Parses dd-mm-yyyy, d-m-yy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd (optionally with a time) and yyyymmdd. */
export function parseDateText(text: string): IsoDate | null {
  const s = text.trim()
  let m = YMD.exec(s)
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
  m = DMY.exec(s)
  if (m) return isoDay(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]))
  m = COMPACT.exec(s)
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]))
  return null
}

/** A raw Excel serial (days since 1899-12-30; a fraction is the time of day). */
export function excelSerialToIso(serial: number): IsoDate | null {
  // 1 = 1900-01-01 … 2958465 = 9999-12-31
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null
  return fromEpochDay(Math.floor(serial) - EXCEL_EPOCH_OFFSET)
}

/**
 * exceljs gives date cells as JS Dates at UTC midnight of the displayed day; reading UTC parts keeps
 * the day whatever the machine's time zone.
 */
export function dateValueToIso(value: Date): IsoDate | null {
  if (Number.isNaN(value.getTime())) return null
  // a cell with a time of day (e.g. 23:30) still means that calendar day
  return isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
}
