// A plain report PDF (pdfkit, A4 landscape) for clients who want the aging on paper: the title block,
// then each printable sheet as a table with its header repeated on every page, a totals row and the
// notes shown apart. Letters have their own layout (domains/letters); this is a report, not a letter.
import { join } from 'node:path'
import type { Writable } from 'node:stream'
import PDFDocument from 'pdfkit'
import type { DocColumn, DocSheet, ReportDocument } from '../../../../shared/domains/reports/document'
import { moneyText, numberText } from '../../../../shared/domains/reports/formats'
import type { Cell } from '../../../../shared/domains/reports/tables'
import { reportTexts } from '../../../../shared/domains/reports/texts'
import { letterFontsFolder } from '../../../db/paths'
import { addToTotals, printText } from './cells'
import { sheetCursor } from './sheet-cursor'
import type { DocWriter } from './writer'

const MARGIN = 36
const ROW = 14

const weight = (c: DocColumn): number => (c.type === 'text' ? 2.2 : c.type === 'money' ? 1.3 : 1)
const rightAligned = (c: DocColumn): boolean => ['money', 'int', 'pct', 'decimal'].includes(c.type)

export function createPdfWriter(doc: ReportDocument, sink: Writable): DocWriter {
  const texts = reportTexts(doc.language)
  // the letters' Noto Sans (full Latin, €, and the narrow no-break space of French amounts)
  const fonts = letterFontsFolder()
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: false, info: { Title: doc.title, Author: 'Debito' } })
  pdf.pipe(sink)
  pdf.registerFont('body', join(fonts, 'NotoSans-Regular.ttf'))
  pdf.registerFont('bold', join(fonts, 'NotoSans-Bold.ttf'))
  const width = pdf.page.width - 2 * MARGIN
  const bottom = () => pdf.page.height - MARGIN - ROW

  pdf.font('bold').fontSize(15).text(doc.title, MARGIN, MARGIN)
  pdf.font('body').fontSize(10).fillColor('#444').text(doc.subtitle.join(' · ')).fillColor('black')
  let y = pdf.y + 10
  type Sheet = { index: number; spec: DocSheet; xs: number[]; ws: number[]; totals: number[]; size: number }

  function line(cells: string[], sheet: Sheet, font: 'body' | 'bold', shade = false): void {
    if (y > bottom()) {
      pdf.addPage()
      y = MARGIN
      header(sheet)
    }
    if (shade) pdf.rect(MARGIN, y - 2, width, ROW).fill('#e9ecef').fillColor('black')
    pdf.font(font).fontSize(sheet.size)
    cells.forEach((text, k) => {
      const column = sheet.spec.columns[k] as DocColumn
      pdf.text(text, (sheet.xs[k] ?? 0) + 2, y, { width: (sheet.ws[k] ?? 0) - 4, height: ROW - 2, align: rightAligned(column) ? 'right' : 'left', lineBreak: false, ellipsis: true })
    })
    y += ROW
  }

  const header = (sheet: Sheet) =>
    line(
      sheet.spec.columns.map((c) => c.label),
      sheet,
      'bold',
      true
    )

  function open(index: number): Sheet {
    const spec = doc.sheets[index] as DocSheet
    if (!spec.printable) return { index, spec, xs: [], ws: [], totals: [], size: 0 }
    const total = spec.columns.reduce((s, c) => s + weight(c), 0)
    const ws = spec.columns.map((c) => (width * weight(c)) / total)
    const xs = ws.map((_, k) => MARGIN + ws.slice(0, k).reduce((s, w) => s + w, 0))
    const sheet = { index, spec, xs, ws, totals: [], size: spec.columns.length > 8 ? 7.5 : 9 }
    if (y > bottom() - 3 * ROW) {
      pdf.addPage()
      y = MARGIN
    }
    pdf.font('bold').fontSize(12).text(spec.name, MARGIN, y)
    y = pdf.y + 4
    header(sheet)
    return sheet
  }

  function close(sheet: Sheet): void {
    if (!sheet.spec.printable) return
    line(
      sheet.spec.columns.map((c, k) => (k === 0 ? texts.total : c.total ? printText(c, sheet.totals[k] ?? 0, texts, doc.locale) : '')),
      sheet,
      'bold'
    )
    y += 6
    for (const note of sheet.spec.notes) {
      const amount = note.cents === null ? '' : moneyText(note.cents, doc.locale)
      const count = note.count === undefined || note.count === null ? '' : ` (${numberText(note.count, 0, doc.locale)})`
      pdf.font('body').fontSize(9).text(`${note.label}${count}: ${amount}`, MARGIN, y)
      y = pdf.y + 2
    }
    y += 14
  }

  const at = sheetCursor(open, close)

  return {
    rows(index: number, rows: Cell[][]) {
      const sheet = at(index)
      if (!sheet.spec.printable) return
      for (const cells of rows) line(sheet.spec.columns.map((c, k) => printText(c, cells[k] ?? null, texts, doc.locale)), sheet, 'body')
      addToTotals(sheet.totals, sheet.spec.columns, rows)
    },
    end() {
      close(at(doc.sheets.length - 1))
      return new Promise<void>((resolve, reject) => {
        sink.once('finish', resolve)
        sink.once('error', reject)
        pdf.end()
      })
    }
  }
}
