// Shipped interest-rate tables (legal-reference.md §1.2, §2.1, §2.3). They are data, not logic: the user
// may replace them (see `checkRateTable`), and rows that rest on a formula or one source carry that flag.
import { AppError } from '../../errors'
import { type IsoDate, isIsoDate } from '../../dates'

/** confirmed = official or ≥2 sources; single-source; computed = from the legal formula only; conflict = sources disagree. */
export type RateConfidence = 'confirmed' | 'single-source' | 'computed' | 'conflict'
export type RateRow = { from: IsoDate; percent: string; confidence: RateConfidence }
export type RateTableId = 'nl-6:119' | 'nl-6:119a' | 'be-commercial' | 'be-commercial-pre-2013' | 'be-legal'
/** `version` names the edition of the data, so a letter can state which table its interest came from. */
export type RateTable = { id: RateTableId; version: string; rows: readonly RateRow[] }

/** Edition of the tables shipped with Debito (legal-reference.md, rates known up to 2026-H1). */
export const SHIPPED_RATES_VERSION = '2026-01'

const row = (from: IsoDate, percent: string, confidence: RateConfidence = 'confirmed'): RateRow => ({ from, percent, confidence })

/** Art. 6:119 BW wettelijke rente (consumers and other non-commercial claims). */
export const NL_STATUTORY_RATES: RateTable = {
  id: 'nl-6:119',
  version: SHIPPED_RATES_VERSION,
  rows: [
    row('2001-01-01', '8', 'single-source'),
    row('2002-01-01', '7', 'single-source'),
    row('2003-08-01', '5', 'single-source'),
    row('2004-02-01', '4', 'single-source'),
    row('2007-01-01', '6'),
    row('2009-07-01', '4'),
    row('2010-01-01', '3'),
    row('2011-07-01', '4'),
    row('2012-07-01', '3'),
    row('2015-01-01', '2'),
    row('2023-01-01', '4'),
    row('2023-07-01', '6'),
    row('2024-01-01', '7'),
    row('2025-01-01', '6', 'single-source'),
    // one source says "unchanged"; the rate-setting formula would give 5%
    row('2025-07-01', '6', 'conflict'),
    row('2026-01-01', '4', 'computed')
  ]
}

/** Art. 6:119a/6:119b BW wettelijke handelsrente (ECB rate + 8 points, 7 before 16-3-2013, not rounded). */
export const NL_COMMERCIAL_RATES: RateTable = {
  id: 'nl-6:119a',
  version: SHIPPED_RATES_VERSION,
  rows: [
    row('2002-12-01', '10.35', 'single-source'),
    row('2003-01-01', '9.85', 'single-source'),
    row('2003-07-01', '9.10', 'single-source'),
    row('2004-01-01', '9.02', 'conflict'),
    row('2004-07-01', '9.01', 'single-source'),
    row('2005-01-01', '9.09', 'single-source'),
    row('2005-07-01', '9.05', 'single-source'),
    row('2006-01-01', '9.25', 'single-source'),
    row('2006-07-01', '9.83', 'single-source'),
    row('2007-01-01', '10.58'),
    row('2007-07-01', '11.07'),
    row('2008-01-01', '11.20'),
    row('2008-07-01', '11.07'),
    row('2009-01-01', '9.50'),
    row('2009-07-01', '8.00'),
    row('2011-07-01', '8.25', 'computed'),
    row('2012-01-01', '8.00', 'conflict'),
    row('2013-01-01', '7.75'),
    row('2013-03-16', '8.75', 'computed'),
    row('2013-07-01', '8.50'),
    row('2014-01-01', '8.25', 'computed'),
    row('2014-07-01', '8.15'),
    row('2015-01-01', '8.05'),
    row('2016-07-01', '8.00'),
    row('2023-01-01', '10.50'),
    row('2023-07-01', '12.00'),
    row('2024-01-01', '12.50'),
    row('2024-07-01', '12.25'),
    row('2025-01-01', '11.15'),
    row('2025-07-01', '10.15'),
    row('2026-01-01', '10.15', 'computed')
  ]
}

