// Turns legal computations into explanation lines for letters and the UI (render with renderExplanation).
import { addDays } from '../../../dates'
import { decimalToCents } from '../../../money'
import { type FlatDamagesResult, type InterestCapResult, type ReminderCostResult, BE_DAMAGES_MAXIMUM_CENTS } from '../be-consumer'
import { type BeCommercialInterestResult } from '../be-interest'
import { type BeWaitingPeriodResult, type NlFourteenDayResult, type PeriodEnd, type SkippedDay } from '../deadlines'
import { type InterestResult } from '../interest'
import { type NlInterestRegime } from '../nl-interest'
import { type WikResult, WIK_MAXIMUM_CENTS, WIK_MINIMUM_CENTS } from '../wik-costs'
import { type ExplainLine } from './render'

const skippedLines = (days: readonly SkippedDay[]): ExplainLine[] =>
  days.map((d) => ({ key: 'day.skipped', values: { date: { date: d.date }, reason: { label: `reason.${d.reason}` } } }))

const extensionLines = (period: PeriodEnd): ExplainLine[] =>
  period.end === period.nominalEnd ? [] : [...skippedLines(period.skipped), { key: 'period.extended', values: { nominal: { date: period.nominalEnd }, end: { date: period.end } } }]

export function explainInterest(result: InterestResult, regime: NlInterestRegime | 'be-commercial' | 'be-legal'): ExplainLine[] {
  const lines: ExplainLine[] = [
    {
      key: 'interest.header',
      values: {
        regime: { label: `regime.${regime}` },
        principal: { money: result.principalCents },
        from: { date: result.firstInterestDay },
        to: { date: result.lastInterestDay },
        days: { count: result.days }
      }
    }
  ]
  const capitalisations = new Map(result.capitalisations.map((c) => [c.on, c]))
  for (const p of result.periods) {
    const values = {
      from: { date: p.from },
      to: { date: p.to },
      days: { count: p.days },
      rate: { percent: p.ratePercent },
      basis: { euros: p.basis },
      yearDays: { count: p.yearDays },
      amount: { euros: p.interest }
    }
    lines.push({ key: p.rateSource === 'agreed' ? 'interest.periodAgreed' : 'interest.period', values })
    if (p.confidence === 'computed' || p.confidence === 'conflict') {
      lines.push({ key: 'interest.unconfirmedRate', values: { rate: { percent: p.ratePercent }, date: { date: p.from } } })
    }
    const capitalised = capitalisations.get(addDays(p.to, 1))
    if (capitalised) lines.push({ key: 'interest.capitalised', values: { date: { date: capitalised.on }, added: { euros: capitalised.added }, basis: { euros: capitalised.newBasis } } })
  }
  if (!result.compounding) lines.push({ key: 'interest.simple' })
  // say so when the shown per-period amounts do not add up to the total by a cent
  const shownSum = result.periods.reduce((sum, p) => sum + (decimalToCents(p.interest) ?? 0), 0)
  if (shownSum !== result.interestCents) lines.push({ key: 'interest.roundingNote', values: { exact: { exactEuros: result.exactInterest } } })
  lines.push({ key: 'interest.total', values: { amount: { money: result.interestCents } } })
  return lines
}

export function explainBeCommercialInterest(result: BeCommercialInterestResult): ExplainLine[] {
  return [...explainInterest(result, 'be-commercial'), { key: 'be.fixedCompensation', values: { amount: { money: result.fixedCompensationCents } } }]
}

