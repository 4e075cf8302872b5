// Every shipped template, composed with a made-up letter of its regime and drawn as PDF: the debtor, the
// amounts, the reference and the legally required sentences are in the text, only embedded fonts are
// used, the QR decodes to the exact EPC payload, and page 1 is written to tests/artifacts/letters/ as PNG.
import { execFileSync } from 'node:child_process'
import { mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderLetters } from '../../../src/main/domains/letters/render-letters'
import { letterFontFiles } from '../../../src/main/domains/letters/render-options'
import { kindOfKey, shippedTemplates } from '../../../src/main/domains/letters/templates.repo'
import { composeLetter } from '../../../src/shared/domains/letters/compose'
import type { LetterContent } from '../../../src/shared/domains/letters/content'
import { formatMoney } from '../../../src/shared/money'
import type { Creditor, LetterData } from '../../../src/shared/domains/letters/letter-data'
import { epcPayloadFor } from '../../../src/shared/domains/letters/payment-block'
import { sampleDunning, samplePlan, samplePlanReminder, sampleStatement } from '../../../src/shared/domains/letters/samples'
import type { Regime } from '../../../src/shared/domains/letters/vocabulary'
import { pdfFonts, pdfText, qrCodes, withTempFile } from './letters-db'

const ARTIFACTS = join(import.meta.dirname, '../../artifacts/letters')

