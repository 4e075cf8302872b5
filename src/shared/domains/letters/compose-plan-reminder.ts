// The reminder before a plan instalment: the amount due on that instalment with its own reference and QR
// code, what was paid and what remains, and the instalments still to come (this one in bold).
import { scheduleColumns } from './compose-plan'
import type { Block } from './content'
import type { LetterFormat } from './format'
import type { PlanReminderLetterData } from './letter-data'
import { commonValues, type LetterParts, only } from './parts'
import { paymentBlock } from './payment-block'

/** "3", or the word for the down payment (seq 0). */
const instalmentName = (seq: number, fmt: LetterFormat) => (seq === 0 ? fmt.t('plan.downPayment').toLowerCase() : fmt.count(seq))

function schedule(d: PlanReminderLetterData, fmt: LetterFormat): Block {
  return {
    type: 'table',
    columns: scheduleColumns(fmt),
    rows: d.schedule.map((i) => ({
      cells: [i.seq === 0 ? fmt.t('plan.downPayment') : fmt.count(i.seq), fmt.shortDate(i.dueDate), fmt.money(i.openCents), i.reference?.printed ?? ''],
      ...(i.seq === d.seq ? { style: 'bold' as const } : {})
    }))
  }
}

export function planReminderParts(d: PlanReminderLetterData, fmt: LetterFormat): LetterParts {
  const name = instalmentName(d.seq, fmt)
  return {
    values: {
      ...commonValues(d, fmt),
      total: fmt.money(d.dueCents),
      instalment: name,
      instalments: fmt.count(d.instalmentCount),
      dueDate: fmt.date(d.dueDate),
      amount: fmt.money(d.instalmentCents),
      paid: fmt.money(d.paidCents),
      remaining: fmt.money(d.remainingCents)
    },
    blocks: { payment: only(paymentBlock(d.creditor, d.dueCents, d.reference, fmt)), schedule: [schedule(d, fmt)] },
    info: [
      { label: fmt.t('info.plan'), value: String(d.planId) },
      { label: fmt.t('info.instalment'), value: d.seq === 0 ? name : `${name} / ${fmt.count(d.instalmentCount)}` }
    ]
  }
}
