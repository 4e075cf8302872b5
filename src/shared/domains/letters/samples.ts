// Made-up letters for the template editor's live preview and for tests: a plausible debtor of the
// right kind with a few overdue invoices, computed amounts and a reference of the creditor's scheme.
import { addDays, daysBetween, type IsoDate } from '../../dates'
import type { ReferenceScheme } from '../arrangements/vocabulary'
import { issuedReferenceText } from '../payments/issued-references'
import type { Language } from '../parties'
import { instalmentReminder } from '../arrangements/instalment-reminder'
import { planProgress } from '../arrangements/plan-progress'
import type { Creditor, Debtor, DunningLetterData, DunningLine, LetterReference, PlanLetterData, PlanReminderLetterData, StatementLetterData } from './letter-data'
import type { Regime } from './vocabulary'

const DEBTORS: Record<Regime, Omit<Debtor, 'code'>> = {
  'NL-b2b': { name: 'Installatiebedrijf De Vries B.V.', addressLine: 'Industrieweg 14', postalCode: '3542 AD', city: 'Utrecht', country: 'NL', debtorType: 'b2b', email: 'administratie@devries.example' },
  'NL-b2c': { name: 'Dhr. J. van den IJssel', addressLine: 'Lindenlaan 3', postalCode: '2011 KL', city: 'Haarlem', country: 'NL', debtorType: 'b2c', email: 'j.vandenijssel@example.nl' },
  'BE-b2b': { name: 'Bouwwerken Peeters BV', addressLine: 'Kortrijksesteenweg 120', postalCode: '9000', city: 'Gent', country: 'BE', debtorType: 'b2b', email: 'boekhouding@peeters.example' },
  'BE-b2c': { name: 'Mme Élise Lefèvre', addressLine: 'Rue de la Station 8', postalCode: '1300', city: 'Wavre', country: 'BE', debtorType: 'b2c', email: 'elise.lefevre@example.be' }
}

/** A reference in the creditor's scheme for previews (a preview never issues one). */
export function sampleReference(scheme: ReferenceScheme, serial = 1): LetterReference {
  const text = issuedReferenceText(scheme, serial)
  return { scheme, bare: text.bare, printed: text.printed }
}

export function sampleDebtor(regime: Regime): Debtor {
  return { ...DEBTORS[regime], code: regime.startsWith('BE') ? 'K-2041' : 'D-1187' }
}

const B2B_RATE: Record<'NL' | 'BE', string> = { NL: '10.15', BE: '10.5' }

/** `count` invoices, the oldest ~70 days overdue; B2B lines carry interest and the EUR 40 compensation. */
export function sampleLines(regime: Regime, date: IsoDate, count = 3): DunningLine[] {
  const b2b = regime.endsWith('b2b')
  return Array.from({ length: count }, (_, i) => {
    const dueDate = addDays(date, -(70 - Math.floor((i * 50) / Math.max(count, 1))))
    const openCents = 48_950 + ((i * 7_919) % 120_000)
    const days = daysBetween(dueDate, date)
    const rate = B2B_RATE[regime.startsWith('BE') ? 'BE' : 'NL']
    const interestCents = b2b ? Math.round((openCents * Number(rate) * days) / 36_500) : 0
    return {
      number: `2026-${String(311 + i * 7).padStart(5, '0')}`,
      invoiceDate: addDays(dueDate, -30),
      description: null,
      dueDate,
      daysOverdue: days,
      openCents,
      interestCents,
      interestFrom: b2b ? addDays(dueDate, 1) : null,
      interestRate: b2b ? rate : null,
      compensationCents: b2b ? 4_000 : 0,
      costsCents: 0,
      explanation: []
    }
  })
}

export function sampleDunning(input: { creditor: Creditor; regime: Regime; templateKey: string; level: number; legalNotice: boolean; language: Language; date: IsoDate; lines?: number; scheme: ReferenceScheme }): DunningLetterData {
  const lines = sampleLines(input.regime, input.date, input.lines)
  const principalCents = lines.reduce((s, l) => s + l.openCents, 0)
  const charges = input.templateKey === 'demand' || input.templateKey === 'final-notice'
  const interestCents = charges ? lines.reduce((s, l) => s + l.interestCents, 0) : 0
  const costsCents = charges ? lines.reduce((s, l) => s + l.compensationCents + l.costsCents, 0) : 0
  return {
    kind: 'dunning',
    date: input.date,
    language: input.language,
    channel: 'letter',
    creditor: input.creditor,
    debtor: sampleDebtor(input.regime),
    reference: sampleReference(input.scheme),
    regime: input.regime,
    templateKey: input.templateKey,
    level: input.level,
    legalNotice: input.legalNotice,
    lines,
    principalCents,
    feeCents: 0,
    costsCents,
    interestCents,
    totalCents: principalCents + costsCents + interestCents,
    announcedCostsCents: input.legalNotice ? (input.regime === 'NL-b2c' ? 25_334 : 6_500) : 0
  }
}

export function sampleStatement(input: { creditor: Creditor; regime: Regime; language: Language; date: IsoDate; scheme: ReferenceScheme }): StatementLetterData {
  const lines = sampleLines(input.regime, input.date, 4)
  return {
    kind: 'statement',
    date: input.date,
    asOf: input.date,
    language: input.language,
    channel: 'letter',
    creditor: input.creditor,
    debtor: sampleDebtor(input.regime),
    reference: sampleReference(input.scheme),
    regime: input.regime,
    items: [
      ...lines.map((l) => ({ number: l.number, invoiceDate: l.invoiceDate ?? l.dueDate, dueDate: l.dueDate, description: null, amountCents: l.openCents, openCents: l.openCents })),
      { number: '2026-00422', invoiceDate: addDays(input.date, -10), dueDate: addDays(input.date, 20), description: null, amountCents: 21_780, openCents: 21_780 }
    ],
    payments: [{ date: addDays(input.date, -12), description: '2026-00290', amountCents: 36_300 }]
  }
}

export function samplePlan(input: { creditor: Creditor; regime: Regime; language: Language; date: IsoDate; scheme: ReferenceScheme }): PlanLetterData {
  const lines = sampleLines(input.regime, input.date, 2)
  const principalCents = lines.reduce((s, l) => s + l.openCents, 0)
  const parts = 4
  const each = Math.floor(principalCents / parts)
  return {
    kind: 'plan',
    date: input.date,
    language: input.language,
    channel: 'letter',
    creditor: input.creditor,
    debtor: sampleDebtor(input.regime),
    reference: null,
    regime: input.regime,
    planId: 7,
    items: lines.map((l) => ({ number: l.number, dueDate: l.dueDate, openCents: l.openCents })),
    principalCents,
    costsCents: 0,
    interestCents: 0,
    totalCents: principalCents,
    instalments: Array.from({ length: parts }, (_, i) => ({
      seq: i + 1,
      dueDate: addDays(input.date, 14 + 30 * i),
      amountCents: i === parts - 1 ? principalCents - each * (parts - 1) : each,
      reference: sampleReference(input.scheme, 2 + i)
    }))
  }
}

/** The reminder before the second instalment of the sample plan, the first paid and a part of the second. */
export function samplePlanReminder(input: Parameters<typeof samplePlan>[0]): PlanReminderLetterData {
  const plan = samplePlan(input)
  const first = plan.instalments[0]!.amountCents
  const progress = planProgress(plan.instalments, first + 2_500, input.date, 7).instalments.map((i, k) => ({ ...i, reference: plan.instalments[k]!.reference }))
  const reminder = instalmentReminder(progress, 2)
  return { ...plan, kind: 'plan-reminder', ...reminder }
}
