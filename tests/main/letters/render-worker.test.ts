// The letters worker takes one job after another: a second job is drawn by the same warm worker, a job
// that fails ends its worker (and rejects with the reason), and the next job gets a fresh one.
import { describe, expect, it } from 'vitest'
import { renderInWorker } from '../../../src/main/domains/letters/render-in-worker'
import { letterFontFiles } from '../../../src/main/domains/letters/render-options'
import { shippedTemplates } from '../../../src/main/domains/letters/templates.repo'
import { composeLetter } from '../../../src/shared/domains/letters/compose'
import type { Creditor } from '../../../src/shared/domains/letters/letter-data'
import { sampleDunning, sampleReference } from '../../../src/shared/domains/letters/samples'
import { pdfText } from './letters-db'

const CREDITOR: Creditor = { name: 'Werkplaats Test B.V.', addressLine: 'Dorpsstraat 1', postalCode: '1234 AB', city: 'Amsterdam', country: 'NL', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', vatNumber: 'NL001234567B01', kboNumber: null, kvkNumber: '12345678', email: null, phone: null }

function job(names: string[], fonts = letterFontFiles()) {
  const template = shippedTemplates().get('reminder/any.nl')!
  const letters = names.map((name, i) => {
    const data = sampleDunning({ creditor: CREDITOR, regime: 'NL-b2b', templateKey: 'reminder', level: 2, legalNotice: false, language: 'nl', date: '2026-03-03', scheme: 'rf' })
    return { content: composeLetter({ ...data, reference: sampleReference('rf', i + 1), debtor: { ...data.debtor, name } }, template), inBatch: true }
  })
  return { fonts, pdfA: true, author: CREDITOR.name, logo: null, letters, outputs: { each: true, batch: true, svg: false } }
}

describe('the letters worker', () => {
  it('draws job after job, rejects a failing one with its reason, and draws again after it', async () => {
    const first = await renderInWorker(job(['Eerste Klant B.V.', 'Tweede Klant B.V.']))
    expect(pdfText(first.letters[1]!.pdf!)).toContain('Tweede Klant B.V.')
    const second = await renderInWorker(job(['Derde Klant B.V.']))
    expect(pdfText(second.batch!.pdf)).toContain('Derde Klant B.V.')
    await expect(renderInWorker(job(['Vierde Klant B.V.'], { ...letterFontFiles(), bold: '/nonexistent/NotoSans-Bold.ttf' }))).rejects.toThrow(/could not be drawn: .*NotoSans-Bold/)
    const after = await renderInWorker(job(['Vijfde Klant B.V.']))
    expect(pdfText(after.letters[0]!.pdf!)).toContain('Vijfde Klant B.V.')
  }, 90_000)
})
