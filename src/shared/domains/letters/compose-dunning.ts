// The wording and blocks of a dunning letter: the items table, the amounts, the legal basis of B2B
// interest and compensation, the explanation behind each amount, the payment block and the deadline.
import { addDays, type IsoDate } from '../../dates'
import { beConsumerWaitingPeriod, nlFourteenDayLetter } from '../legal/deadlines'
import type { Block, TableColumn, TableRow } from './content'
import type { LetterFormat } from './format'
import type { DunningLetterData } from './letter-data'
import { commonValues, type LetterParts, only } from './parts'
import { paymentBlock } from './payment-block'

/** The day the letter asks payment by: the statutory period for the legal notices, otherwise 14 days. */
export function dunningDeadline(d: Pick<DunningLetterData, 'date' | 'regime' | 'legalNotice' | 'channel'>): IsoDate {
  if (d.legalNotice && d.regime === 'NL-b2c') return nlFourteenDayLetter({ posted: d.date, channel: d.channel === 'email' ? 'email' : 'post' }).lastDayToPay
  if (d.legalNotice && d.regime === 'BE-b2c') return beConsumerWaitingPeriod({ sent: d.date, channel: d.channel === 'email' ? 'email' : 'post' }).periodEnds
  return addDays(d.date, 14)
}

function itemsTable(d: DunningLetterData, fmt: LetterFormat): Block {
  const withInterest = d.lines.some((l) => l.interestCents !== 0)
  const withCosts = d.lines.some((l) => l.compensationCents + l.costsCents !== 0)
  const columns: TableColumn[] = [
    { label: fmt.t('col.invoice'), width: 18, align: 'left' },
    { label: fmt.t('col.invoiceDate'), width: 15, align: 'left' },
    { label: fmt.t('col.dueDate'), width: 15, align: 'left' },
    { label: fmt.t('col.daysOverdue'), width: 11, align: 'right' },
    { label: fmt.t('col.open'), width: 16, align: 'right' },
    ...(withInterest ? [{ label: fmt.t('col.interest'), width: 13, align: 'right' } as const] : []),
    ...(withCosts ? [{ label: fmt.t('col.compensation'), width: 13, align: 'right' } as const] : [])
  ]
  const money = (cents: number) => fmt.money(cents)
  const rows: TableRow[] = d.lines.map((l) => ({
    cells: [
      l.number,
      l.invoiceDate ? fmt.shortDate(l.invoiceDate) : '',
      fmt.shortDate(l.dueDate),
      l.daysOverdue > 0 ? fmt.count(l.daysOverdue) : '',
      money(l.openCents),
      ...(withInterest ? [money(l.interestCents)] : []),
      ...(withCosts ? [money(l.compensationCents + l.costsCents)] : [])
    ],
    ...(l.description ? { note: [l.description] } : {})
  }))
  const sum = (pick: (l: DunningLetterData['lines'][number]) => number) => d.lines.reduce((s, l) => s + pick(l), 0)
  rows.push({
    style: 'bold',
    cells: [
      fmt.t('sum.openTotal'),
      '',
      '',
      '',
      money(sum((l) => l.openCents)),
      ...(withInterest ? [money(sum((l) => l.interestCents))] : []),
      ...(withCosts ? [money(sum((l) => l.compensationCents + l.costsCents))] : [])
    ]
  })
  return { type: 'table', columns, rows }
}

function amounts(d: DunningLetterData, fmt: LetterFormat): Block {
  const rows = [
    { label: fmt.t('sum.principal'), value: fmt.money(d.principalCents) },
    ...(d.feeCents ? [{ label: fmt.t('sum.fee'), value: fmt.money(d.feeCents) }] : []),
    ...(d.costsCents ? [{ label: fmt.t('sum.costs'), value: fmt.money(d.costsCents) }] : []),
    ...(d.interestCents ? [{ label: fmt.t('sum.interest'), value: fmt.money(d.interestCents) }] : []),
    { label: fmt.t('sum.total'), value: fmt.money(d.totalCents), strong: true }
  ]
  return { type: 'summary', rows }
}

/** B2B: the legal basis of the interest (rate and start date) and of the EUR 40 compensation per invoice. */
export function legalBasis(d: DunningLetterData, fmt: LetterFormat): Block | null {
  if (d.regime !== 'NL-b2b' && d.regime !== 'BE-b2b') return null
  const oldest = [...d.lines].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))[0]
  if (!oldest) return null
  const withRate = d.lines.filter((l) => l.interestRate !== null).sort((a, b) => ((a.interestFrom ?? a.dueDate) < (b.interestFrom ?? b.dueDate) ? -1 : 1))
  const rate = withRate.at(-1)?.interestRate
  const from = withRate[0]?.interestFrom ?? addDays(oldest.dueDate, 1)
  const key = d.regime === 'BE-b2b' ? 'legal.be.b2b' : d.debtor.debtorType === 'government' ? 'legal.nl.b2b.government' : 'legal.nl.b2b'
  const compensation = d.lines.reduce((s, l) => s + l.compensationCents, 0)
  return {
    type: 'paragraph',
    text: fmt.t(key, { rate: rate ? fmt.percent(rate) : fmt.t('legal.noInterest'), from: fmt.date(from), compensation: fmt.money(compensation) })
  }
}

function explanation(d: DunningLetterData, fmt: LetterFormat): Block | null {
  const lines = d.lines.flatMap((l) => (l.explanation.length === 0 ? [] : [fmt.t('notes.invoice', { number: l.number }), ...l.explanation.map((e) => `   ${e}`)]))
  return lines.length === 0 ? null : { type: 'notes', title: fmt.t('notes.explanation'), lines }
}

export function dunningParts(d: DunningLetterData, fmt: LetterFormat): LetterParts {
  return {
    values: {
      ...commonValues(d, fmt),
      total: fmt.money(d.totalCents),
      principal: fmt.money(d.principalCents),
      fee: fmt.money(d.feeCents),
      costs: fmt.money(d.costsCents),
      interest: fmt.money(d.interestCents),
      compensation: fmt.money(d.lines.reduce((s, l) => s + l.compensationCents, 0)),
      announcedCosts: fmt.money(d.announcedCostsCents),
      deadline: fmt.date(dunningDeadline(d)),
      level: fmt.count(d.level),
      count: fmt.count(d.lines.length)
    },
    blocks: {
      items: [itemsTable(d, fmt)],
      amounts: [amounts(d, fmt)],
      legalBasis: only(legalBasis(d, fmt)),
      explanation: only(explanation(d, fmt)),
      payment: only(paymentBlock(d.creditor, d.totalCents, d.reference, fmt))
    },
    info: []
  }
}
