// Dutch statutory interest: art. 6:119 (non-commercial), 6:119a (commercial) and 6:119b (public debtor).
import { AppError } from '../../errors'
import { type IsoDate, addDays, isIsoDate } from '../../dates'
import { type AccrualTerms, type InterestInput, type InterestResult, accrueInterest } from './interest'
import { NL_COMMERCIAL_RATES, NL_STATUTORY_RATES, type RateTable } from './rate-tables'

export type NlInterestRegime = '6:119' | '6:119a' | '6:119b'

export const NL_INTEREST_REGIMES: readonly NlInterestRegime[] = ['6:119', '6:119a', '6:119b']

export type NlInterestInput = Omit<InterestInput, 'table' | 'compounding'> & {
  regime: NlInterestRegime
  /** Replaces the shipped table (rates are user-updatable data). */
  table?: RateTable
  /** Yearly compounding is the law since 1992; claims from the old BW carry simple interest. */
  compounding?: boolean
}

export function nlRateTable(regime: NlInterestRegime): RateTable {
  return regime === '6:119' ? NL_STATUTORY_RATES : NL_COMMERCIAL_RATES
}

/** How a regime accrues: its table, with yearly compounding, unless the caller says otherwise. */
export function nlAccrual(regime: NlInterestRegime, options: Partial<AccrualTerms> = {}): AccrualTerms {
  if (!NL_INTEREST_REGIMES.includes(regime)) throw new AppError('validation', `unknown NL interest regime: ${regime}`, 'regime')
  return { table: options.table ?? nlRateTable(regime), compounding: options.compounding ?? true }
}

export function nlStatutoryInterest(input: NlInterestInput): InterestResult & { regime: NlInterestRegime } {
  const { regime, table, compounding, ...rest } = input
  return { regime, ...accrueInterest({ ...rest, ...nlAccrual(regime, { table, compounding }) }) }
}

/** Statutory default term for commercial agreements without an agreed last payment day (art. 6:119a lid 2 sub a). */
export const NL_COMMERCIAL_DEFAULT_TERM_DAYS = 30

export type NlCommercialTerm = {
  lastPaymentDay: IsoDate
  firstInterestDay: IsoDate
  basis: 'agreed' | 'statutory-default'
}

/**
 * When commercial interest starts. With an agreed last payment day it runs from the next day; without one it
 * runs "vanaf 30 dagen na de aanvang van de dag, volgende op die waarop de schuldenaar de factuur heeft ontvangen",
 * i.e. from receipt + 1 + 30 days.
 */
export function nlCommercialInterestStart(input: { invoiceReceived: IsoDate; agreedLastPaymentDay?: IsoDate }): NlCommercialTerm {
  const { invoiceReceived, agreedLastPaymentDay } = input
  if (!isIsoDate(invoiceReceived)) throw new AppError('validation', `invoice receipt is not a date: ${invoiceReceived}`, 'invoiceReceived')
  if (agreedLastPaymentDay !== undefined) {
    if (!isIsoDate(agreedLastPaymentDay)) throw new AppError('validation', `last payment day is not a date: ${agreedLastPaymentDay}`, 'agreedLastPaymentDay')
    return { lastPaymentDay: agreedLastPaymentDay, firstInterestDay: addDays(agreedLastPaymentDay, 1), basis: 'agreed' }
  }
  const firstInterestDay = addDays(invoiceReceived, 1 + NL_COMMERCIAL_DEFAULT_TERM_DAYS)
  return { lastPaymentDay: addDays(firstInterestDay, -1), firstInterestDay, basis: 'statutory-default' }
}