const BE_COMMERCIAL_UNTIL_2012: readonly RateRow[] = [
  row('2002-07-01', '10.5'),
  row('2003-01-01', '10'),
  row('2003-07-01', '9.5'),
  row('2006-07-01', '10'),
  row('2007-01-01', '11'),
  row('2007-07-01', '11.5'),
  row('2009-01-01', '9.5'),
  row('2009-07-01', '8'),
  row('2011-07-01', '8.5'),
  row('2012-01-01', '8')
]

const BE_COMMERCIAL_FROM_2015_H2: readonly RateRow[] = [
  row('2015-07-01', '8.5'),
  row('2016-07-01', '8'),
  row('2023-01-01', '10.5'),
  row('2023-07-01', '12'),
  row('2024-01-01', '12.5'),
  row('2024-07-01', '12.5'),
  row('2025-01-01', '11.5', 'single-source'),
  row('2025-07-01', '10.5', 'computed'),
  row('2026-01-01', '10.5', 'computed')
]

/** Belgian art. 5 Wet 2-8-2002 rate for contracts concluded from 16-3-2013 (and for all contracts from 16-3-2015). */
export const BE_COMMERCIAL_RATES: RateTable = {
  id: 'be-commercial',
  version: SHIPPED_RATES_VERSION,
  rows: [...BE_COMMERCIAL_UNTIL_2012, row('2013-01-01', '9'), row('2013-07-01', '8.5'), ...BE_COMMERCIAL_FROM_2015_H2]
}

/** The same rate for contracts concluded before 16-3-2013: ECB + 7 points until the transition ended on 16-3-2015. */
export const BE_COMMERCIAL_RATES_PRE_2013: RateTable = {
  id: 'be-commercial-pre-2013',
  version: SHIPPED_RATES_VERSION,
  rows: [...BE_COMMERCIAL_UNTIL_2012, row('2013-07-01', '7.5'), row('2015-03-16', '8.5'), ...BE_COMMERCIAL_FROM_2015_H2]
}

/** Belgian legal (civil) interest rate per calendar year, art. 2 §1 Wet 5-5-1865; 2026 is not known yet. */
export const BE_LEGAL_RATES: RateTable = {
  id: 'be-legal',
  version: SHIPPED_RATES_VERSION,
  rows: [
    row('1996-09-01', '7'),
    row('2007-01-01', '6'),
    row('2008-01-01', '7'),
    row('2009-01-01', '5.5'),
    row('2010-01-01', '3.25', 'conflict'),
    row('2011-01-01', '3.75'),
    row('2012-01-01', '4.25'),
    row('2013-01-01', '2.75'),
    row('2015-01-01', '2.5'),
    row('2016-01-01', '2.25'),
    row('2017-01-01', '2'),
    row('2020-01-01', '1.75'),
    row('2022-01-01', '1.5'),
    row('2023-01-01', '5.25'),
    row('2024-01-01', '5.75'),
    row('2025-01-01', '4.5', 'single-source')
  ]
}

/** The row in force on `date`, or undefined before the table starts. */
export function rateRowOn(table: RateTable, date: IsoDate): RateRow | undefined {
  let found: RateRow | undefined
  for (const r of table.rows) if (r.from <= date) found = r
  return found
}

/** Validates a user-supplied table: ISO dates strictly ascending, plain non-negative percents. */
export function checkRateTable(table: RateTable): RateTable {
  table.rows.forEach((r, i) => {
    const previous = table.rows[i - 1]
    if (!isIsoDate(r.from)) throw new AppError('validation', `rate row ${i + 1}: "${r.from}" is not a date`, 'from')
    if (previous && previous.from >= r.from) throw new AppError('validation', `rate row ${i + 1}: dates must ascend`, 'from')
    if (!/^\d+(?:\.\d+)?$/.test(r.percent)) throw new AppError('validation', `rate row ${i + 1}: "${r.percent}" is not a percentage`, 'percent')
  })
  if (table.rows.length === 0) throw new AppError('validation', `rate table ${table.id} is empty`, 'rows')
  if (!table.version.trim()) throw new AppError('validation', `rate table ${table.id} needs a version`, 'version')
  return table
}
