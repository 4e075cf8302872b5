// What the law allows per invoice on a date, from the legal engine: interest, the fixed compensation and
// collection costs. A level then charges all of it or none of it (see proposal.ts); the amounts are shown
// either way.
import { type Cents, allocateCents } from '../../money'
import { type IsoDate, addDays } from '../../dates'
import { type DebtorType } from '../parties'
import {
  BE_FIXED_COMPENSATION_CENTS,
  type AccrualTerms,
  type InterestTotals,
  beCommercialAccrual,
  beConsumerFlatDamages,
  beConsumerWaitingPeriod,
  beLegalAccrual,
  interestTotals,
  nlAccrual,
  nlFourteenDayLetter,
  wikClaimableCents
} from '../legal'
import { type DunningLine } from './explain/lines'
import { type DunningChannel, type Regime } from './vocabulary'

/** NL art. 6:96 lid 4 BW: the same EUR 40 as the Belgian art. 6. */
const FIXED_COMPENSATION_CENTS: Cents = BE_FIXED_COMPENSATION_CENTS
/** Assumed: the creditor deducts VAT, so no VAT is added to the WIK amount (Besluit BIK art. 2 lid 3). */
const WIK_VAT = { creditorCanDeductVat: true, vatPercent: '21' } as const

/** The sent letter that opens the consumer's legal period: the NL 14-day letter or the BE first reminder. */
export type Notice = { sentOn: IsoDate; channel: Exclude<DunningChannel, 'phone'> }

/** The period a notice opens: the debtor may pay up to and including `end`; costs are allowed from `from`. */
export type LegalGate = { notice: Notice; end: IsoDate; from: IsoDate }

/** For consumers only: from when costs (NL) or interest and damages (BE) may be charged. */
export function legalGate(regime: Regime, notice: Notice | null): LegalGate | null {
  if (notice === null) return null
  const channel = notice.channel === 'letter' ? 'post' : 'email'
  if (regime === 'NL-b2c') {
    const letter = nlFourteenDayLetter({ posted: notice.sentOn, channel })
    return { notice, end: letter.lastDayToPay, from: letter.costsDueFrom }
  }
  if (regime === 'BE-b2c') {
    const wait = beConsumerWaitingPeriod({ sent: notice.sentOn, channel })
    return { notice, end: wait.periodEnds, from: wait.chargeableFrom }
  }
  return null
}

export type LegalLineInput = {
  number: string
  dueDate: IsoDate
  openCents: Cents
  /** the consumer's notice for this invoice, if one was sent */
  notice: Notice | null
  /** payments booked on this invoice after `date`: a payment within the 14 days lowers the WIK basis, a later one does not */
  paidAfter: (date: IsoDate) => Cents
}

export type LineLegal = {
  interestCents: Cents
  interestFrom: IsoDate | null
  /** the rate of the last interest period, in percent */
  interestRate: string | null
  compensationCents: Cents
  costsCents: Cents
  explanation: DunningLine[]
}

export type LegalAmounts = {
  lines: LineLegal[]
  /** NL consumers: the collection costs a 14-day letter must announce, on everything it lists */
  announcedCostsCents: Cents
}

const NONE: LineLegal = { interestCents: 0, interestFrom: null, interestRate: null, compensationCents: 0, costsCents: 0, explanation: [] }

const regimeLabel = (regime: Regime, debtorType: DebtorType) =>
  regime.startsWith('BE') ? (regime === 'BE-b2c' ? 'regime.be-legal' : 'regime.be-commercial') : regime === 'NL-b2c' ? 'regime.6:119' : debtorType === 'government' ? 'regime.6:119b' : 'regime.6:119a'

/** A fresh line with the interest and its explanation (none without interest); the caller adds costs and notes. */
function interestLine(result: InterestTotals | null, regime: Regime, debtorType: DebtorType): LineLegal {
  if (result === null) return { ...NONE, explanation: [] }
  const rate = result.lastRatePercent
  const explanation: DunningLine[] =
    result.interestCents > 0 && rate !== null
      ? [{ key: 'legal.interest', values: { regime: { label: regimeLabel(regime, debtorType) }, rate: { percent: rate }, from: { date: result.firstInterestDay }, amount: { money: result.interestCents } } }]
      : []
  return { interestCents: result.interestCents, interestFrom: result.firstInterestDay, interestRate: rate, compensationCents: 0, costsCents: 0, explanation }
}

const ACCRUAL = {
  'NL-b2b': nlAccrual('6:119a'),
  'NL-government': nlAccrual('6:119b'),
  'NL-b2c': nlAccrual('6:119'),
  'BE-b2b': beCommercialAccrual(),
  'BE-b2c': beLegalAccrual()
} as const satisfies Record<string, AccrualTerms>

/** One invoice's interest: the legal engine's totals on its cached rate schedule (a proposal has 100,000 of them). */
function interestFor(regime: Regime, debtorType: DebtorType, openCents: Cents, first: IsoDate, asOf: IsoDate): InterestTotals | null {
  if (first > asOf || openCents <= 0) return null
  const { table, compounding } = regime === 'NL-b2b' && debtorType === 'government' ? ACCRUAL['NL-government'] : ACCRUAL[regime]
  return interestTotals({ principalCents: openCents, firstInterestDay: first, lastInterestDay: asOf, table, compounding })
}

