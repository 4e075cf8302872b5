// Draws laid-out pages as SVG for the on-screen preview. Text is drawn with the letter font's own
// glyph outlines (each glyph defined once per page), so the preview needs no font and matches the PDF.
import { A4, type Op, type Page } from './display-list'
import type { FontName } from './display-list'
import type { LetterFonts } from './fonts'
import { moduleSize, qrRects } from './qr'

const FONT_INDEX: Record<FontName, number> = { regular: 0, bold: 1, italic: 2 }
const n = (v: number) => Number(v.toFixed(2))
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

function textSvg(op: Extract<Op, { op: 'text' }>, fonts: LetterFonts, defs: Map<string, string>): string {
  const font = fonts.fonts[op.font]
  const run = font.layout(op.text)
  const scale = op.size / font.unitsPerEm
  let x = 0
  const uses: string[] = []
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!
    const id = `g${FONT_INDEX[op.font]}_${glyph.id}`
    if (!defs.has(id)) defs.set(id, glyph.path.toSVG())
    if (defs.get(id) !== '') uses.push(`<use href="#${id}" x="${n(x + pos.xOffset)}" y="${n(pos.yOffset)}"/>`)
    x += pos.xAdvance
  })
  const rotate = op.rotate ? ` rotate(${op.rotate})` : ''
  const opacity = op.opacity !== undefined ? ` fill-opacity="${op.opacity}"` : ''
  return `<g transform="translate(${n(op.x)} ${n(op.y)})${rotate} scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" fill="${op.color}"${opacity}>${uses.join('')}</g>`
}

function opSvg(op: Op, fonts: LetterFonts, defs: Map<string, string>, logoHref: string | null): string {
  switch (op.op) {
    case 'text':
      return textSvg(op, fonts, defs)
    case 'line':
      return `<line x1="${n(op.x1)}" y1="${n(op.y1)}" x2="${n(op.x2)}" y2="${n(op.y2)}" stroke="${op.color}" stroke-width="${op.width}"/>`
    case 'rect':
      return `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}" fill="none" stroke="${op.stroke}" stroke-width="${op.width}"/>`
    case 'qr': {
      const qr = qrRects(op.payload)
      const m = moduleSize(qr, op.size)
      const d = qr.rects.map(([c, r, w, h]) => `M${n(op.x + (c + 2) * m)} ${n(op.y + (r + 2) * m)}h${n(w * m)}v${n(h * m)}h${n(-w * m)}z`).join('')
      return `<path d="${d}" fill="#000"/>`
    }
    case 'logo':
      return logoHref ? `<image href="${logoHref}" x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}" preserveAspectRatio="none"/>` : ''
  }
}

export function pageSvg(page: Page, fonts: LetterFonts, logo: { bytes: Uint8Array; mime: string } | null, title: string): string {
  const defs = new Map<string, string>()
  const logoHref = logo ? `data:${logo.mime};base64,${Buffer.from(logo.bytes).toString('base64')}` : null
  const body = page.ops.map((op) => opSvg(op, fonts, defs, logoHref)).join('')
  const glyphs = [...defs].filter(([, d]) => d !== '').map(([id, d]) => `<path id="${id}" d="${d}"/>`)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${A4.width} ${A4.height}" width="${A4.width}" height="${A4.height}">` +
    `<title>${escape(title)}</title><defs>${glyphs.join('')}</defs><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`
  )
}

/** The words on a page in the order they are drawn, one text operation a line (stamps and marks left out). */
export function pageText(page: Page): string {
  return page.ops.flatMap((op) => (op.op === 'text' && op.rotate === undefined ? [op.text] : [])).join('\n')
}
