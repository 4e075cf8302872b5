// The arrangements' part of the "Vandaag" list: follow-ups whose day has come (a note or call asked to come
// back to the customer) and plan instalments whose reminder should go out now.
import { eq, sql } from 'drizzle-orm'
import { customers, paymentPlans } from '../../db/schema'
import type { WorklistItem, WorklistProvider } from '../worklist/providers'
import { instalmentRemindersDue, planDetail } from './plans.service'

/** Notes and calls to follow up by today and not ticked off, oldest first; `count` per customer. */
export const followUps: WorklistProvider = (db, today) =>
  db
    .all<Pick<WorklistItem, 'ref' | 'customerCode' | 'customerName' | 'date' | 'count'>>(sql`
      SELECT max(n.id) AS ref, c.code AS customerCode, c.name AS customerName, min(n.follow_up_on) AS date, count(*) AS count
      FROM notes n JOIN customers c ON c.id = n.customer_id
      WHERE n.follow_up_on <= ${today} AND n.follow_up_done_on IS NULL
      GROUP BY c.id ORDER BY date, c.code`)
    .map((r) => ({ ...r, kind: 'follow-up', amountCents: null, level: null }))

/** Instalments of running plans whose reminder is due today (from `reminderDays` before the due date). */
export const instalmentReminders: WorklistProvider = (db, today) =>
  db
    .select({ id: paymentPlans.id, code: customers.code, name: customers.name })
    .from(paymentPlans)
    .innerJoin(customers, eq(customers.id, paymentPlans.customerId))
    .where(eq(paymentPlans.status, 'active'))
    .all()
    .flatMap((p) =>
      instalmentRemindersDue(planDetail(db, p.id, today), today).map((i) => ({
        kind: 'instalment-reminder' as const,
        ref: i.id,
        customerCode: p.code,
        customerName: p.name,
        date: i.dueDate,
        amountCents: i.amountCents - i.paidCents,
        // the instalment's number, for the line "instalment 3 of € 250,00 due on …"
        count: i.seq,
        level: null
      }))
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.customerCode.localeCompare(b.customerCode)))