function businessLine(regime: Regime, debtorType: DebtorType, line: LegalLineInput, asOf: IsoDate): LineLegal {
  const out = interestLine(interestFor(regime, debtorType, line.openCents, addDays(line.dueDate, 1), asOf), regime, debtorType)
  const compensation = { money: FIXED_COMPENSATION_CENTS }
  out.compensationCents = FIXED_COMPENSATION_CENTS
  if (regime === 'BE-b2b') {
    out.explanation.push({ key: 'legal.compensationBe', values: { amount: compensation } })
    return out
  }
  // NL: the scale (regelend recht for businesses) per invoice, of which the EUR 40 is the first part
  const scale = wikClaimableCents({ principalsCents: [line.openCents], ...WIK_VAT })
  out.costsCents = Math.max(0, scale - FIXED_COMPENSATION_CENTS)
  out.explanation.push({ key: 'legal.compensationNl', values: { amount: compensation } })
  if (out.costsCents > 0) out.explanation.push({ key: 'legal.scaleCosts', values: { amount: { money: out.costsCents } } })
  return out
}

function nlConsumerLines(lines: readonly LegalLineInput[], asOf: IsoDate): LineLegal[] {
  const gates = lines.map((l) => legalGate('NL-b2c', l.notice))
  const out: LineLegal[] = lines.map((l, i) => {
    const base = interestLine(interestFor('NL-b2c', 'b2c', l.openCents, addDays(l.dueDate, 1), asOf), 'NL-b2c', 'b2c')
    const gate = gates[i]
    const number = { text: l.number }
    const note: DunningLine =
      gate === null || gate === undefined
        ? { key: 'legal.nl14None', values: { number } }
        : gate.from > asOf
          ? { key: 'legal.nl14Running', values: { sent: { date: gate.notice.sentOn }, end: { date: gate.end }, from: { date: gate.from } } }
          : { key: 'legal.nl14Passed', values: { sent: { date: gate.notice.sentOn }, end: { date: gate.end }, basis: { money: l.openCents + l.paidAfter(gate.end) } } }
    base.explanation.push(note)
    return base
  })
  // art. 6:96 lid 7: the claims in one letter are added up before the scale applies
  const due = lines.flatMap((l, i) => {
    const gate = gates[i]
    return gate && gate.from <= asOf ? [{ i, basis: l.openCents + l.paidAfter(gate.end) }] : []
  })
  const bases = due.filter((d) => d.basis > 0)
  if (bases.length === 0) return out
  const total = wikClaimableCents({ principalsCents: bases.map((d) => d.basis), ...WIK_VAT })
  const shares = allocateCents(total, bases.map((d) => d.basis))
  bases.forEach((d, k) => {
    const line = out[d.i]
    const share = shares[k] ?? 0
    if (!line) return
    line.costsCents = share
    line.explanation.push({ key: 'legal.nl14Share', values: { total: { money: total }, count: { count: bases.length }, amount: { money: share } } })
  })
  return out
}

function beConsumerLine(line: LegalLineInput, asOf: IsoDate): LineLegal {
  const gate = legalGate('BE-b2c', line.notice)
  if (gate === null) return { ...NONE, explanation: [{ key: 'legal.beNone', values: { number: { text: line.number } } }] }
  const waiting: DunningLine = { key: 'legal.beWaiting', values: { sent: { date: gate.notice.sentOn }, end: { date: gate.end }, from: { date: gate.from } } }
  if (gate.from > asOf) return { ...NONE, explanation: [waiting] }
  // assumed (legal-reference §6 item 9): interest runs from the end of the waiting period, the cautious reading
  const out = interestLine(interestFor('BE-b2c', 'b2c', line.openCents, gate.from, asOf), 'BE-b2c', 'b2c')
  out.costsCents = beConsumerFlatDamages(line.openCents).maxCents
  out.explanation = [waiting, ...out.explanation, { key: 'legal.beDamages', values: { amount: { money: out.costsCents } } }]
  return out
}

/** The law's amounts for each overdue invoice of one communication, as of `asOf`. */
export function legalAmounts(regime: Regime, debtorType: DebtorType, lines: readonly LegalLineInput[], asOf: IsoDate): LegalAmounts {
  if (regime === 'NL-b2c') {
    const open = lines.map((l) => l.openCents).filter((c) => c > 0)
    const announced = open.length === 0 ? 0 : wikClaimableCents({ principalsCents: open, ...WIK_VAT })
    return { lines: nlConsumerLines(lines, asOf), announcedCostsCents: announced }
  }
  if (regime === 'BE-b2c') return { lines: lines.map((l) => beConsumerLine(l, asOf)), announcedCostsCents: 0 }
  return { lines: lines.map((l) => businessLine(regime, debtorType, l, asOf)), announcedCostsCents: 0 }
}