export function explainWik(result: WikResult): ExplainLine[] {
  const lines: ExplainLine[] = [{ key: 'wik.principals', values: { amount: { money: result.principalCents }, count: { count: result.claimCount } } }]
  if (result.capitalisedInterestCents > 0) lines.push({ key: 'wik.capitalised', values: { amount: { money: result.capitalisedInterestCents } } })
  if (result.paidWithinPeriodCents > 0) lines.push({ key: 'wik.paid', values: { amount: { money: result.paidWithinPeriodCents } } })
  if (result.basisCents === 0) return [...lines, { key: 'wik.nothingOpen' }]
  lines.push({ key: 'wik.basis', values: { amount: { money: result.basisCents } } })
  for (const s of result.slices) {
    lines.push({ key: 'wik.slice', values: { percent: { percent: s.percent }, from: { money: s.fromCents }, to: { money: s.toCents }, amount: { euros: s.fee } } })
  }
  if (result.clampedTo === 'minimum') lines.push({ key: 'wik.minimum', values: { amount: { money: WIK_MINIMUM_CENTS } } })
  if (result.clampedTo === 'maximum') lines.push({ key: 'wik.maximum', values: { amount: { money: WIK_MAXIMUM_CENTS } } })
  lines.push({ key: 'wik.fee', values: { amount: { money: result.feeExVatCents } } })
  if (result.vatCents > 0) lines.push({ key: 'wik.vat', values: { percent: { percent: result.vatPercent }, amount: { money: result.vatCents } } })
  if (result.vatCappedAtMaximum) lines.push({ key: 'wik.vatCapped', values: { amount: { money: WIK_MAXIMUM_CENTS } } })
  lines.push({ key: 'wik.total', values: { amount: { money: result.amountClaimableCents } } })
  return lines
}

export function explainNlFourteenDayLetter(result: NlFourteenDayResult): ExplainLine[] {
  const deliveryKey = result.deliveryBasis === 'proven' ? 'delivery.proven' : result.deliveryBasis === 'presumed-post' ? 'delivery.presumed' : 'delivery.sameDay'
  return [
    ...skippedLines(result.deliverySkipped),
    { key: deliveryKey, values: { posted: { date: result.posted }, delivery: { date: result.delivery } } },
    ...(result.channel === 'email' ? [{ key: 'delivery.emailUnconfirmed' } as const] : []),
    { key: 'nl14.period', values: { start: { date: result.periodStarts }, end: { date: result.period.nominalEnd } } },
    ...extensionLines(result.period),
    { key: 'nl14.costsDue', values: { date: { date: result.costsDueFrom } } }
  ]
}

export function explainBeWaitingPeriod(result: BeWaitingPeriodResult): ExplainLine[] {
  const third = result.workingDays[2]
  const sent = { date: result.sent }
  return [
    third === undefined ? { key: 'be.waiting.email', values: { sent } } : { key: 'be.waiting.post', values: { sent, third: { date: third } } },
    { key: 'be.waiting.period', values: { start: { date: result.periodStarts }, end: { date: result.period.nominalEnd } } },
    ...extensionLines(result.period),
    { key: 'be.waiting.chargeable', values: { date: { date: result.chargeableFrom } } }
  ]
}

export function explainFlatDamages(result: FlatDamagesResult): ExplainLine[] {
  const lines: ExplainLine[] = [{ key: `be.damages.${result.tier}`, values: { balance: { money: result.balanceCents }, amount: { euros: result.raw } } }]
  if (result.cappedAtMaximum) lines.push({ key: 'be.damages.capped', values: { amount: { money: BE_DAMAGES_MAXIMUM_CENTS } } })
  return lines
}

export function explainInterestCap(result: InterestCapResult): ExplainLine[] {
  const values = {
    cap: { percent: result.capPercent },
    date: { date: result.date },
    contractual: { percent: result.contractualPercent },
    chargeable: { percent: result.chargeablePercent }
  }
  const lines: ExplainLine[] = [{ key: 'be.interestCap', values }]
  if (result.exceedsCap) lines.push({ key: 'be.interestCap.exceeds' })
  if (result.exceedsCap && result.legalRatePercent !== null) lines.push({ key: 'be.interestCap.legalRate', values: { legal: { percent: result.legalRatePercent } } })
  return lines
}

export function explainReminderCost(result: ReminderCostResult): ExplainLine[] {
  if (result.reason === 'first-reminder-free') return [{ key: 'be.reminder.free' }]
  return [{ key: result.reason === 'capped' ? 'be.reminder.capped' : 'be.reminder.limit', values: { amount: { money: result.maxCents } } }]
}
