// Loads what a letter is composed from: the administration's profile (letterhead and payee), the
// customer, a dunning action with its lines, a customer's open items as of a day (through the one
// definition of open), or a payment plan with its instalments and their references.
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm'
import { type IsoDate } from '../../../shared/dates'
import { regimeOf, renderDunningLines } from '../../../shared/domains/dunning'
import { statementPaymentsFrom } from '../../../shared/domains/letters/compose-statement'
import type { Creditor, Debtor, DunningLetterData, PlanLetterData, StatementLetterData } from '../../../shared/domains/letters/letter-data'
import type { Language } from '../../../shared/domains/parties'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { administrationProfile, allocations, bankEntries, customers, invoicePayments, invoices } from '../../db/schema'
import { planDetail } from '../arrangements/plans.service'
import type { RunActionRecord } from '../dunning/runs.queries'
import { openItems } from '../receivables/open-items'

export type CreditorProfile = Creditor & { logo: Uint8Array | null; defaultLanguage: Language }

export function loadCreditor(db: AppDb): CreditorProfile {
  const p = db.select().from(administrationProfile).where(eq(administrationProfile.id, 1)).get()
  if (!p) throw new AppError('not-found', 'This administration has no profile yet: fill in the letterhead under Settings.', 'profile')
  return {
    name: p.name,
    addressLine: p.addressLine,
    postalCode: p.postalCode,
    city: p.city,
    country: p.country,
    iban: p.iban,
    bic: p.bic,
    vatNumber: p.vatNumber,
    kboNumber: p.kboNumber,
    kvkNumber: p.kvkNumber,
    email: p.email,
    phone: p.phone,
    logo: p.logo ? new Uint8Array(p.logo) : null,
    defaultLanguage: p.defaultLanguage
  }
}

export type DebtorRecord = Debtor & { id: number; language: Language }

export function loadDebtor(db: AppDb, customerId: number): DebtorRecord {
  const c = db.select().from(customers).where(eq(customers.id, customerId)).get()
  if (!c) throw new AppError('not-found', `No customer with id ${customerId}.`, 'customerId')
  return { id: c.id, code: c.code, name: c.name, debtorType: c.debtorType, country: c.country, language: c.language, email: c.email, addressLine: c.addressLine, postalCode: c.postalCode, city: c.city }
}

/** A dunning action as a letter; `reference` is filled in by the caller (it is issued when the letter is stored). */
export function dunningLetterData(db: AppDb, action: RunActionRecord, creditor: Creditor, date: IsoDate): DunningLetterData {
  const debtor = loadDebtor(db, action.customerId)
  const ids = action.lines.map((l) => l.invoiceId)
  const extra = new Map(
    ids.length === 0 ? [] : db.select({ id: invoices.id, invoiceDate: invoices.invoiceDate, description: invoices.description }).from(invoices).where(inArray(invoices.id, ids)).all().map((r) => [r.id, r])
  )
  return {
    kind: 'dunning',
    date,
    language: action.language,
    channel: action.channel === 'email' ? 'email' : 'letter',
    creditor,
    debtor,
    reference: null,
    regime: action.regime,
    templateKey: action.templateKey,
    level: action.level,
    legalNotice: action.legalNotice,
    lines: action.lines.map((l) => ({
      number: l.number,
      invoiceDate: extra.get(l.invoiceId)?.invoiceDate ?? null,
      description: extra.get(l.invoiceId)?.description ?? null,
      dueDate: l.dueDate,
      daysOverdue: l.daysOverdue,
      openCents: l.openCents,
      interestCents: l.interestCents,
      interestFrom: l.interestFrom,
      interestRate: l.interestRate,
      compensationCents: l.compensationCents,
      costsCents: l.costsCents,
      explanation: renderDunningLines(l.explanation, action.language)
    })),
    principalCents: action.principalCents,
    feeCents: action.feeCents,
    costsCents: action.costsCents,
    interestCents: action.interestCents,
    totalCents: action.totalCents,
    announcedCostsCents: action.announcedCostsCents
  }
}

