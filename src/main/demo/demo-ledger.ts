// Two years of invoices for the demo debtors, with the payments a real ledger would show: most old
// items paid (some late, some in parts), recent ones open, and a few credit notes.
import { addDays, daysBetween, type IsoDate, minIso } from '../../shared/dates'
import type { Random } from './random'

export type DemoPayment = { date: IsoDate; cents: number }
export type DemoInvoice = {
  customerIndex: number
  number: string
  invoiceDate: IsoDate
  dueDate: IsoDate
  amountCents: number
  description: string
  payments: DemoPayment[]
}

const SERVICES = ['Onderhoud installatie', 'Levering materialen', 'Prestations de conseil', 'Consultancy hours', 'Montagewerk', 'Transport en opslag']

/** Share of items still unpaid, by how long ago they fell due: older debt is mostly collected. */
function unpaidShare(daysPastDue: number): number {
  if (daysPastDue > 180) return 0.02
  if (daysPastDue > 90) return 0.08
  if (daysPastDue > 45) return 0.22
  if (daysPastDue > 0) return 0.45
  return 0.85
}

/**
 * Each debtor's habit, in days after the due date: most pay around the term, a few early, some are
 * chronic late payers, so their payment behaviour (and the forecast learning it) has something to tell.
 */
const HABITS = [-6, 0, 3, 8, 15, 25, 45] as const
const habitOf = (customerIndex: number) => HABITS[(customerIndex * 5 + 2) % HABITS.length] ?? 0

function amountCents(rnd: Random, large: boolean): number {
  // log-uniform between €60 and €4,000 (or €25,000 for the big accounts), whole cents
  const [lo, hi] = large ? [Math.log(20_000), Math.log(2_500_000)] : [Math.log(6_000), Math.log(400_000)]
  return Math.round(Math.exp(lo + rnd.next() * (hi - lo)))
}

export function demoLedger(rnd: Random, customers: readonly { paymentTermDays?: number | null }[], today: IsoDate, count: number): DemoInvoice[] {
  const sequence = new Map<string, number>()
  const items: DemoInvoice[] = []
  for (let k = 0; k < count; k++) {
    // a handful of big accounts carry a third of the volume
    const customerIndex = rnd.chance(0.33) ? rnd.int(0, 5) : rnd.int(0, customers.length - 1)
    const invoiceDate = addDays(today, -rnd.int(0, 729))
    const year = invoiceDate.slice(0, 4)
    const seq = (sequence.get(year) ?? 0) + 1
    sequence.set(year, seq)
    const dueDate = addDays(invoiceDate, customers[customerIndex]?.paymentTermDays ?? 30)
    const isCredit = rnd.chance(0.03)
    const amount = isCredit ? -amountCents(rnd, false) : amountCents(rnd, customerIndex <= 5)
    const payments: DemoPayment[] = []
    const pastDue = daysBetween(dueDate, today)
    if (isCredit && pastDue > 30 && rnd.chance(0.85)) {
      // most credit notes are settled by a refund a few weeks later
      payments.push({ date: minIso(today, addDays(invoiceDate, rnd.int(7, 30))), cents: amount })
    } else if (!isCredit && !rnd.chance(unpaidShare(pastDue))) {
      // the habit, give or take ten days; a payment that would come after today has not come yet
      const paidOn = addDays(dueDate, habitOf(customerIndex) + Math.round((rnd.int(-12, 45) - 16) * 0.35))
      const date = paidOn <= invoiceDate ? addDays(invoiceDate, 1) : paidOn
      if (date <= today) {
        if (rnd.chance(0.07)) {
          // paid in part: a first instalment, sometimes a second one later
          const first = Math.round(amount * (0.3 + rnd.next() * 0.4))
          payments.push({ date, cents: first })
          const second = addDays(date, rnd.int(20, 60))
          if (second <= today && rnd.chance(0.8)) payments.push({ date: second, cents: amount - first })
        } else {
          payments.push({ date, cents: amount })
        }
      }
    }
    items.push({
      customerIndex,
      number: `${isCredit ? 'CN' : 'F'}${year}-${String(seq).padStart(5, '0')}`,
      invoiceDate,
      dueDate,
      amountCents: amount,
      description: isCredit ? 'Creditnota' : SERVICES[k % SERVICES.length]!,
      payments
    })
  }
  return items
}
