// Belgian late-payment interest in commercial transactions (Wet 2-8-2002 art. 5) and the EUR 40 compensation (art. 6).
import { AppError } from '../../errors'
import { type Cents } from '../../money'
import { type IsoDate, addDays, daysBetween, isIsoDate } from '../../dates'
import { Big, parseDecimal, percentText } from './decimal'
import { type AccrualTerms, type InterestInput, type InterestResult, accrueInterest } from './interest'
import { BE_COMMERCIAL_RATES, BE_COMMERCIAL_RATES_PRE_2013, BE_LEGAL_RATES, type RateTable } from './rate-tables'

/** Flat recovery compensation per late invoice (Directive 2011/7/EU art. 6). */
export const BE_FIXED_COMPENSATION_CENTS: Cents = 4000

/** The 2013 law (8 instead of 7 points) applies to contracts concluded from this day. */
export const BE_2013_REGIME_FROM: IsoDate = '2013-03-16'

export type Semester = `${number}-H${1 | 2}`

export function parseSemester(text: string): { year: number; half: 1 | 2 } {
  const m = /^(\d{4})-H([12])$/.exec(text)
  if (!m) throw new AppError('validation', `not a semester like 2025-H1: "${text}"`, 'semester')
  return { year: Number(m[1]), half: m[2] === '1' ? 1 : 2 }
}

export function semesterStart(semester: string): IsoDate {
  const { year, half } = parseSemester(semester)
  return `${year}-${half === 1 ? '01' : '07'}-01`
}

export function semesterOf(date: IsoDate): Semester {
  return `${Number(date.slice(0, 4))}-H${date.slice(5, 7) <= '06' ? 1 : 2}`
}

/**
 * Art. 5 rate from the ECB main refinancing rate: + 8 points (7 before 2013-H1, and until 2015-H1 for contracts
 * concluded before 16-3-2013), rounded up to the next half percentage point.
 */
export function beCommercialRateFromEcb(ecbPercent: string, semester: string, options: { contractBefore2013?: boolean } = {}): string {
  const ecb = parseDecimal(ecbPercent, 'ecbPercent')
  const start = semesterStart(semester)
  const oldMargin = start < '2013-01-01' || (options.contractBefore2013 === true && start < '2015-07-01')
  const raw = ecb.plus(oldMargin ? 7 : 8)
  return percentText(raw.times(2).round(0, Big.roundUp).div(2))
}

export type BeCommercialInterestInput = Omit<InterestInput, 'table' | 'compounding'> & {
  /** Selects the transitional table for contracts concluded before 16-3-2013. */
  contractConcluded?: IsoDate
  table?: RateTable
}

export type BeCommercialInterestResult = InterestResult & { fixedCompensationCents: Cents }

/** Simple interest (no yearly capitalisation in Belgian law without agreement or judicial demand). */
export function beCommercialAccrual(options: Pick<BeCommercialInterestInput, 'contractConcluded' | 'table'> = {}): AccrualTerms {
  const { contractConcluded, table } = options
  const shipped = contractConcluded !== undefined && contractConcluded < BE_2013_REGIME_FROM ? BE_COMMERCIAL_RATES_PRE_2013 : BE_COMMERCIAL_RATES
  return { table: table ?? shipped, compounding: false }
}

export function beCommercialInterest(input: BeCommercialInterestInput): BeCommercialInterestResult {
  const { contractConcluded, table, ...rest } = input
  return { ...accrueInterest({ ...rest, ...beCommercialAccrual({ contractConcluded, table }) }), fixedCompensationCents: BE_FIXED_COMPENSATION_CENTS }
}

/**
 * Belgian legal (civil) interest, art. 2 Wet 5-5-1865: the yearly rate for claims without an agreed rate outside
 * the commercial law, e.g. against consumers. Simple interest, like the commercial rate.
 */
export function beLegalAccrual(table: RateTable = BE_LEGAL_RATES): AccrualTerms {
  return { table, compounding: false }
}

export function beLegalInterest(input: Omit<InterestInput, 'table' | 'compounding'> & { table?: RateTable }): InterestResult {
  const { table, ...rest } = input
  return accrueInterest({ ...rest, ...beLegalAccrual(table) })
}

/** Default term without an agreement: 30 calendar days after receipt of the invoice. */
export const BE_DEFAULT_TERM_DAYS = 30
/** Since 1-2-2022 an agreed term above 60 calendar days is deemed unwritten (Wet 14-8-2021). */
export const BE_MAXIMUM_TERM_DAYS = 60

export type BeCommercialTerm = { lastPaymentDay: IsoDate; firstInterestDay: IsoDate; basis: 'agreed' | 'statutory-default' | 'agreed-term-too-long' }

/** When Belgian commercial interest starts: the day after the agreed or the default payment term. */
export function beCommercialInterestStart(input: { invoiceReceived: IsoDate; agreedLastPaymentDay?: IsoDate; contractConcluded?: IsoDate }): BeCommercialTerm {
  const { invoiceReceived, agreedLastPaymentDay, contractConcluded } = input
  for (const [field, value] of Object.entries({ invoiceReceived, agreedLastPaymentDay, contractConcluded })) {
    if (value !== undefined && !isIsoDate(value)) throw new AppError('validation', `${field} is not a date: ${value}`, field)
  }
  // assumed: the cap covers contracts concluded from 1-2-2022 (the transitional rule is not in legal-reference.md);
  // leaving older terms alone can only start interest later, never earlier
  const capApplies = contractConcluded === undefined || contractConcluded >= '2022-02-01'
  const tooLong = agreedLastPaymentDay !== undefined && capApplies && daysBetween(invoiceReceived, agreedLastPaymentDay) > BE_MAXIMUM_TERM_DAYS
  if (agreedLastPaymentDay !== undefined && !tooLong) return { lastPaymentDay: agreedLastPaymentDay, firstInterestDay: addDays(agreedLastPaymentDay, 1), basis: 'agreed' }
  const lastPaymentDay = addDays(invoiceReceived, BE_DEFAULT_TERM_DAYS)
  return { lastPaymentDay, firstInterestDay: addDays(lastPaymentDay, 1), basis: tooLong ? 'agreed-term-too-long' : 'statutory-default' }
}
