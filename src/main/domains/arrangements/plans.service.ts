// Payment plans: the editor's proposal, creating a plan (each instalment with its own structured
// reference), following it by the payments that come in, and ending it: completed, breached or cancelled.
import { and, asc, eq, inArray } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { type PlanInput, planInputSchema, type PlanProposalInput, planProposalInputSchema } from '../../../shared/domains/arrangements/inputs'
import { type PlanProgress, planProgress, remindersDue } from '../../../shared/domains/arrangements/plan-progress'
import { buildSchedule, checkSchedule, type ScheduledInstalment } from '../../../shared/domains/arrangements/plan-schedule'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { invoices, paymentPlans, planInstalments, planInvoices } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { issuePaymentReference, paymentReferencesOf, type PaymentReferenceRecord } from '../payments/payment-references.service'
import { claimOf } from './claims'
import { type InvoiceRow, openInvoicesOfCustomer } from './lookups'
import { allocatedSince, unappliedOnPlanReferences } from './paid-toward'

export type PlanRecord = typeof paymentPlans.$inferSelect

export type PlanAmounts = { invoices: InvoiceRow[]; principalCents: number; costsCents: number; interestCents: number; totalCents: number }

/** What a plan over these invoices collects: their open amounts, plus the costs and interest due so far when asked. */
function planAmounts(tx: AppDb, v: { customerId: number; invoiceIds: number[]; includeCosts: boolean; includeInterest: boolean }, today: IsoDate): PlanAmounts {
  const rows = openInvoicesOfCustomer(tx, v.customerId, v.invoiceIds)
  const claim = claimOf(tx, v.customerId, rows, today)
  const principalCents = rows.reduce((s, r) => s + r.openCents, 0)
  const costsCents = v.includeCosts ? claim.costsCents : 0
  const interestCents = v.includeInterest ? claim.interestCents : 0
  return { invoices: rows, principalCents, costsCents, interestCents, totalCents: principalCents + costsCents + interestCents }
}

/** The editor's starting point: amounts and an even schedule (nothing is written). */
export function proposePlan(db: AppDb, input: PlanProposalInput, today: IsoDate): PlanAmounts & { schedule: ScheduledInstalment[] } {
  const v = parseInput(planProposalInputSchema, input)
  const amounts = planAmounts(db, v, today)
  const schedule = buildSchedule({ totalCents: amounts.totalCents, downPaymentCents: v.downPaymentCents, downPaymentOn: today, instalments: v.instalments, frequency: v.frequency, startDate: v.startDate })
  return { ...amounts, schedule }
}

export function getPlan(db: AppDb, id: number): PlanRecord {
  const row = db.select().from(paymentPlans).where(eq(paymentPlans.id, id)).get()
  if (!row) throw new AppError('not-found', `No payment plan with id ${id}.`, 'planId')
  return row
}

/** Creates the plan as edited: the schedule must add up to the plan total; each instalment gets its own reference. */
export function createPlan(db: AppDb, input: PlanInput, today: IsoDate): PlanRecord {
  return withWrite(db, (tx) => createPlanIn(tx, input, today))
}

