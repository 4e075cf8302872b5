// The claim specification as a PDF: creditor, debtor and hand-over, one line per invoice with principal,
// interest and costs, the totals, and how each amount was calculated (the legal engine's explanation).
import PDFDocument from 'pdfkit'
import { formatDate } from '../../../../shared/domains/arrangements/describe-event'
import { ARRANGEMENT_LABELS } from '../../../../shared/domains/arrangements/labels'
import { renderExplanation } from '../../../../shared/domains/legal/explain/render'
import type { Language } from '../../../../shared/domains/parties'
import { formatMoney } from '../../../../shared/money'
import type { DossierData } from './dossier-data'

const MARGIN = 50
const COLUMNS = [
  { key: 'invoice', x: 50, width: 90, align: 'left' },
  { key: 'dueDate', x: 140, width: 80, align: 'left' },
  { key: 'principal', x: 220, width: 85, align: 'right' },
  { key: 'interest', x: 305, width: 75, align: 'right' },
  { key: 'costs', x: 380, width: 75, align: 'right' },
  { key: 'total', x: 455, width: 90, align: 'right' }
] as const

type Party = { name: string; addressLine: string | null; postalCode: string | null; city: string | null; vatNumber: string | null; kvkNumber: string | null; kboNumber: string | null; iban?: string | null }

function partyLines(p: Party, l: (typeof ARRANGEMENT_LABELS)['en']['dossier']): string[] {
  return [
    p.name,
    p.addressLine ?? '',
    [p.postalCode, p.city].filter(Boolean).join(' '),
    p.vatNumber ? `${l.vat}: ${p.vatNumber}` : '',
    p.kvkNumber ? `${l.chamber}: ${p.kvkNumber}` : '',
    p.kboNumber ? `${l.enterprise}: ${p.kboNumber}` : '',
    p.iban ? `${l.iban}: ${p.iban}` : ''
  ].filter((s) => s !== '')
}

export function claimPdf(d: DossierData, language: Language, preparedOn: string): Promise<Uint8Array> {
  const labels = ARRANGEMENT_LABELS[language]
  const l = labels.dossier
  const money = (cents: number) => formatMoney(cents, language)
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `${l.title} – ${d.debtor.name}`, Creator: 'Debito' } })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })

  doc.font('Helvetica-Bold').fontSize(16).text(l.title)
  doc.font('Helvetica').fontSize(9).fillColor('#555').text(`${l.asOf.replace('{date}', formatDate(d.asOf, language))} · ${l.prepared.replace('{date}', formatDate(preparedOn, language))}`)
  doc.fillColor('black').moveDown()

  const top = doc.y
  const block = (title: string, lines: string[], x: number) => {
    doc.font('Helvetica-Bold').fontSize(10).text(title, x, top, { width: 240 })
    doc.font('Helvetica').fontSize(9).text(lines.join('\n'), x, doc.y, { width: 240 })
    return doc.y
  }
  const left = d.creditor ? block(l.creditor, partyLines(d.creditor, l), MARGIN) : top
  const right = block(l.debtor, [`${d.debtor.code}`, ...partyLines(d.debtor, l)], 300)
  doc.y = Math.max(left, right) + 10
  if (d.handover) {
    doc.x = MARGIN
    doc.font('Helvetica-Bold').fontSize(10).text(`${l.handover}: ${labels.handoverKind[d.handover.kind]} ${d.handover.party}`)
    doc.font('Helvetica').fontSize(9).text([`${l.handedOverOn}: ${formatDate(d.handover.handedOverOn, language)}`, d.handover.reference ? `${l.reference}: ${d.handover.reference}` : ''].filter(Boolean).join(' · '))
    doc.moveDown()
  }

  const row = (cells: Record<(typeof COLUMNS)[number]['key'], string>, bold = false) => {
    if (doc.y > doc.page.height - MARGIN - 30) doc.addPage()
    const y = doc.y
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9)
    for (const c of COLUMNS) doc.text(cells[c.key], c.x, y, { width: c.width, align: c.align, lineBreak: false })
    doc.y = y + 14
  }
  row({ invoice: l.invoice, dueDate: l.dueDate, principal: l.principal, interest: l.interest, costs: l.costs, total: l.total }, true)
  doc.moveTo(MARGIN, doc.y - 3).lineTo(545, doc.y - 3).strokeColor('#999').stroke()
  for (const c of d.claim.lines) {
    row({ invoice: c.number, dueDate: formatDate(c.dueDate, language), principal: money(c.principalCents), interest: money(c.interestCents), costs: money(c.costsCents), total: money(c.totalCents) })
  }
  doc.moveTo(MARGIN, doc.y - 3).lineTo(545, doc.y - 3).strokeColor('#999').stroke()
  row({ invoice: l.totals, dueDate: '', principal: money(d.claim.principalCents), interest: money(d.claim.interestCents), costs: money(d.claim.costsCents), total: money(d.claim.totalCents) }, true)

  const explained = d.claim.lines.filter((c) => c.explanation.length > 0)
  if (explained.length > 0) {
    doc.x = MARGIN
    doc.moveDown().font('Helvetica-Bold').fontSize(11).text(l.calculation, MARGIN, doc.y)
    for (const c of explained) {
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(9).text(`${l.invoice} ${c.number}`)
      doc.font('Helvetica').fontSize(8.5).text(renderExplanation(c.explanation, language).join('\n'), { width: 495 })
    }
  }
  doc.end()
  return done
}
