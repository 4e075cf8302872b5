// Renders composed letters (runs inside the letters worker, or directly for one small preview): one
// archived PDF per letter, one print PDF with every letter on an odd page, and SVG pages for previews.
import type { LetterContent } from '../../../shared/domains/letters/content'
import { logoInfo } from '../../../shared/domains/letters/logo'
import { type FontFiles, loadFonts } from './layout/fonts'
import { layoutLetter } from './layout/layout-letter'
import { drawPages, finishPdf, openPdf, padToOdd, type PdfMeta } from './layout/pdf-writer'
import { pageSvg, pageText } from './layout/svg-writer'
import { forgetTexts } from './layout/text'

export type RenderOutputs = { /** one PDF per letter (the archive) */ each: boolean; /** one PDF for the printer */ batch: boolean; /** SVG pages for a preview */ svg: boolean }

export type RenderJob = {
  fonts: FontFiles
  pdfA: boolean
  /** the creditor: the PDF's author */
  author: string
  logo: Uint8Array | null
  /** `inBatch`: the letter goes into the print PDF (paper letters; e-mails do not) */
  letters: { content: LetterContent; inBatch: boolean }[]
  outputs: RenderOutputs
}

export type RenderMessage =
  | { type: 'letter'; index: number; pages: number; pdf: Uint8Array | null; svg: string[] | null; text: string[] | null }
  | { type: 'batch'; pdf: Uint8Array; pages: number }

export async function renderLetters(job: RenderJob, emit: (m: RenderMessage) => void): Promise<void> {
  const fonts = loadFonts(job.fonts)
  forgetTexts(fonts)
  const info = job.logo ? logoInfo(job.logo) : null
  const logo = info && job.logo ? job.logo : null
  const logoSize = info ? { width: info.width, height: info.height } : null
  const meta = (content: LetterContent): PdfMeta => ({ title: content.title, language: content.language, author: job.author, pdfA: job.pdfA })
  const first = job.letters.find((l) => l.inBatch)
  const batch = job.outputs.batch && first ? openPdf({ ...meta(first.content), title: job.author }, fonts) : null
  for (const [index, { content, inBatch }] of job.letters.entries()) {
    const pages = layoutLetter(content, fonts, logoSize)
    let pdf: Uint8Array | null = null
    if (job.outputs.each) {
      const target = openPdf(meta(content), fonts)
      drawPages(target, pages, fonts, logo)
      pdf = await finishPdf(target)
    }
    if (batch && inBatch) {
      padToOdd(batch)
      drawPages(batch, pages, fonts, logo)
    }
    const svg = job.outputs.svg ? pages.map((p) => pageSvg(p, fonts, logo && info ? { bytes: logo, mime: `image/${info.format}` } : null, content.title)) : null
    // a preview's pages are pictures: their text, line by line, is what a screen reader (or a search) gets
    const text = job.outputs.svg ? pages.map(pageText) : null
    emit({ type: 'letter', index, pages: pages.length, pdf, svg, text })
  }
  if (batch) emit({ type: 'batch', pages: batch.pages, pdf: await finishPdf(batch) })
}
