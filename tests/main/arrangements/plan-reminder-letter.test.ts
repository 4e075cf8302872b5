// The reminder letter before a plan instalment on the real encrypted store: drawn with the instalment's
// amount, due date and own reference (RF or OGM, in text and in the QR code) in nl, fr and en, archived with
// its fingerprint only when it goes out (which also ticks the reminder off), and a second time only as a
// confirmed copy; as an .eml with the PDF attached. PDFs are read back with poppler and zbar.
import { readFileSync } from 'node:fs'
import { and, eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { auditLog, letters, planInstalments } from '../../../src/main/db/schema'
import { createPlan, markInstalmentReminded, planDetail, proposePlan } from '../../../src/main/domains/arrangements/plans.service'
import { sha256, verifyArchive } from '../../../src/main/domains/letters/letters.repo'
import { previewTemplate } from '../../../src/main/domains/letters/preview.service'
import { listTemplates, restoreTemplate, saveTemplate, templateForEditing } from '../../../src/main/domains/letters/templates.repo'
import { planReminder, previewPlanReminder } from '../../../src/main/domains/letters/plan-reminder.service'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { worklistOf } from '../../../src/main/domains/worklist/worklist.service'
import type { Jurisdiction, Language } from '../../../src/shared/domains/parties'
import { type TestDb, createTestDb } from '../../helpers/db'
import { rejection } from '../../helpers/errors'
import { mt940 } from '../../helpers/mt940'
import { addInvoice } from '../dunning/dunning-db'
import { addAddressedCustomer, pdfText, qrCodes, setUpLetterhead } from '../letters/letters-db'

let t: TestDb
afterEach(() => t?.close())

/** A € 350,00 plan in three monthly instalments from 31 March 2026 (116,66 + 116,66 + 116,68), made on 1 March. */
function planFor(country: Jurisdiction, language: Language, email: string | null = null) {
  t = createTestDb()
  setUpLetterhead(t.db, country)
  const customer = addAddressedCustomer(t.db, { code: 'K100', name: 'Bouw Ĳssel B.V.', language, email, country })
  const ids = [addInvoice(t.db, { customer, number: '2026-001', dueDate: '2026-02-01', amountCents: 25_000 }), addInvoice(t.db, { customer, number: '2026-002', dueDate: '2026-02-03', amountCents: 10_000 })]
  const terms = { customerId: customer, invoiceIds: ids, frequency: 'monthly' as const, startDate: '2026-03-31' }
  const plan = createPlan(t.db, { ...terms, schedule: proposePlan(t.db, { ...terms, instalments: 3 }, '2026-03-01').schedule }, '2026-03-01')
  const instalments = planDetail(t.db, plan.id, '2026-03-01').instalments
  return { plan, instalments, customer }
}

const auditActions = () => t.db.select({ action: auditLog.action, data: auditLog.dataJson }).from(auditLog).all()

/** The first instalment paid with its own reference on 30 March (a real bank file through matching). */
const payFirst = (reference: string) =>
  importBankFile(t.db, mt940([{ date: '2026-03-30', amountCents: 11_666, iban: 'NL02RABO0123456789', name: 'Bouw IJssel', reference }], { statement: 'S1', account: 'NL91ABNA0417164300' }), 'S1.sta')

describe('the instalment reminder letter', () => {
  it.each([
    ['nl', 'NL', /^RF\d\d 9000 0000 0\d$/, '€ 116,66', '30 april 2026', 'Herinnering termijn 2 van uw betalingsregeling'],
    ['fr', 'BE', /^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/, '116,66 €', '30 avril 2026', 'Rappel de l’échéance 2 de votre plan de paiement'],
    ['en', 'NL', /^RF\d\d 9000 0000 0\d$/, '€116.66', '30 April 2026', 'Reminder: instalment 2 of your payment plan']
  ] as const)('%s (%s): the PDF names the amount, due date and reference, and its QR pays exactly that', async (language, country, refShape, amount, due, subject) => {
    const { plan, instalments } = planFor(country, language)
    const second = instalments.find((i) => i.seq === 2)!
    const printed = second.reference!.printed
    expect(printed).toMatch(refShape)
    payFirst(instalments.find((i) => i.seq === 1)!.reference!.reference)
    expect(planDetail(t.db, plan.id, '2026-04-27').progress.paidCents).toBe(11_666)
    const preview = await previewPlanReminder(t.db, second.id)
    expect(preview.title).toBe(subject)
    expect(preview.pages).toHaveLength(1)

    const out = await planReminder(t.db, { instalmentId: second.id, today: '2026-04-27' })
    expect(out.files.map((f) => f.name)).toEqual([`termijnherinnering-K100-${plan.id}-2.pdf`])
    const pdf = out.files[0]!.bytes
    const text = pdfText(pdf)
    // paid so far and still open: 116,66 of 350,00 paid, 233,34 to go
    expect(text).toContain(amount.replace('116,66', '233,34').replace('116.66', '233.34'))
    for (const expected of ['Bouw Ĳssel B.V.', subject, amount, due, printed, 'Lindenlaan 3']) expect(text).toContain(expected)
    // the remaining schedule: this instalment and the last one, each with its own reference
    expect(text).toContain(instalments.find((i) => i.seq === 3)!.reference!.printed)
    expect(text).not.toContain(instalments.find((i) => i.seq === 1)!.reference!.printed)
    const [qr, ...more] = qrCodes(pdf)
    expect(more).toEqual([])
    const lines = qr!.split('\n')
    expect(lines.slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT'])
    expect(lines[6]).toBe(country === 'BE' ? 'BE68539007547034' : 'NL91ABNA0417164300')
    expect(lines[7]).toBe('EUR116.66')
    expect(lines[9]).toBe(country === 'BE' ? printed.replace(/\D/g, '') : printed.replace(/ /g, ''))

    // nothing is archived or ticked off until it actually went out
    expect(t.db.select().from(letters).all()).toEqual([])
    expect(worklistOf(t.db, '2026-04-27').filter((i) => i.kind === 'instalment-reminder').map((i) => i.ref)).toEqual([second.id])
    out.commit('printed')
    const row = t.db.select().from(letters).get()!
    expect(row).toMatchObject({ kind: 'plan-reminder', planId: plan.id, templateKey: 'plan-reminder', templateVersion: 'shipped:1', language, channel: 'letter', letterDate: '2026-04-27', reference: second.reference!.reference, totalCents: 11_666, copyOf: null })
    expect(row.sentAt).not.toBeNull()
    expect(row.sha256).toBe(sha256(pdf))
    expect(new Uint8Array(row.pdf)).toEqual(pdf)
    expect(verifyArchive(t.db)).toMatchObject({ letters: 1, failures: [] })
    expect(t.db.select().from(planInstalments).where(eq(planInstalments.id, second.id)).get()!.remindedOn).toBe('2026-04-27')
    expect(worklistOf(t.db, '2026-04-27').filter((i) => i.kind === 'instalment-reminder')).toEqual([])
    expect(auditActions().slice(-2)).toEqual([
      { action: 'plan.instalment-reminded', data: expect.stringContaining(`"letterId":${row.id}`) },
      { action: 'letters.plan-reminder', data: expect.stringContaining(`"sha256":"${row.sha256}"`) }
    ])
    // the encrypted file holds no trace of the customer or the letter in plaintext
    expect(readFileSync(t.file).includes('Bouw')).toBe(false)
  })

  it('goes out once: again only after confirming, as a copy marked "kopie" beside the original', async () => {
    const { instalments } = planFor('NL', 'nl')
    const first = instalments.find((i) => i.seq === 1)!
    ;(await planReminder(t.db, { instalmentId: first.id, today: '2026-03-27' })).commit('printed')
    expect(await rejection(planReminder(t.db, { instalmentId: first.id, today: '2026-03-28' }))).toMatchObject({ kind: 'conflict', field: 'resend' })
    const copy = await planReminder(t.db, { instalmentId: first.id, today: '2026-03-28', resend: true })
    expect(copy.copies).toBe(true)
    expect(pdfText(copy.files[0]!.bytes)).toMatch(/KOPIE[\s\S]*Kopie van de brief van 27 maart 2026/)
    copy.commit('printed')
    const rows = t.db.select({ copyOf: letters.copyOf, letterDate: letters.letterDate }).from(letters).all()
    expect(rows).toEqual([{ copyOf: null, letterDate: '2026-03-27' }, { copyOf: expect.any(Number), letterDate: '2026-03-28' }])
    // the reminder stays recorded on its first day
    expect(t.db.select().from(planInstalments).where(eq(planInstalments.id, first.id)).get()!.remindedOn).toBe('2026-03-27')
  })

  it('as an .eml: a draft to the customer with the PDF attached, archived as sent by e-mail', async () => {
    const { instalments } = planFor('NL', 'nl', 'boekhouding@ijssel.example')
    const third = instalments.find((i) => i.seq === 3)!
    const out = await planReminder(t.db, { instalmentId: third.id, today: '2026-05-28', eml: true })
    const eml = out.files.find((f) => f.mime === 'message/rfc822')!
    const message = Buffer.from(eml.bytes).toString('utf8')
    expect(message).toContain('To: =?UTF-8?B?')
    expect(message).toContain('<boekhouding@ijssel.example>')
    expect(message).toContain('X-Unsent: 1')
    const body = Buffer.from(/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(message)![1]!.replace(/\r\n/g, ''), 'base64').toString('utf8').replace(/\u00a0/g, ' ')
    expect(body).toContain(third.reference!.printed)
    expect(body).toContain('€ 116,68')
    const attachment = /Content-Disposition: attachment;[^\r\n]*\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(message)![1]!
    expect(pdfText(Buffer.from(attachment.replace(/\r\n/g, ''), 'base64'))).toContain(third.reference!.printed)
    out.commit('downloaded')
    expect(t.db.select({ channel: letters.channel }).from(letters).get()).toEqual({ channel: 'email' })
  })

  it('refuses what cannot be reminded: no e-mail address, no postal address, a paid instalment, an ended plan', async () => {
    const { plan, instalments, customer } = planFor('NL', 'nl')
    const first = instalments.find((i) => i.seq === 1)!
    expect(await rejection(planReminder(t.db, { instalmentId: first.id, today: '2026-03-27', eml: true }))).toMatchObject({ kind: 'validation', field: 'email' })
    t.db.$client.prepare('UPDATE customers SET address_line = NULL WHERE id = ?').run(customer)
    expect(await rejection(planReminder(t.db, { instalmentId: first.id, today: '2026-03-27' }))).toMatchObject({ kind: 'validation', field: 'customer.addressLine' })
    t.db.$client.prepare("UPDATE payment_plans SET status = 'cancelled' WHERE id = ?").run(plan.id)
    expect(await rejection(planReminder(t.db, { instalmentId: first.id, today: '2026-03-27' }))).toMatchObject({ kind: 'conflict', field: 'planId' })
    expect(t.db.select().from(letters).all()).toEqual([])
    expect(t.db.select().from(planInstalments).where(and(eq(planInstalments.planId, plan.id))).all().every((i) => i.remindedOn === null)).toBe(true)
    // ticking a reminder off by hand (a call) still works without a letter
    markInstalmentReminded(t.db, first.id, '2026-03-27')
    expect(auditActions().at(-1)).toEqual({ action: 'plan.instalment-reminded', data: expect.stringContaining('"letterId":null') })
  })

  it('is edited like the other templates: listed, previewed live, saved per administration and used by the next reminder, then restored', async () => {
    const { instalments } = planFor('BE', 'fr')
    const id = { key: 'plan-reminder', regime: 'any' as const, language: 'fr' as const }
    expect(listTemplates(t.db).filter((l) => l.key === 'plan-reminder')).toEqual(['en', 'fr', 'nl'].map((language) => expect.objectContaining({ kind: 'plan-reminder', regime: 'any', language, custom: null })))
    const shipped = templateForEditing(t.db, id).shipped
    const body = shipped.body.replace('Madame, Monsieur,', 'Chère cliente, cher client,')
    const preview = await previewTemplate(t.db, id, { subject: shipped.subject, body: `${body}\n\n{{inconnu}}` }, '2026-04-27')
    expect(preview.problems).toEqual([{ code: 'unknown-placeholder', name: 'inconnu' }])
    expect(preview).toMatchObject({ title: 'Rappel de l’échéance 2 de votre plan de paiement', pages: [expect.stringMatching(/^<svg/)] })
    saveTemplate(t.db, id, { subject: shipped.subject, body })
    const out = await planReminder(t.db, { instalmentId: instalments.find((i) => i.seq === 1)!.id, today: '2026-03-27' })
    expect(pdfText(out.files[0]!.bytes)).toContain('Chère cliente, cher client,')
    out.commit('printed')
    expect(t.db.select({ v: letters.templateVersion }).from(letters).get()!.v).toMatch(/^custom:/)
    expect(restoreTemplate(t.db, id).origin).toBe('shipped')
  })
})