/** `createPlan` inside the caller's transaction (the demo seeds its plan this way). */
export function createPlanIn(tx: AppDb, input: PlanInput, today: IsoDate): PlanRecord {
  const v = parseInput(planInputSchema, input)
  const amounts = planAmounts(tx, v, today)
  const busy = tx
    .select({ number: invoices.number })
    .from(planInvoices)
    .innerJoin(paymentPlans, eq(paymentPlans.id, planInvoices.planId))
    .innerJoin(invoices, eq(invoices.id, planInvoices.invoiceId))
    .where(and(eq(paymentPlans.status, 'active'), inArray(planInvoices.invoiceId, amounts.invoices.map((i) => i.id))))
    .get()
  if (busy) throw new AppError('conflict', `Invoice ${busy.number} is already in an active payment plan.`, 'invoiceIds')
  const schedule = [...v.schedule].sort((a, b) => a.seq - b.seq)
  const check = checkSchedule(schedule, amounts.totalCents, today)
  if (!check.ok) {
    const first = check.problems[0]!
    const message = first.code === 'sum-differs' ? `the instalments add up to ${check.sumCents} cents, the plan total is ${amounts.totalCents}` : `instalment ${first.seq}: ${first.code}`
    throw new AppError('validation', message, 'schedule')
  }
  const downPaymentCents = schedule.find((i) => i.seq === 0)?.amountCents ?? 0
  const plan = tx
    .insert(paymentPlans)
    .values({
      customerId: v.customerId,
      startDate: schedule.find((i) => i.seq > 0)?.dueDate ?? schedule[0]!.dueDate,
      totalCents: amounts.totalCents,
      frequency: v.frequency,
      instalmentCount: schedule.filter((i) => i.seq > 0).length || 1,
      downPaymentCents,
      costsCents: amounts.costsCents,
      interestCents: amounts.interestCents,
      graceDays: v.graceDays,
      reminderDays: v.reminderDays,
      note: v.note ?? null
    })
    .returning()
    .get()
  tx.insert(planInvoices).values(amounts.invoices.map((i) => ({ planId: plan.id, invoiceId: i.id }))).run()
  const invoiceIds = amounts.invoices.map((i) => i.id)
  const references = schedule.map((inst) => {
    const row = tx.insert(planInstalments).values({ planId: plan.id, seq: inst.seq, dueDate: inst.dueDate, amountCents: inst.amountCents }).returning({ id: planInstalments.id }).get()
    return issuePaymentReference(tx, { customerId: v.customerId, sourceKind: 'instalment', sourceId: row.id, invoiceIds }).printed
  })
  appendAudit(tx, {
    action: 'plan.created',
    entity: 'payment_plan',
    entityId: plan.id,
    data: { customerId: v.customerId, invoices: amounts.invoices.map((i) => i.number), totalCents: plan.totalCents, costsCents: plan.costsCents, interestCents: plan.interestCents, schedule, references }
  })
  return plan
}

export type InstalmentRow = typeof planInstalments.$inferSelect

export type PlanDetail = PlanRecord & {
  invoiceIds: number[]
  instalments: (InstalmentRow & { reference: PaymentReferenceRecord | null })[]
  progress: PlanProgress
}

/** What was paid towards a plan by `asOf`: allocations to its invoices since it was made, and unapplied instalment payments. */
export function planPaidCents(tx: AppDb, plan: PlanRecord, invoiceIds: readonly number[], asOf: IsoDate): number {
  return allocatedSince(tx, invoiceIds, plan.createdAt, asOf) + unappliedOnPlanReferences(tx, plan.id, asOf)
}

export function planDetail(db: AppDb, id: number, asOf: IsoDate): PlanDetail {
  const plan = getPlan(db, id)
  const invoiceIds = db.select({ id: planInvoices.invoiceId }).from(planInvoices).where(eq(planInvoices.planId, id)).all().map((r) => r.id)
  const rows = db.select().from(planInstalments).where(eq(planInstalments.planId, id)).orderBy(asc(planInstalments.seq)).all()
  const refs = paymentReferencesOf(db, 'instalment', rows.map((r) => r.id))
  return {
    ...plan,
    invoiceIds,
    instalments: rows.map((r) => ({ ...r, reference: refs.get(r.id) ?? null })),
    progress: planProgress(rows, planPaidCents(db, plan, invoiceIds, asOf), asOf, plan.graceDays)
  }
}

/** The instalments whose reminder should go out on `asOf` (within `reminderDays` of their due date, not reminded, not paid). */
export function instalmentRemindersDue(d: PlanDetail, asOf: IsoDate) {
  const stored = new Map(d.instalments.map((i) => [i.seq, i]))
  const due = remindersDue(d.progress.instalments.map((i) => ({ ...i, remindedOn: stored.get(i.seq)?.remindedOn ?? null })), d.reminderDays, asOf)
  return d.status === 'active' ? due.map((i) => ({ ...i, id: stored.get(i.seq)!.id })) : []
}

