// The instalment reminder letter as pure functions: the figures of one instalment's reminder from the plan's
// progress (partial payments, the down payment, the last instalment), and the shipped nl/fr/en templates
// filled with them: the amount due, the due date, the instalment's own reference in text and in the QR.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { instalmentReminder } from '../../../src/shared/domains/arrangements/instalment-reminder'
import { planProgress } from '../../../src/shared/domains/arrangements/plan-progress'
import { composeLetter } from '../../../src/shared/domains/letters/compose'
import type { Block } from '../../../src/shared/domains/letters/content'
import type { Creditor, PlanReminderLetterData } from '../../../src/shared/domains/letters/letter-data'
import { sampleDebtor, sampleReference } from '../../../src/shared/domains/letters/samples'
import { checkTemplate, parseTemplate } from '../../../src/shared/domains/letters/templates'
import type { Language } from '../../../src/shared/domains/parties'
import { caught } from '../../helpers/errors'

// € 1.100,00: a down payment of € 100 and € 1.000,00 in three (the last balancing to the cent)
const plan = [
  { seq: 0, dueDate: '2026-01-15', amountCents: 10_000 },
  { seq: 1, dueDate: '2026-01-31', amountCents: 33_333 },
  { seq: 2, dueDate: '2026-02-28', amountCents: 33_333 },
  { seq: 3, dueDate: '2026-03-31', amountCents: 33_334 }
]
const withRefs = (paid: number, asOf = '2026-01-20') => planProgress(plan, paid, asOf, 7).instalments.map((i) => ({ ...i, reference: `REF${i.seq}` }))

describe('instalmentReminder', () => {
  it.each([
    ['nothing paid: the down payment is still in the schedule', 0, 1, { dueCents: 33_333, paidCents: 0, remainingCents: 110_000 }, [[0, 10_000], [1, 33_333], [2, 33_333], [3, 33_334]]],
    ['down payment paid', 10_000, 1, { dueCents: 33_333, paidCents: 10_000, remainingCents: 100_000 }, [[1, 33_333], [2, 33_333], [3, 33_334]]],
    ['a part of the second paid early: only the rest is asked', 50_000, 2, { dueCents: 26_666, paidCents: 50_000, remainingCents: 60_000 }, [[2, 26_666], [3, 33_334]]],
    ['the last instalment, balancing to the cent', 76_666, 3, { dueCents: 33_334, paidCents: 76_666, remainingCents: 33_334 }, [[3, 33_334]]],
    ['the last instalment nearly paid: one cent', 109_999, 3, { dueCents: 1, paidCents: 109_999, remainingCents: 1 }, [[3, 1]]],
    ['a later instalment while an earlier one is still open', 10_000, 2, { dueCents: 33_333, paidCents: 10_000, remainingCents: 100_000 }, [[1, 33_333], [2, 33_333], [3, 33_334]]],
    ['the down payment itself', 2_500, 0, { dueCents: 7_500, paidCents: 2_500, remainingCents: 107_500 }, [[0, 7_500], [1, 33_333], [2, 33_333], [3, 33_334]]]
  ])('%s', (_, paid, seq, figures, schedule) => {
    const r = instalmentReminder(withRefs(paid), seq)
    expect(r).toMatchObject({ seq, dueDate: plan[seq]!.dueDate, instalmentCents: plan[seq]!.amountCents, reference: `REF${seq}`, instalmentCount: 3, ...figures })
    expect(r.schedule.map((i) => [i.seq, i.openCents])).toEqual(schedule)
    expect(r.schedule.every((i) => i.reference === `REF${i.seq}`)).toBe(true)
    // what is asked and what remains reconcile with the plan to the cent
    expect(r.paidCents + r.remainingCents).toBe(110_000)
    expect(r.schedule.reduce((s, i) => s + i.openCents, 0)).toBe(r.remainingCents)
  })

  it('refuses an instalment paid in full, and one the plan does not have', () => {
    expect(caught(() => instalmentReminder(withRefs(43_333), 1))).toMatchObject({ kind: 'validation', field: 'instalment', message: 'instalment 1 is paid in full: there is nothing to remind of' })
    expect(caught(() => instalmentReminder(withRefs(0), 7))).toMatchObject({ kind: 'not-found', field: 'instalment', message: 'this plan has no instalment 7 (it has 0, 1, 2, 3)' })
  })
})

