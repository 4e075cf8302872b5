// CLI: promises to pay, payment plans and disputes.
import { localToday } from '../../../shared/dates'
import { PLAN_FREQUENCIES, DISPUTE_REASONS, type PlanFrequency, type DisputeReason } from '../../../shared/domains/arrangements/vocabulary'
import { centsToDecimal } from '../../../shared/money'
import { AppError } from '../../../shared/errors'
import { and, desc, eq, inArray } from 'drizzle-orm'
import { disputes } from '../../db/schema'
import { decideDispute, openDispute } from '../../domains/arrangements/disputes.service'
import { planDto } from '../../domains/arrangements/overview.queries'
import { createPlan, proposePlan } from '../../domains/arrangements/plans.service'
import { recordPromise } from '../../domains/arrangements/promises.service'
import { type CliCommand, UsageError, requireString } from '../command'
import { amountOption, dateOption, findCustomer, findInvoice, findInvoices, intOption, listOption } from './arrangement-args'

const admin = { type: 'string', description: 'the administration (name or id)' } as const
const json = { type: 'boolean', description: 'print the result as JSON' } as const

export const promiseAdd: CliCommand = {
  path: ['promise', 'add'],
  summary: 'Record a promise to pay an amount by a date, on a customer or on some of its invoices',
  usage: '--admin <name> --customer <code> --amount <250,00> --date <YYYY-MM-DD> [--invoices <n1,n2>] [--note <text>] [--json]',
  options: {
    admin,
    customer: { type: 'string', description: 'the customer (code, name or id)' },
    amount: { type: 'string', description: 'the promised amount, e.g. 250,00' },
    date: { type: 'string', description: 'the day it will be paid by' },
    invoices: { type: 'string', description: 'invoice numbers, comma-separated (default: everything the customer has open)' },
    note: { type: 'string', description: 'what was said' },
    json
  },
  async run(args, ctx) {
    const customerRef = requireString(args, 'customer')
    const amountCents = amountOption(args, 'amount')
    const promisedDate = dateOption(args, 'date')!
    const numbers = listOption(args, 'invoices')
    const a = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const customer = findCustomer(a.db, customerRef)
      const invoiceIds = numbers && findInvoices(a.db, customer.id, numbers).map((i) => i.id)
      const note = typeof args.values.note === 'string' ? args.values.note : undefined
      const p = recordPromise(a.db, { customerId: customer.id, amountCents, promisedDate, ...(invoiceIds ? { invoiceIds } : {}), ...(note ? { note } : {}) }, localToday())
      if (args.values.json) ctx.io.out(JSON.stringify({ id: p.id, customer: customer.code, amountCents: p.amountCents, promisedDate: p.promisedDate, status: p.status, invoices: numbers ?? null }))
      else ctx.io.out(`promise ${p.id}: ${customer.name} pays ${centsToDecimal(p.amountCents)} by ${p.promisedDate}${numbers ? ` for ${numbers.join(', ')}` : ''}`)
    } finally {
      a.close()
    }
  }
}

