// The reminder letter before a plan instalment, offered by the reminder task on the customer card and on
// Vandaag: previewed, then printed, saved or written as an .eml for the user's mail program. When it goes
// out it is archived with its fingerprint and the instalment counts as reminded, in one transaction; once
// sent, only a confirmed copy marked "kopie" follows.
import { and, eq, isNull } from 'drizzle-orm'
import { type IsoDate, localToday } from '../../../shared/dates'
import { regimeOf } from '../../../shared/domains/dunning'
import { instalmentReminder } from '../../../shared/domains/arrangements/instalment-reminder'
import type { PlanReminderLetterData } from '../../../shared/domains/letters/letter-data'
import type { Language } from '../../../shared/domains/parties'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { customers, letters } from '../../db/schema'
import { getInstalment, getPlan, markRemindedIn, planDetail } from '../arrangements/plans.service'
import { assertSendable, composeFromDb } from './compose-from-db'
import { type CreditorProfile, loadCreditor, loadDebtor } from './letter-sources'
import { type OutputOptions, type PendingOutput, sendLetter } from './output.service'
import { type Preview, svgPages } from './preview.service'
import { newLetter } from './records.service'

export type PlanReminderData = PlanReminderLetterData & { customerId: number; instalmentId: number }

/** The reminder of one instalment as of `date`: only while its plan runs and the instalment is not paid in full. */
export function planReminderData(db: AppDb, instalmentId: number, creditor: CreditorProfile, date: IsoDate, opts: { language?: Language; email?: boolean } = {}): PlanReminderData {
  const inst = getInstalment(db, instalmentId)
  const plan = planDetail(db, inst.planId, date)
  if (plan.status !== 'active') throw new AppError('conflict', `payment plan ${plan.id} is ${plan.status}: its instalments get no reminders`, 'planId')
  const refs = new Map(plan.instalments.map((i) => [i.seq, i.reference ? { scheme: i.reference.scheme, bare: i.reference.reference, printed: i.reference.printed } : null]))
  const reminder = instalmentReminder(plan.progress.instalments.map((i) => ({ ...i, reference: refs.get(i.seq) ?? null })), inst.seq)
  const debtor = loadDebtor(db, plan.customerId)
  return {
    kind: 'plan-reminder',
    customerId: plan.customerId,
    instalmentId,
    planId: plan.id,
    date,
    language: opts.language ?? debtor.language,
    channel: opts.email ? 'email' : 'letter',
    creditor,
    debtor,
    regime: regimeOf(creditor.country, debtor),
    ...reminder
  }
}

/** Who an instalment's reminder goes to: the send menu offers an .eml only when the customer has an e-mail address. */
export function planReminderRecipient(db: AppDb, instalmentId: number): { customerId: number; email: string | null } {
  const { customerId } = getPlan(db, getInstalment(db, instalmentId).planId)
  const email = db.select({ email: customers.email }).from(customers).where(eq(customers.id, customerId)).get()?.email ?? null
  return { customerId, email: email?.trim() ? email : null }
}

export async function previewPlanReminder(db: AppDb, instalmentId: number, language?: Language): Promise<Preview> {
  const creditor = loadCreditor(db)
  const { customerId: _c, instalmentId: _i, ...data } = planReminderData(db, instalmentId, creditor, localToday(), language ? { language } : {})
  return svgPages(db, composeFromDb(db, data).content, creditor)
}

export type PlanReminderRequest = { instalmentId: number; language?: Language; today?: IsoDate } & Pick<OutputOptions, 'resend' | 'eml'>

/** The reminder of an instalment going out: the first time a new archived letter, after that a confirmed copy. */
export async function planReminder(db: AppDb, req: PlanReminderRequest): Promise<PendingOutput> {
  const today = req.today ?? localToday()
  const creditor = loadCreditor(db)
  const { customerId, instalmentId, ...data } = planReminderData(db, req.instalmentId, creditor, today, { ...(req.language ? { language: req.language } : {}), email: req.eml === true })
  const sent = data.reference
    ? db.select({ id: letters.id }).from(letters).where(and(eq(letters.kind, 'plan-reminder'), eq(letters.reference, data.reference.bare), isNull(letters.copyOf))).get()
    : undefined
  if (sent) return sendLetter(db, sent.id, { resend: req.resend, eml: req.eml, today })
  assertSendable(data)
  if (req.eml && !data.debtor.email) throw new AppError('validation', `Customer ${data.debtor.code} (${data.debtor.name}) has no e-mail address.`, 'email')
  const composed = composeFromDb(db, data)
  const name = `termijnherinnering-${data.debtor.code}-${data.planId}-${data.seq}`
  // newLetter adds the .eml (named like the PDF) when the customer has an e-mail address
  return newLetter(db, data, composed, { kind: 'plan-reminder', customerId, planId: data.planId, totalCents: data.dueCents }, `${name}.pdf`, (tx, letterId) =>
    markRemindedIn(tx, instalmentId, today, letterId)
  )
}