type OpenRow = { id: number; number: string; invoiceDate: IsoDate; dueDate: IsoDate; description: string | null; amountCents: number; openCents: number }

/** The customer's open items as of `asOf` and the payments of the 90 days before, for the statement of account. */
export function statementData(db: AppDb, debtor: DebtorRecord, creditor: Creditor, asOf: IsoDate, date: IsoDate, language: Language): StatementLetterData & { invoiceIds: number[] } {
  const items = db.all<OpenRow>(sql`
    SELECT i.id, i.number, i.invoice_date AS invoiceDate, i.due_date AS dueDate, i.description, i.amount_cents AS amountCents, i.open_cents AS openCents
    FROM ${openItems(db, asOf)} AS i WHERE i.customer_id = ${debtor.id} ORDER BY i.due_date, i.number`)
  const from = statementPaymentsFrom(asOf)
  const bank = db
    .select({ date: bankEntries.bookingDate, entryId: bankEntries.id, amount: sql<number>`sum(${allocations.amountCents})`, numbers: sql<string>`group_concat(${invoices.number}, ', ')` })
    .from(allocations)
    .innerJoin(bankEntries, eq(bankEntries.id, allocations.entryId))
    .innerJoin(invoices, eq(invoices.id, allocations.invoiceId))
    .where(and(eq(invoices.customerId, debtor.id), sql`${allocations.undoneAt} IS NULL`, gte(bankEntries.bookingDate, from), lte(bankEntries.bookingDate, asOf)))
    .groupBy(bankEntries.id)
    .all()
  const booked = db
    .select({ date: invoicePayments.paidOn, amount: invoicePayments.amountCents, number: invoices.number })
    .from(invoicePayments)
    .innerJoin(invoices, eq(invoices.id, invoicePayments.invoiceId))
    .where(and(eq(invoices.customerId, debtor.id), eq(invoicePayments.kind, 'payment'), gte(invoicePayments.paidOn, from), lte(invoicePayments.paidOn, asOf)))
    .all()
  const payments = [
    ...bank.map((b) => ({ date: b.date, description: b.numbers, amountCents: b.amount })),
    ...booked.map((b) => ({ date: b.date, description: b.number, amountCents: b.amount }))
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return {
    kind: 'statement',
    date,
    asOf,
    language,
    channel: 'letter',
    creditor,
    debtor,
    reference: null,
    regime: regimeOf(creditor.country, debtor),
    items: items.map(({ id: _id, ...i }) => i),
    payments,
    invoiceIds: items.filter((i) => i.dueDate < asOf && i.openCents > 0).map((i) => i.id)
  }
}

/** A payment plan as its agreement: the invoices it settles, its amounts and each instalment's reference. */
export function planLetterData(db: AppDb, planId: number, creditor: Creditor, date: IsoDate, language?: Language): PlanLetterData & { customerId: number } {
  const plan = planDetail(db, planId, date)
  const debtor = loadDebtor(db, plan.customerId)
  const items = plan.invoiceIds.length === 0 ? [] : db.select({ number: invoices.number, dueDate: invoices.dueDate, openCents: invoices.openCents }).from(invoices).where(inArray(invoices.id, plan.invoiceIds)).orderBy(asc(invoices.dueDate)).all()
  return {
    kind: 'plan',
    customerId: plan.customerId,
    date,
    language: language ?? debtor.language,
    channel: 'letter',
    creditor,
    debtor,
    reference: null,
    regime: regimeOf(creditor.country, debtor),
    planId,
    items,
    principalCents: plan.totalCents - plan.costsCents - plan.interestCents,
    costsCents: plan.costsCents,
    interestCents: plan.interestCents,
    totalCents: plan.totalCents,
    instalments: plan.instalments.map((i) => ({
      seq: i.seq,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      reference: i.reference ? { scheme: i.reference.scheme, bare: i.reference.reference, printed: i.reference.printed } : null
    }))
  }
}