export const planCreate: CliCommand = {
  path: ['plan', 'create'],
  summary: 'Create a payment plan over invoices: equal instalments, the last one balancing to the cent, each with its own payment reference',
  usage: '--admin <name> --customer <code> --invoices <n1,n2> --instalments <n> --frequency weekly|monthly|quarterly --start <YYYY-MM-DD> [--down-payment <amount>] [--with-costs] [--with-interest] [--json]',
  options: {
    admin,
    customer: { type: 'string', description: 'the customer (code, name or id)' },
    invoices: { type: 'string', description: 'invoice numbers, comma-separated' },
    instalments: { type: 'string', description: 'number of instalments after the down payment' },
    frequency: { type: 'string', description: 'weekly, monthly or quarterly' },
    start: { type: 'string', description: 'due date of the first instalment' },
    'down-payment': { type: 'string', description: 'paid today, before the instalments' },
    'with-costs': { type: 'boolean', description: 'add the collection costs due so far' },
    'with-interest': { type: 'boolean', description: 'add the interest due so far' },
    'grace-days': { type: 'string', description: 'days after a due date before a shortfall breaks the plan (default 7)' },
    'reminder-days': { type: 'string', description: 'days before each instalment its reminder is due (default 5)' },
    json
  },
  async run(args, ctx) {
    const customerRef = requireString(args, 'customer')
    const numbers = listOption(args, 'invoices')
    if (!numbers) throw new UsageError('--invoices is required')
    const instalments = intOption(args, 'instalments', 0, 120)
    if (instalments < 1) throw new UsageError('--instalments must be a whole number from 1 to 120')
    const frequency = requireString(args, 'frequency')
    if (!(PLAN_FREQUENCIES as readonly string[]).includes(frequency)) throw new UsageError(`--frequency must be ${PLAN_FREQUENCIES.join(', ')}`)
    const startDate = dateOption(args, 'start')!
    const downPaymentCents = args.values['down-payment'] === undefined ? 0 : amountOption(args, 'down-payment')
    const graceDays = intOption(args, 'grace-days', 7, 90)
    const reminderDays = intOption(args, 'reminder-days', 5, 60)
    const a = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const today = localToday()
      const customer = findCustomer(a.db, customerRef)
      const terms = {
        customerId: customer.id,
        invoiceIds: findInvoices(a.db, customer.id, numbers).map((i) => i.id),
        frequency: frequency as PlanFrequency,
        startDate,
        downPaymentCents,
        includeCosts: args.values['with-costs'] === true,
        includeInterest: args.values['with-interest'] === true
      }
      const proposal = proposePlan(a.db, { ...terms, instalments }, today)
      const plan = planDto(a.db, createPlan(a.db, { ...terms, schedule: proposal.schedule, graceDays, reminderDays }, today).id, today)
      if (args.values.json) {
        ctx.io.out(JSON.stringify({ id: plan.id, customer: customer.code, totalCents: plan.totalCents, frequency: plan.frequency, invoices: plan.invoiceNumbers, instalments: plan.instalments.map((i) => ({ seq: i.seq, dueDate: i.dueDate, amountCents: i.amountCents, reference: i.reference?.printed ?? null })) }))
        return
      }
      ctx.io.out(`plan ${plan.id}: ${customer.name}, ${centsToDecimal(plan.totalCents)} (${plan.invoiceNumbers.join(', ')}), ${frequency}`)
      for (const i of plan.instalments) ctx.io.out(`  ${i.seq === 0 ? 'down payment' : `${i.seq}`.padStart(12)}  ${i.dueDate}  ${centsToDecimal(i.amountCents).padStart(12)}  ${i.reference?.printed ?? ''}`)
    } finally {
      a.close()
    }
  }
}

function disputeCommand(action: 'open' | 'accept' | 'reject'): CliCommand {
  const opening = action === 'open'
  return {
    path: ['dispute', action],
    summary: opening ? `Open a dispute on an invoice with a reason: ${DISPUTE_REASONS.join(', ')}` : `${action === 'accept' ? 'Accept' : 'Reject'} the dispute on an invoice, saying why`,
    usage: `--admin <name> --invoice <number> --reason <${opening ? 'code' : 'text'}> [--customer <code>]${opening ? ' [--amount <part>] [--note <text>]' : ''} [--json]`,
    options: {
      admin,
      invoice: { type: 'string', description: 'the invoice number' },
      reason: { type: 'string', description: opening ? `why: ${DISPUTE_REASONS.join(', ')}` : 'the decision, e.g. "price matches the quote"' },
      customer: { type: 'string', description: 'the customer, when two customers share the invoice number' },
      ...(opening ? { amount: { type: 'string', description: 'only this part of the invoice is disputed' }, note: { type: 'string', description: 'what the debtor says' } } : {}),
      json
    },
    async run(args, ctx) {
      const number = requireString(args, 'invoice')
      const reason = requireString(args, 'reason')
      if (opening && !(DISPUTE_REASONS as readonly string[]).includes(reason)) throw new UsageError(`--reason must be one of ${DISPUTE_REASONS.join(', ')}`)
      const amountCents = opening && args.values.amount !== undefined ? amountOption(args, 'amount') : null
      const a = await ctx.openAdministration(requireString(args, 'admin'))
      try {
        const today = localToday()
        const invoice = findInvoice(a.db, number, typeof args.values.customer === 'string' ? args.values.customer : undefined)
        let d
        if (opening) {
          d = openDispute(a.db, { invoiceId: invoice.id, reason: reason as DisputeReason, amountCents, note: typeof args.values.note === 'string' ? args.values.note : null }, today)
        } else {
          const current = a.db.select().from(disputes).where(and(eq(disputes.invoiceId, invoice.id), inArray(disputes.status, ['open', 'accepted']))).orderBy(desc(disputes.id)).get()
          if (!current) throw new AppError('not-found', `invoice ${number} has no open dispute`, 'invoice')
          d = decideDispute(a.db, { disputeId: current.id, action, resolution: reason }, today)
        }
        if (args.values.json) ctx.io.out(JSON.stringify({ id: d.id, invoice: invoice.number, reason: d.reason, status: d.status, amountCents: d.amountCents, resolution: d.resolution }))
        else ctx.io.out(`dispute ${d.id} on invoice ${invoice.number}: ${d.status}${d.resolution ? ` (${d.resolution})` : ` (${d.reason})`}`)
      } finally {
        a.close()
      }
    }
  }
}

export const disputeOpen = disputeCommand('open')
export const disputeAccept = disputeCommand('accept')
export const disputeReject = disputeCommand('reject')
