// The payment plan agreement: the invoices it settles, its amounts, the schedule with a QR code and
// reference per instalment, and two signature boxes.
import type { Block, TableColumn } from './content'
import type { LetterFormat } from './format'
import type { PlanLetterData } from './letter-data'
import { commonValues, type LetterParts } from './parts'
import { epcPayloadFor } from './payment-block'

function items(d: PlanLetterData, fmt: LetterFormat): Block {
  return {
    type: 'table',
    columns: [
      { label: fmt.t('col.invoice'), width: 40, align: 'left' },
      { label: fmt.t('col.dueDate'), width: 30, align: 'left' },
      { label: fmt.t('col.open'), width: 30, align: 'right' }
    ],
    rows: d.items.map((i) => ({ cells: [i.number, fmt.shortDate(i.dueDate), fmt.money(i.openCents)] }))
  }
}

function amounts(d: PlanLetterData, fmt: LetterFormat): Block {
  return {
    type: 'summary',
    rows: [
      { label: fmt.t('sum.principal'), value: fmt.money(d.principalCents) },
      ...(d.costsCents ? [{ label: fmt.t('sum.costs'), value: fmt.money(d.costsCents) }] : []),
      ...(d.interestCents ? [{ label: fmt.t('sum.interest'), value: fmt.money(d.interestCents) }] : []),
      { label: fmt.t('sum.planTotal'), value: fmt.money(d.totalCents), strong: true }
    ]
  }
}

/** Instalment, due date, amount, reference: the agreement's schedule and the instalment reminder's. */
export function scheduleColumns(fmt: LetterFormat): TableColumn[] {
  return [
    { label: fmt.t('col.instalment'), width: 18, align: 'left' },
    { label: fmt.t('col.dueDate'), width: 22, align: 'left' },
    { label: fmt.t('col.amount'), width: 22, align: 'right' },
    { label: fmt.t('col.reference'), width: 38, align: 'left' }
  ]
}

function schedule(d: PlanLetterData, fmt: LetterFormat): Block {
  return {
    type: 'table',
    columns: scheduleColumns(fmt),
    rows: d.instalments.map((i) => ({
      cells: [i.seq === 0 ? fmt.t('plan.downPayment') : fmt.count(i.seq), fmt.shortDate(i.dueDate), fmt.money(i.amountCents), i.reference?.printed ?? ''],
      qrPayload: epcPayloadFor(d.creditor, i.amountCents, i.reference)
    }))
  }
}

function signatures(d: PlanLetterData, fmt: LetterFormat): Block {
  const line = fmt.t('plan.signature.line')
  return {
    type: 'signatures',
    boxes: [
      { caption: [fmt.t('plan.signature.creditor', { name: d.creditor.name })], line },
      { caption: [fmt.t('plan.signature.debtor'), d.debtor.name], line }
    ]
  }
}

export function planParts(d: PlanLetterData, fmt: LetterFormat): LetterParts {
  const regular = d.instalments.filter((i) => i.seq > 0)
  const down = d.instalments.find((i) => i.seq === 0)
  return {
    values: {
      ...commonValues(d, fmt),
      total: fmt.money(d.totalCents),
      instalments: fmt.count(regular.length),
      firstDue: regular[0] ? fmt.date(regular[0].dueDate) : '',
      lastDue: regular.at(-1) ? fmt.date(regular.at(-1)!.dueDate) : '',
      downPayment: fmt.money(down?.amountCents ?? 0)
    },
    blocks: { items: [items(d, fmt)], amounts: [amounts(d, fmt)], schedule: [schedule(d, fmt)], payment: [], signatures: [signatures(d, fmt)] },
    info: [{ label: fmt.t('info.plan'), value: String(d.planId) }]
  }
}