function endPlan(tx: AppDb, plan: PlanRecord, status: 'completed' | 'defaulted' | 'cancelled', on: IsoDate, data: object): void {
  tx.update(paymentPlans).set({ status, endedOn: on }).where(eq(paymentPlans.id, plan.id)).run()
  appendAudit(tx, { action: `plan.${status}`, entity: 'payment_plan', entityId: plan.id, data: { customerId: plan.customerId, ...data } })
}

/** Cancels a plan (agreed otherwise, or recorded by mistake): its invoices return to dunning where they stood. */
export function cancelPlan(db: AppDb, id: number, today: IsoDate, reason: string | null = null): PlanRecord {
  return withWrite(db, (tx) => {
    const plan = getPlan(tx, id)
    if (plan.status !== 'active') throw new AppError('conflict', `payment plan ${id} is ${plan.status}, not active`, 'planId')
    endPlan(tx, plan, 'cancelled', today, { reason })
    return getPlan(tx, id)
  })
}

export function getInstalment(db: AppDb, instalmentId: number): InstalmentRow {
  const inst = db.select().from(planInstalments).where(eq(planInstalments.id, instalmentId)).get()
  if (!inst) throw new AppError('not-found', `No instalment with id ${instalmentId}.`, 'instalmentId')
  return inst
}

/** Instalment `seq` of a plan (0 is the down payment). */
export function instalmentOfPlan(db: AppDb, planId: number, seq: number): InstalmentRow {
  getPlan(db, planId)
  const inst = db.select().from(planInstalments).where(and(eq(planInstalments.planId, planId), eq(planInstalments.seq, seq))).get()
  if (!inst) throw new AppError('not-found', `payment plan ${planId} has no instalment ${seq}`, 'instalment')
  return inst
}

/** Records, inside the caller's transaction, that the reminder before an instalment went out (the first day counts), and with which letter. */
export function markRemindedIn(tx: AppDb, instalmentId: number, on: IsoDate, letterId: number | null = null): void {
  const inst = getInstalment(tx, instalmentId)
  tx.update(planInstalments).set({ remindedOn: inst.remindedOn ?? on }).where(eq(planInstalments.id, instalmentId)).run()
  appendAudit(tx, { action: 'plan.instalment-reminded', entity: 'payment_plan', entityId: inst.planId, data: { seq: inst.seq, dueDate: inst.dueDate, on, letterId } })
}

/** Records that the reminder before an instalment went out (a call, or a letter sent outside Debito). */
export function markInstalmentReminded(db: AppDb, instalmentId: number, on: IsoDate): void {
  withWrite(db, (tx) => markRemindedIn(tx, instalmentId, on))
}

/** Active plans that are fully paid complete; those with an instalment short after the grace period are breached. */
export function evaluatePlans(tx: AppDb, asOf: IsoDate): { id: number; status: 'completed' | 'defaulted' }[] {
  const changed: { id: number; status: 'completed' | 'defaulted' }[] = []
  for (const plan of tx.select().from(paymentPlans).where(eq(paymentPlans.status, 'active')).all()) {
    const { progress } = planDetail(tx, plan.id, asOf)
    if (progress.completed) {
      endPlan(tx, plan, 'completed', asOf, { paidCents: progress.paidCents })
      changed.push({ id: plan.id, status: 'completed' })
    } else if (progress.breachedOn !== null) {
      const missed = progress.instalments.find((i) => i.state === 'late')
      endPlan(tx, plan, 'defaulted', progress.breachedOn, { missedSeq: missed?.seq, missedDueDate: missed?.dueDate, paidCents: progress.paidCents, remainingCents: progress.remainingCents })
      changed.push({ id: plan.id, status: 'defaulted' })
    }
  }
  return changed
}
