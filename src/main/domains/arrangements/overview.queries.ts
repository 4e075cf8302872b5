// What is in force for one customer: open promises, running plans with their progress, disputes waiting
// for an answer, holds, hand-overs and follow-ups still to do. The timeline card shows it with its actions.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import { awaitingDays } from '../../../shared/domains/arrangements/lifecycle'
import type { OverviewDto, PlanDetailDto } from '../../../shared/ipc/arrangements.contract'
import type { AppDb } from '../../db/connection'
import { disputes, handoverInvoices, handovers, holds, invoices, notes, paymentPlans, promises } from '../../db/schema'
import { instalmentRemindersDue, planDetail } from './plans.service'
import { promiseFacts } from './promises.service'

const numbersOf = (db: AppDb, ids: readonly number[]) =>
  ids.length === 0 ? [] : db.select({ number: invoices.number }).from(invoices).where(inArray(invoices.id, [...ids])).orderBy(asc(invoices.dueDate), asc(invoices.id)).all().map((r) => r.number)

export function planDto(db: AppDb, planId: number, asOf: IsoDate): PlanDetailDto {
  const d = planDetail(db, planId, asOf)
  const progress = new Map(d.progress.instalments.map((i) => [i.seq, i]))
  const reminderDue = new Set(instalmentRemindersDue(d, asOf).map((i) => i.seq))
  return {
    id: d.id,
    customerId: d.customerId,
    status: d.status,
    frequency: d.frequency,
    startDate: d.startDate,
    totalCents: d.totalCents,
    downPaymentCents: d.downPaymentCents,
    costsCents: d.costsCents,
    interestCents: d.interestCents,
    graceDays: d.graceDays,
    reminderDays: d.reminderDays,
    endedOn: d.endedOn,
    note: d.note,
    invoiceNumbers: numbersOf(db, d.invoiceIds),
    paidCents: d.progress.paidCents,
    remainingCents: d.progress.remainingCents,
    instalments: d.instalments.map((i) => ({
      id: i.id,
      seq: i.seq,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      paidCents: progress.get(i.seq)?.paidCents ?? 0,
      state: progress.get(i.seq)?.state ?? 'upcoming',
      remindedOn: i.remindedOn,
      reminderDue: reminderDue.has(i.seq),
      reference: i.reference && { scheme: i.reference.scheme, reference: i.reference.reference, printed: i.reference.printed }
    }))
  }
}

export function customerOverview(db: AppDb, customerId: number, asOf: IsoDate): OverviewDto {
  const openPromises = db.select().from(promises).where(and(eq(promises.customerId, customerId), eq(promises.status, 'open'))).orderBy(asc(promises.promisedDate)).all()
  const plans = db.select({ id: paymentPlans.id }).from(paymentPlans).where(and(eq(paymentPlans.customerId, customerId), eq(paymentPlans.status, 'active'))).all()
  const open = db
    .select({ d: disputes, number: invoices.number, openCents: invoices.openCents })
    .from(disputes)
    .innerJoin(invoices, eq(invoices.id, disputes.invoiceId))
    .where(and(eq(invoices.customerId, customerId), inArray(disputes.status, ['open', 'accepted'])))
    .orderBy(asc(disputes.openedOn))
    .all()
  const held = db
    .select({ h: holds, number: invoices.number })
    .from(holds)
    .leftJoin(invoices, eq(invoices.id, holds.invoiceId))
    .where(and(eq(holds.customerId, customerId), isNull(holds.endedOn)))
    .orderBy(asc(holds.startsOn))
    .all()
  const handedOver = db
    .select({ h: handovers, openCents: sql<number>`coalesce(sum(${handoverInvoices.openCents}), 0)`, n: sql<number>`count(${handoverInvoices.invoiceId})` })
    .from(handovers)
    .leftJoin(handoverInvoices, eq(handoverInvoices.handoverId, handovers.id))
    .where(and(eq(handovers.customerId, customerId), eq(handovers.status, 'active')))
    .groupBy(handovers.id)
    .all()
  const followUps = db
    .select()
    .from(notes)
    .where(and(eq(notes.customerId, customerId), sql`${notes.followUpOn} IS NOT NULL`, isNull(notes.followUpDoneOn)))
    .orderBy(asc(notes.followUpOn))
    .all()
  return {
    promises: openPromises.map((p) => {
      const facts = promiseFacts(db, p)
      return { id: p.id, amountCents: p.amountCents, promisedDate: p.promisedDate, status: p.status, paidCents: facts.paidByDateCents, invoiceNumbers: numbersOf(db, facts.invoiceIds), note: p.note }
    }),
    plans: plans.map((p) => planDto(db, p.id, asOf)),
    disputes: open.map(({ d, number, openCents }) => ({
      id: d.id,
      invoiceId: d.invoiceId,
      invoiceNumber: number,
      reason: d.reason,
      status: d.status,
      amountCents: d.amountCents ?? openCents,
      openedOn: d.openedOn,
      awaitingDays: awaitingDays(d.openedOn, asOf),
      note: d.note
    })),
    holds: held.map(({ h, number }) => ({ id: h.id, kind: h.kind, reason: h.reason, startsOn: h.startsOn, until: h.until, invoiceNumber: number })),
    handovers: handedOver.map(({ h, openCents, n }) => ({ id: h.id, kind: h.kind, party: h.party, handedOverOn: h.handedOverOn, reference: h.reference, openCents, invoiceCount: n })),
    followUps: followUps.map((n) => ({ id: n.id, kind: n.kind === 'call' ? 'call' : 'note', body: n.body, followUpOn: n.followUpOn ?? asOf, callOutcome: n.callOutcome }))
  }
}