const NL: Creditor = { name: 'Installatiebedrijf Test B.V.', addressLine: 'Dorpsstraat 1', postalCode: '1234 AB', city: 'Amsterdam', country: 'NL', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', vatNumber: 'NL001234567B01', kboNumber: null, kvkNumber: '12345678', email: 'debiteuren@test.example', phone: '020 123 45 67' }
const BE: Creditor = { ...NL, name: 'Brasserie Ĳzerman BV', addressLine: 'Grote Markt 1', postalCode: '9000', city: 'Gent', country: 'BE', iban: 'BE68539007547034', bic: 'GEBABEBB', vatNumber: 'BE0123456749', kvkNumber: null, kboNumber: '0123.456.749' }

export async function drawPdf(content: LetterContent): Promise<Uint8Array> {
  let pdf: Uint8Array | null = null
  await renderLetters({ fonts: letterFontFiles(), pdfA: true, author: 'Test', logo: null, letters: [{ content, inBatch: false }], outputs: { each: true, batch: false, svg: false } }, (m) => {
    if (m.type === 'letter') pdf = m.pdf
  })
  return pdf!
}

function sampleFor(key: string, regime: Regime, language: 'nl' | 'fr' | 'en'): LetterData {
  const creditor = regime.startsWith('BE') ? BE : NL
  const base = { creditor, regime, language, date: '2026-03-03', scheme: creditor.country === 'BE' ? ('ogm' as const) : ('rf' as const) }
  const kind = kindOfKey(key)
  if (kind === 'statement') return sampleStatement(base)
  if (kind === 'plan') return samplePlan(base)
  if (kind === 'plan-reminder') return samplePlanReminder(base)
  const legalNotice = key === 'nl-14-day-letter' || key === 'be-first-reminder'
  return sampleDunning({ ...base, templateKey: key, level: legalNotice ? 1 : 2, legalNotice })
}

/** What the law makes a letter say, per template and language (legal-reference.md §1.5, §1.6, §2.1, §2.2). */
const MANDATORY: Record<string, Partial<Record<'nl' | 'fr' | 'en', RegExp>>> = {
  'nl-14-day-letter': {
    nl: /binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd[\s\S]*incassokosten verschuldigd van € 253,34/,
    fr: /dans les quatorze jours à compter du lendemain du jour où cette lettre vous a été remise[\s\S]*253,34 €/,
    en: /within fourteen days from the day after this letter has been delivered to you[\s\S]*collection costs of €253\.34/
  },
  'be-first-reminder': {
    nl: /kosteloos[\s\S]*ten minste veertien kalenderdagen[\s\S]*ten hoogste € 65,00/,
    fr: /gratuit[\s\S]*au moins quatorze jours calendrier[\s\S]*65,00 € au maximum/,
    en: /free of charge[\s\S]*at least fourteen calendar days[\s\S]*at most €65\.00/
  }
}
const B2B_BASIS: Record<'NL' | 'BE', Record<'nl' | 'fr' | 'en', RegExp>> = {
  NL: { nl: /artikel 6:119a BW[\s\S]*thans 10,15% per jaar[\s\S]*6:96 lid 4 BW/, fr: /article 6:119a du Code civil néerlandais[\s\S]*10,15 % par an/, en: /article 6:119a of the Dutch Civil Code[\s\S]*10\.15% a year/ },
  BE: { nl: /artikel 5 van de wet van 2 augustus 2002[\s\S]*thans 10,5% per jaar[\s\S]*€ 40 per factuur/, fr: /article 5 de la loi du 2 août 2002[\s\S]*10,5 % par an/, en: /Act of 2 August 2002[\s\S]*10\.5% a year/ }
}

describe('shipped templates drawn as PDF', () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const templates = [...shippedTemplates().values()]

  it('ships every template key for every language', () => {
    const keys = new Set(templates.map((t) => `${t.key}/${t.regime}`))
    for (const k of keys) for (const lang of ['nl', 'fr', 'en']) expect(templates.some((t) => `${t.key}/${t.regime}` === k && t.language === lang), `${k} ${lang}`).toBe(true)
    expect([...keys].sort()).toEqual(
      ['be-first-reminder/BE-b2c', 'courtesy/any', 'demand/BE-b2b', 'demand/NL-b2b', 'demand/any', 'final-notice/BE-b2b', 'final-notice/BE-b2c', 'final-notice/NL-b2b', 'final-notice/NL-b2c', 'nl-14-day-letter/NL-b2c', 'plan-agreement/any', 'plan-reminder/any', 'reminder/any', 'statement/any'].sort()
    )
  })

  // the full proof (fonts, QR) once per template; text and picture for every language
  const proven = new Set<string>()
  it.each(templates.map((t) => [`${t.key}/${t.regime}.${t.language}`, t] as const))('%s', async (_name, t) => {
    // a template for every regime is shown to the debtor it most often serves: consumers for "demand", businesses otherwise
    const b2c = t.key === 'demand' || t.key === 'courtesy'
    const regime: Regime = t.regime === 'any' ? ((`${t.language === 'fr' ? 'BE' : 'NL'}-${b2c ? 'b2c' : 'b2b'}`) as Regime) : t.regime
    const full = !proven.has(`${t.key}/${t.regime}`)
    proven.add(`${t.key}/${t.regime}`)
    const data = sampleFor(t.key, regime, t.language)
    const pdf = await drawPdf(composeLetter(data, t))
    const text = pdfText(pdf)
    expect(text).toContain(data.debtor.name)
    const money = (c: number) => formatMoney(c, t.language).replace(/[\u00a0\u202f]/g, ' ')
    if (data.kind === 'dunning') {
      expect(text).toContain(money(data.totalCents))
      for (const l of data.lines) expect(text).toContain(money(l.openCents))
      expect(text).toContain(data.reference!.printed)
      const mandatory = MANDATORY[t.key]?.[t.language]
      if (mandatory) expect(text.replace(/\s+/g, ' ')).toMatch(mandatory)
      if ((t.key === 'demand' || t.key === 'final-notice') && t.regime.endsWith('b2b')) expect(text.replace(/\s+/g, ' ')).toMatch(B2B_BASIS[regime.startsWith('BE') ? 'BE' : 'NL'][t.language])
      if (t.key === 'nl-14-day-letter') expect(text).not.toMatch(/na dagtekening/)
      if (full) expect(qrCodes(pdf)).toEqual([epcPayloadFor(data.creditor, data.totalCents, data.reference)])
    }
    if (data.kind === 'plan') {
      for (const i of data.instalments) expect(text).toContain(i.reference!.printed)
      if (full) expect(qrCodes(pdf).sort()).toEqual(data.instalments.map((i) => epcPayloadFor(data.creditor, i.amountCents, i.reference)).sort())
    }
    if (data.kind === 'plan-reminder') {
      expect(text).toContain(money(data.dueCents))
      for (const i of data.schedule) expect(text).toContain(i.reference!.printed)
      if (full) expect(qrCodes(pdf)).toEqual([epcPayloadFor(data.creditor, data.dueCents, data.reference)])
    }
    if (full) expect(pdfFonts(pdf).every((line) => /CID TrueType\s+Identity-H\s+yes yes yes/.test(line))).toBe(true)
    withTempFile(pdf, 'letter.pdf', (file, dir) => {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')])
      renameSync(join(dir, 'page.png'), join(ARTIFACTS, `${t.key}-${t.regime}-${t.language}.png`))
    })
  })
})