const creditor: Creditor = {
  name: 'Installatiebedrijf Test B.V.',
  addressLine: 'Dorpsstraat 1',
  postalCode: '1234 AB',
  city: 'Amsterdam',
  country: 'NL',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  vatNumber: 'NL001234567B01',
  kboNumber: null,
  kvkNumber: '12345678',
  email: 'debiteuren@test.example',
  phone: null
}

function letter(language: Language, scheme: 'rf' | 'ogm'): PlanReminderLetterData {
  const progress = planProgress(plan, 50_000, '2026-02-23', 7).instalments.map((i) => ({ ...i, reference: sampleReference(scheme, 10 + i.seq) }))
  return { kind: 'plan-reminder', date: '2026-02-23', language, channel: 'letter', creditor: { ...creditor, country: scheme === 'ogm' ? 'BE' : 'NL' }, debtor: sampleDebtor('NL-b2b'), regime: 'NL-b2b', planId: 4, ...instalmentReminder(progress, 2) }
}

const shipped = (language: Language) => parseTemplate(readFileSync(join(__dirname, '../../../resources/letter-templates/plan-reminder', `any.${language}.txt`), 'utf8'), language)
const texts = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n').replace(/[\u00a0\u202f]/g, ' ')

describe('the instalment reminder letter', () => {
  it.each([
    ['nl', 'rf', 'Herinnering termijn 2 van uw betalingsregeling', '€ 266,66', '28 februari 2026', 'Termijn', '2 / 3'],
    ['fr', 'ogm', 'Rappel de l’échéance 2 de votre plan de paiement', '266,66 €', '28 février 2026', 'Échéance', '2 / 3'],
    ['en', 'rf', 'Reminder: instalment 2 of your payment plan', '€266.66', '28 February 2026', 'Instalment', '2 / 3']
  ] as const)('%s (%s): amount due, due date and the instalment’s own reference in text and QR', (language, scheme, subject, amount, due, infoLabel, infoValue) => {
    const t = shipped(language)
    expect(checkTemplate(t, 'plan-reminder', 'plan-reminder', 'any', language)).toEqual([])
    const data = letter(language, scheme)
    const ref = data.reference!
    expect(ref.printed).toBe(sampleReference(scheme, 12).printed)
    const c = composeLetter(data, t)
    expect(c.subject).toBe(subject)
    expect(c.kind).toBe('plan-reminder')
    const body = texts(c.blocks)
    expect(body).toContain(amount)
    expect(body).toContain(due)
    expect(body).toContain(ref.printed)
    expect(c.info).toEqual(expect.arrayContaining([{ label: infoLabel, value: infoValue }]))
    const pay = c.blocks.find((b) => b.type === 'payment')
    expect(pay?.type === 'payment' && pay.qrPayload).toContain('EUR266.66')
    const structured = scheme === 'ogm' ? ref.printed.replace(/\D/g, '') : ref.bare
    expect(pay?.type === 'payment' && pay.qrPayload?.split('\n')[9]).toBe(structured)
    const table = c.blocks.find((b) => b.type === 'table')
    expect(table?.type === 'table' && table.rows.map((r) => [r.cells[0], r.style ?? 'regular'])).toEqual([['2', 'bold'], ['3', 'regular']])
    expect(table?.type === 'table' && table.rows[1]!.cells[3]).toBe(sampleReference(scheme, 13).printed)
  })

  it('checks an edited template like the others: blocks alone on a line, no unknown placeholders', () => {
    const t = shipped('nl')
    expect(checkTemplate({ subject: t.subject, body: `${t.body}\n\nZie {{schedule}} hierboven. {{invoice}}` }, 'plan-reminder', 'plan-reminder', 'any', 'nl')).toEqual([
      { code: 'block-inline', name: 'schedule' },
      { code: 'unknown-placeholder', name: 'invoice' }
    ])
  })
})
