// Draws laid-out pages with pdfkit: A4, PDF/A-2b, the letter font embedded as a subset per document.
// One document per archived letter, or one for the printer with every letter starting on an odd page.
import PDFDocument from 'pdfkit'
import type { Language } from '../../../../shared/domains/parties'
import { A4, type FontName, type Op, type Page } from './display-list'
import type { LetterFonts } from './fonts'
import { DocumentText, isDirect, PageContent, type PageResources, type PdfkitFont } from './page-content'

export type PdfMeta = { title: string; language: Language; author: string; pdfA: boolean }

const LANG: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

/** An open document; the logo is embedded once per document however many pages show it. */
export type PdfTarget = { doc: PDFKit.PDFDocument; done: Promise<Uint8Array>; pages: number; logo: PDFKit.Mixins.ImageSrc | null; text: DocumentText }

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
  // each font is opened once per document; its pdfkit object encodes and subsets what the pages show
  const open = (name: FontName): PdfkitFont => {
    doc.registerFont(name, fonts.fonts[name] as unknown as string)
    doc.font(name)
    return (doc as unknown as { _font: PdfkitFont })._font
  }
  const text = new DocumentText({ regular: open('regular'), bold: open('bold'), italic: open('italic') })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  return { doc, done, pages: 0, logo: null, text }
}

/** What pdfkit draws itself: the logo, and the rotated, transparent copy stamp. */
function drawWithPdfkit(target: PdfTarget, op: Op, fonts: LetterFonts, logo: Uint8Array | null): void {
  const doc = target.doc
  if (op.op === 'logo') {
    if (!logo) return
    // pdfkit's openImage is untyped: it parses the file once and the object is drawn on every page
    target.logo ??= (doc as unknown as { openImage(src: Buffer): PDFKit.Mixins.ImageSrc }).openImage(Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength))
    doc.image(target.logo, op.x, op.y, { width: op.w, height: op.h })
    return
  }
  if (op.op !== 'text') return
  doc.save()
  doc.font(op.font).fontSize(op.size).fillColor(op.color)
  if (op.rotate !== undefined) doc.rotate(op.rotate, { origin: [op.x, op.y] })
  if (op.opacity !== undefined) doc.fillOpacity(op.opacity)
  doc.text(op.text, op.x, op.y - fonts.ascent(op.font, op.size), { lineBreak: false })
  doc.restore()
}

/** Hands written content to pdfkit as bytes (one char per byte, glyph strings are binary): pdfkit would copy a string into bytes char by char. */
function addContent(doc: PDFKit.PDFDocument, content: string | null): void {
  if (content) doc.addContent(Buffer.from(`${content}\n`, 'latin1') as unknown as string)
}

/** Appends the pages of one letter to a document. */
export function drawPages(target: PdfTarget, pages: Page[], fonts: LetterFonts, logo: Uint8Array | null): void {
  const doc = target.doc
  for (const page of pages) {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 })
    target.pages++
    const content = new PageContent(target.text, doc.page as unknown as PageResources)
    for (const op of page.ops) {
      if (isDirect(op)) {
        content.add(op)
        continue
      }
      addContent(doc, content.take())
      drawWithPdfkit(target, op, fonts, logo)
    }
    addContent(doc, content.take())
  }
}

/** The part of pdfkit's document the blank pages use (pdfkit does not type it). */
type PdfkitInternals = {
  ref(data: object): { end(): void }
  _root: { data: { Pages: { data: { Kids: unknown[]; Count: number } } } }
}

/**
 * For duplex printing: a blank page so that the next letter starts on the front of a sheet. A blank
 * page is only its page object: no content stream (an absent one is an empty page) and empty
 * resources, instead of the three objects and a compressed stream pdfkit's addPage writes for it.
 */
export function padToOdd(target: PdfTarget): void {
  if (target.pages % 2 === 0) return
  const doc = target.doc as unknown as PdfkitInternals
  const pages = doc._root.data.Pages
  const page = doc.ref({ Type: 'Page', Parent: pages, MediaBox: [0, 0, A4.width, A4.height], Resources: {} })
  pages.data.Kids.push(page)
  pages.data.Count++
  page.end()
  target.pages++
}

export async function finishPdf(target: PdfTarget): Promise<Uint8Array> {
  target.doc.end()
  return target.done
}
