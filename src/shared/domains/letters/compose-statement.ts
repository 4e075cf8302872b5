// The statement of account: the open items as of a date, their age, the payments of the last 90 days,
// and a payment block for what is overdue.
import { addDays, daysBetween } from '../../dates'
import { agingBuckets, bucketIndex } from '../reports/aging'
import type { Block } from './content'
import type { LetterFormat } from './format'
import type { StatementLetterData } from './letter-data'
import type { LetterMessageKey } from './messages-en'
import { commonValues, type LetterParts, only } from './parts'
import { paymentBlock } from './payment-block'

/** The statement's age bands: the reports' default buckets (current, 1–30, 31–60, 61–90, 90+). */
const BUCKETS = agingBuckets()
const BUCKET_LABELS: LetterMessageKey[] = ['statement.aging.notDue', 'statement.aging.b0_30', 'statement.aging.b31_60', 'statement.aging.b61_90', 'statement.aging.b90']

export const STATEMENT_PAYMENT_DAYS = 90

function itemsTable(d: StatementLetterData, fmt: LetterFormat): Block {
  if (d.items.length === 0) return { type: 'paragraph', text: fmt.t('statement.noItems'), style: 'italic' }
  const total = d.items.reduce((s, i) => s + i.openCents, 0)
  return {
    type: 'table',
    columns: [
      { label: fmt.t('col.invoice'), width: 20, align: 'left' },
      { label: fmt.t('col.invoiceDate'), width: 16, align: 'left' },
      { label: fmt.t('col.dueDate'), width: 16, align: 'left' },
      { label: fmt.t('col.daysOverdue'), width: 12, align: 'right' },
      { label: fmt.t('col.amount'), width: 18, align: 'right' },
      { label: fmt.t('col.open'), width: 18, align: 'right' }
    ],
    rows: [
      ...d.items.map((i) => {
        const late = daysBetween(i.dueDate, d.asOf)
        return {
          cells: [i.number, fmt.shortDate(i.invoiceDate), fmt.shortDate(i.dueDate), late > 0 ? fmt.count(late) : '', fmt.money(i.amountCents), fmt.money(i.openCents)],
          ...(i.description ? { note: [i.description] } : {})
        }
      }),
      { style: 'bold' as const, cells: [fmt.t('sum.openTotal'), '', '', '', '', fmt.money(total)] }
    ]
  }
}

function aging(d: StatementLetterData, fmt: LetterFormat): Block | null {
  if (d.items.length === 0) return null
  const sums = BUCKETS.map(() => 0)
  for (const i of d.items) {
    const b = bucketIndex(BUCKETS, daysBetween(i.dueDate, d.asOf))
    sums[b] = (sums[b] ?? 0) + i.openCents
  }
  return {
    type: 'summary',
    rows: [
      ...BUCKET_LABELS.map((key, b) => ({ label: fmt.t(key), value: fmt.money(sums[b] ?? 0) })),
      { label: fmt.t('sum.openTotal'), value: fmt.money(sums.reduce((a, b) => a + b, 0)), strong: true }
    ]
  }
}

function payments(d: StatementLetterData, fmt: LetterFormat): Block[] {
  const heading: Block = { type: 'heading', text: fmt.t('statement.payments') }
  if (d.payments.length === 0) return [heading, { type: 'paragraph', text: fmt.t('statement.noPayments'), style: 'italic' }]
  return [
    heading,
    {
      type: 'table',
      columns: [
        { label: fmt.t('col.date'), width: 20, align: 'left' },
        { label: fmt.t('col.description'), width: 60, align: 'left' },
        { label: fmt.t('col.amount'), width: 20, align: 'right' }
      ],
      rows: d.payments.map((p) => ({ cells: [fmt.shortDate(p.date), p.description, fmt.money(p.amountCents)] }))
    }
  ]
}

/** The first day whose payments the statement lists. */
export function statementPaymentsFrom(asOf: string): string {
  return addDays(asOf, -(STATEMENT_PAYMENT_DAYS - 1))
}

export function statementParts(d: StatementLetterData, fmt: LetterFormat): LetterParts {
  const total = d.items.reduce((s, i) => s + i.openCents, 0)
  const overdue = d.items.filter((i) => i.dueDate < d.asOf).reduce((s, i) => s + i.openCents, 0)
  return {
    values: { ...commonValues(d, fmt), total: fmt.money(total), asOf: fmt.date(d.asOf), count: fmt.count(d.items.length) },
    blocks: {
      items: [itemsTable(d, fmt)],
      aging: [...(aging(d, fmt) ? [{ type: 'heading', text: fmt.t('statement.aging') } as const] : []), ...only(aging(d, fmt))],
      payments: payments(d, fmt),
      payment: only(paymentBlock(d.creditor, overdue, d.reference, fmt))
    },
    info: [{ label: fmt.t('info.asOf'), value: fmt.date(d.asOf) }]
  }
}
