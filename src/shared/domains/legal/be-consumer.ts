// Belgian consumer debts, Book XIX WER (in force 1-9-2023): free first reminder, cost caps, damages and interest caps.
import { AppError } from '../../errors'
import { type Cents } from '../../money'
import { type IsoDate, isIsoDate } from '../../dates'
import { Big, bigToCents, centsToBig, parseDecimal, percentText } from './decimal'
import { BE_COMMERCIAL_RATES, BE_LEGAL_RATES, type RateConfidence, type RateTable, rateRowOn } from './rate-tables'

/** Contracts concluded before 1-9-2023 fall under Book XIX from 1-12-2023. */
export function bookXixAppliesFrom(contractConcluded: IsoDate): IsoDate {
  if (!isIsoDate(contractConcluded)) throw new AppError('validation', `contract date is not a date: ${contractConcluded}`, 'contractConcluded')
  return contractConcluded >= '2023-09-01' ? '2023-09-01' : '2023-12-01'
}

export type DamagesTier = 'flat' | 'middle' | 'upper'

export type FlatDamagesResult = {
  balanceCents: Cents
  tier: DamagesTier
  /** Cap before the overall maximum, in euros at full precision. */
  raw: string
  cappedAtMaximum: boolean
  maxCents: Cents
}

export const BE_DAMAGES_MAXIMUM_CENTS: Cents = 200_000

/**
 * Maximum agreed flat damages (art. XIX.4): EUR 20 up to EUR 150; EUR 30 + 10% of the part above EUR 150 up to EUR 500;
 * EUR 65 + 5% of the part above EUR 500, at most EUR 2,000. The middle tier is read as "balance - 150".
 */
export function beConsumerFlatDamages(balanceCents: Cents): FlatDamagesResult {
  if (!Number.isSafeInteger(balanceCents) || balanceCents < 0) throw new AppError('validation', 'the balance must be a non-negative amount', 'balance')
  const balance = centsToBig(balanceCents)
  const tier: DamagesTier = balanceCents <= 15_000 ? 'flat' : balanceCents <= 50_000 ? 'middle' : 'upper'
  const raw =
    tier === 'flat' ? new Big(20) : tier === 'middle' ? balance.minus(150).times('0.1').plus(30) : balance.minus(500).times('0.05').plus(65)
  const rounded = bigToCents(raw)
  return { balanceCents, tier, raw: raw.toFixed(), cappedAtMaximum: rounded > BE_DAMAGES_MAXIMUM_CENTS, maxCents: Math.min(rounded, BE_DAMAGES_MAXIMUM_CENTS) }
}

export type InterestCapResult = {
  date: IsoDate
  capPercent: string
  capConfidence: RateConfidence
  contractualPercent: string
  chargeablePercent: string
  /** A clause above the cap may be void altogether (Schoups): the letter should then reference the art. 5 rate. */
  exceedsCap: boolean
  /** The ordinary legal rate of that year, all a creditor gets if a court voids the clause; null when not yet known. */
  legalRatePercent: string | null
}

/** Agreed late-payment interest for consumers may not exceed the art. 5 Wet 2-8-2002 rate in force on `date`. */
export function beConsumerInterestCap(input: { contractualPercent: string; date: IsoDate; table?: RateTable }): InterestCapResult {
  const contractual = parseDecimal(input.contractualPercent, 'contractualPercent')
  const row = rateRowOn(input.table ?? BE_COMMERCIAL_RATES, input.date)
  if (!row) throw new AppError('validation', `no Belgian commercial rate is known for ${input.date}`, 'date')
  const cap = new Big(row.percent)
  return {
    date: input.date,
    capPercent: percentText(cap),
    capConfidence: row.confidence,
    contractualPercent: percentText(contractual),
    chargeablePercent: percentText(contractual.gt(cap) ? cap : contractual),
    exceedsCap: contractual.gt(cap),
    legalRatePercent: rateRowOn(BE_LEGAL_RATES, input.date)?.percent ?? null
  }
}

export const BE_REMINDER_FEE_CAP_CENTS: Cents = 750

export type ReminderCostInput = {
  /** 1 for the first reminder about this debt. */
  reminderNumber: number
  /** Postage at the time of sending; 0 for e-mail. */
  postageCents: Cents
  /** For contracts with regular deliveries: the number of this missed due date within the calendar year. */
  missedDueDateThisYear?: number
}

export type ReminderCostResult = {
  maxCents: Cents
  reason: 'first-reminder-free' | 'regular-supply-limit-reached' | 'capped'
}

/**
 * Art. XIX.2: the first reminder is free and later ones cost at most EUR 7.50 + postage. For regular deliveries the
 * free first reminder is limited to three missed due dates per calendar year.
 */
export function beReminderCostCap(input: ReminderCostInput): ReminderCostResult {
  if (!Number.isInteger(input.reminderNumber) || input.reminderNumber < 1) throw new AppError('validation', 'the reminder number starts at 1', 'reminderNumber')
  if (!Number.isSafeInteger(input.postageCents) || input.postageCents < 0) throw new AppError('validation', 'postage must be a non-negative amount', 'postage')
  const capped = BE_REMINDER_FEE_CAP_CENTS + input.postageCents
  if (input.reminderNumber > 1) return { maxCents: capped, reason: 'capped' }
  const beyondFreeLimit = input.missedDueDateThisYear !== undefined && input.missedDueDateThisYear > 3
  return beyondFreeLimit ? { maxCents: capped, reason: 'regular-supply-limit-reached' } : { maxCents: 0, reason: 'first-reminder-free' }
}
