// Draws laid-out pages with pdfkit: A4, PDF/A-2b, the letter font embedded as a subset per document.
// One document per archived letter, or one for the printer with every letter starting on an odd page.
import PDFDocument from 'pdfkit'
import type { Language } from '../../../../shared/domains/parties'
import { A4, type Op, type Page } from './display-list'
import type { LetterFonts } from './fonts'
import { moduleSize, qrRuns } from './qr'

export type PdfMeta = { title: string; language: Language; author: string; pdfA: boolean }

const LANG: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

/** An open document; the logo is embedded once per document however many pages show it. */
export type PdfTarget = { doc: PDFKit.PDFDocument; done: Promise<Uint8Array>; pages: number; logo: PDFKit.Mixins.ImageSrc | null }

export function openPdf(meta: PdfMeta, fonts: LetterFonts): PdfTarget {
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    autoFirstPage: false,
    // the pre-parsed letter font is the document's default: the standard Helvetica is never loaded
    font: fonts.fonts.regular as unknown as string,
    ...(meta.pdfA ? { subset: 'PDF/A-2b' as const, pdfVersion: '1.7' as const } : {}),
    lang: LANG[meta.language],
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Creator: 'Debito' }
  })
  doc.registerFont('regular', fonts.fonts.regular as unknown as string)
  doc.registerFont('bold', fonts.fonts.bold as unknown as string)
  doc.registerFont('italic', fonts.fonts.italic as unknown as string)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  return { doc, done, pages: 0, logo: null }
}

type DrawState = { font: string; size: number; color: string }

function drawOp(target: PdfTarget, op: Op, fonts: LetterFonts, state: DrawState, logo: Uint8Array | null): void {
  const doc = target.doc
  switch (op.op) {
    case 'text': {
      if (state.font !== op.font) doc.font((state.font = op.font))
      if (state.size !== op.size) doc.fontSize((state.size = op.size))
      if (state.color !== op.color) doc.fillColor((state.color = op.color))
      const top = op.y - fonts.ascent(op.font, op.size)
      if (op.rotate === undefined) {
        doc.text(op.text, op.x, top, { lineBreak: false })
        return
      }
      doc.save()
      doc.rotate(op.rotate, { origin: [op.x, op.y] })
      if (op.opacity !== undefined) doc.fillOpacity(op.opacity)
      doc.text(op.text, op.x, top, { lineBreak: false })
      doc.restore()
      state.color = ''
      return
    }
    case 'line':
      doc.save().lineWidth(op.width).strokeColor(op.color).moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).stroke().restore()
      return
    case 'rect':
      doc.save().lineWidth(op.width).strokeColor(op.stroke).rect(op.x, op.y, op.w, op.h).stroke().restore()
      return
    case 'qr': {
      const qr = qrRuns(op.payload)
      const m = moduleSize(qr, op.size)
      const x0 = op.x + 2 * m
      const y0 = op.y + 2 * m
      doc.save()
      for (const [r, c, len] of qr.runs) doc.rect(x0 + c * m, y0 + r * m, len * m, m)
      doc.fill('#000000').restore()
      state.color = ''
      return
    }
    case 'logo':
      if (!logo) return
      // pdfkit's openImage is untyped: it parses the file once and the object is drawn on every page
      target.logo ??= (doc as unknown as { openImage(src: Buffer): PDFKit.Mixins.ImageSrc }).openImage(Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength))
      doc.image(target.logo, op.x, op.y, { width: op.w, height: op.h })
      return
  }
}

/** Appends the pages of one letter to a document. */
export function drawPages(target: PdfTarget, pages: Page[], fonts: LetterFonts, logo: Uint8Array | null): void {
  for (const page of pages) {
    target.doc.addPage({ size: [A4.width, A4.height], margin: 0 })
    target.pages++
    const state: DrawState = { font: '', size: 0, color: '' }
    for (const op of page.ops) drawOp(target, op, fonts, state, logo)
  }
}

/** For duplex printing: a blank page so that the next letter starts on the front of a sheet. */
export function padToOdd(target: PdfTarget): void {
  if (target.pages % 2 === 1) {
    target.doc.addPage({ size: [A4.width, A4.height], margin: 0 })
    target.pages++
  }
}

export async function finishPdf(target: PdfTarget): Promise<Uint8Array> {
  target.doc.end()
  return target.done
}
