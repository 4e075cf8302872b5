// The dossier's files: the claim specification (PDF and CSV), the invoices, the timeline, the letters sent
// and one JSON with all of it for the agency's own software. CSVs open in NL/BE Excel: `;`, UTF-8 with a BOM.
import Papa from 'papaparse'
import { describeEvent } from '../../../../shared/domains/arrangements/describe-event'
import { ARRANGEMENT_LABELS } from '../../../../shared/domains/arrangements/labels'
import { renderExplanation } from '../../../../shared/domains/legal/explain/render'
import type { Language } from '../../../../shared/domains/parties'
import { centsToDecimal } from '../../../../shared/money'
import type { DossierData, SentLetter } from './dossier-data'

const csv = (fields: string[], data: (string | number)[][]) => '\uFEFF' + Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n' })

/** Amounts as plain decimals with the language's decimal mark, which Excel reads as numbers. */
const amount = (cents: number, language: Language) => (language === 'en' ? centsToDecimal(cents) : centsToDecimal(cents).replace('.', ','))

/** Where a sent letter lies in the ZIP: `brieven/2026-02-01-dunning-nl-b2b-2-12.pdf`. */
export function letterFile(l: Pick<SentLetter, 'id' | 'letterDate' | 'templateKey'>, language: Language): string {
  return `${ARRANGEMENT_LABELS[language].dossier.files.letters}/${l.letterDate}-${l.templateKey.replace(/[^\w.-]+/g, '-')}-${l.id}.pdf`
}

export function claimCsv(d: DossierData, language: Language): string {
  const l = ARRANGEMENT_LABELS[language].dossier
  const rows = d.claim.lines.map((c) => [c.number, c.invoiceDate, c.dueDate, amount(c.principalCents, language), c.interestFrom ?? '', amount(c.interestCents, language), amount(c.costsCents, language), amount(c.totalCents, language)])
  rows.push([l.totals, '', '', amount(d.claim.principalCents, language), '', amount(d.claim.interestCents, language), amount(d.claim.costsCents, language), amount(d.claim.totalCents, language)])
  return csv([l.invoice, l.invoiceDate, l.dueDate, l.principal, l.interestFrom, l.interest, l.costs, l.total], rows)
}

export function invoicesCsv(d: DossierData, language: Language): string {
  const l = ARRANGEMENT_LABELS[language].dossier
  return csv(
    [l.invoice, l.invoiceDate, l.dueDate, l.amount, l.open, l.paymentReference, l.description, l.dunningLevel, l.disputed],
    d.invoices.map((i) => [i.number, i.invoiceDate, i.dueDate, amount(i.amountCents, language), amount(i.openCents, language), i.paymentReference ?? '', i.description ?? '', i.dunningLevel, i.disputed ? l.yes : l.no])
  )
}

export function timelineCsv(d: DossierData, language: Language): string {
  const labels = ARRANGEMENT_LABELS[language]
  // oldest first: an agency reads the history as a story
  const events = [...d.timeline].reverse()
  return csv([labels.dossier.date, labels.dossier.kind, labels.dossier.details], events.map((e) => [e.date, labels.kind[e.kind], describeEvent(e, language)]))
}

/** The machine-readable dossier: amounts in cents, dates ISO, codes untranslated. */
export function dossierJson(d: DossierData, language: Language): string {
  const { creditor, debtor, handover } = d
  return JSON.stringify(
    {
      format: 'debito-dossier/1',
      asOf: d.asOf,
      creditor: creditor && { name: creditor.name, address: creditor.addressLine, postalCode: creditor.postalCode, city: creditor.city, country: creditor.country, iban: creditor.iban, vatNumber: creditor.vatNumber, kvkNumber: creditor.kvkNumber, kboNumber: creditor.kboNumber },
      debtor: { code: debtor.code, name: debtor.name, type: debtor.debtorType, address: debtor.addressLine, postalCode: debtor.postalCode, city: debtor.city, country: debtor.country, email: debtor.email, phone: debtor.phone, iban: debtor.iban, vatNumber: debtor.vatNumber, kvkNumber: debtor.kvkNumber, kboNumber: debtor.kboNumber },
      handover: handover && { kind: handover.kind, party: handover.party, on: handover.handedOverOn, reference: handover.reference, note: handover.note },
      claim: {
        ...d.claim,
        lines: d.claim.lines.map(({ explanation, ...line }) => ({ ...line, explanation: renderExplanation(explanation, language) }))
      },
      invoices: d.invoices.map((i) => ({ number: i.number, invoiceDate: i.invoiceDate, dueDate: i.dueDate, amountCents: i.amountCents, openCents: i.openCents, paymentReference: i.paymentReference, description: i.description, dunningLevel: i.dunningLevel, lastDunnedOn: i.lastDunnedOn, disputed: i.disputed })),
      timeline: d.timeline,
      letters: d.letters.map((l) => ({ file: letterFile(l, language), kind: l.kind, letterDate: l.letterDate, channel: l.channel, reference: l.reference, totalCents: l.totalCents, sentAt: l.sentAt, sha256: l.sha256 }))
    },
    null,
    2
  )
}
