// Writes the common drawing operations of a page (text, lines, boxes, QR codes) straight into the page's
// content stream as one string. pdfkit's text() re-measures, saves, flips and restores the state for every
// line and writes each operator separately; a letter page has some eighty lines, so for a run of letters
// that overhead is most of the printing time. The fonts are still pdfkit's own embedded fonts (encoded
// and subset by pdfkit), so the PDF carries the same glyphs, text mapping and fonts as before.
import { A4, type FontName, type Op } from './display-list'
import { moduleSize, qrRects } from './qr'

/** The part of a pdfkit embedded font the writer uses (pdfkit does not type its font objects). */
export type PdfkitFont = {
  id: string
  ref(): unknown
  /** glyph ids as 4-digit hex, and positions in 1/1000 em */
  encode(text: string): [string[], { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]]
}

/** A page's resources as pdfkit keeps them: fonts used on the page must be listed there. */
export type PageResources = { fonts: Record<string, unknown> }

const num = (n: number) => String(Math.round(n * 1000) / 1000)

const rgbCache = new Map<string, string>()
function rgb(hex: string): string {
  let out = rgbCache.get(hex)
  if (out === undefined) {
    const v = parseInt(hex.slice(1), 16)
    out = [(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff].map((c) => num(c / 255)).join(' ')
    rgbCache.set(hex, out)
  }
  return out
}

export type DirectOp = Exclude<Op, { op: 'logo' }>

/** Whether the writer draws `op` itself (rotated or transparent text is left to pdfkit). */
export function isDirect(op: Op): op is DirectOp {
  return op.op !== 'logo' && !(op.op === 'text' && (op.rotate !== undefined || op.opacity !== undefined))
}

/**
 * The content of one page, built as text and handed to pdfkit in one piece. pdfkit's page starts with
 * the y axis flipped (top-left origin), as the display list is; text is written with the axis turned
 * back, in runs of BT…ET inside one q…Q.
 */
export class PageContent {
  private readonly parts: string[] = []
  private inText = false
  private font = ''
  private size = 0
  private color = ''
  /** where the current text line starts (Td moves from there), in thousandths of a point; null after a Tm of placed glyphs */
  private lineX: number | null = 0
  private lineY = 0

  constructor(
    private readonly doc: DocumentText,
    private readonly resources: PageResources
  ) {}

  add(op: DirectOp): void {
    if (op.op === 'text') return this.text(op)
    this.endText()
    switch (op.op) {
      case 'line':
        this.parts.push(`q ${num(op.width)} w ${rgb(op.color)} RG ${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S Q`)
        return
      case 'rect':
        this.parts.push(`q ${num(op.width)} w ${rgb(op.stroke)} RG ${num(op.x)} ${num(op.y)} ${num(op.w)} ${num(op.h)} re S Q`)
        return
      case 'qr': {
        // in module units: whole numbers, scaled into place once
        const qr = qrRects(op.payload)
        const m = moduleSize(qr, op.size)
        const rects = qr.rects.map(([c, r, w, h]) => `${c} ${r} ${w} ${h} re`)
        const scale = String(Math.round(m * 1e5) / 1e5)
        this.parts.push(`q ${scale} 0 0 ${scale} ${num(op.x + 2 * m)} ${num(op.y + 2 * m)} cm 0 0 0 rg ${rects.join(' ')} f Q`)
        return
      }
    }
  }

  /** The page's content so far, emptied; what pdfkit draws next comes after it. */
  take(): string | null {
    this.endText()
    if (this.parts.length === 0) return null
    const out = this.parts.join('\n')
    this.parts.length = 0
    return out
  }

  private text(op: Extract<Op, { op: 'text' }>): void {
    const font = this.doc.fonts[op.font]
    if (!this.inText) {
      this.parts.push(`q 1 0 0 -1 0 ${num(A4.height)} cm BT`)
      this.inText = true
      this.lineX = 0
      this.lineY = 0
    }
    if (this.font !== font.id || this.size !== op.size) {
      this.resources.fonts[font.id] ??= font.ref()
      this.parts.push(`/${font.id} ${num(op.size)} Tf`)
      this.font = font.id
      this.size = op.size
    }
    if (this.color !== op.color) {
      this.parts.push(`${rgb(op.color)} rg`)
      this.color = op.color
    }
    const y = A4.height - op.y
    const run = this.doc.glyphs(font, op.text)
    if (run === null) {
      this.parts.push(placedGlyphs(font, op.text, op.size, op.x, y))
      this.lineX = null
      return
    }
    // relative to the previous line (shorter than a full Tm, so less to compress), from rounded positions so nothing drifts
    const x = Math.round(op.x * 1000)
    const yy = Math.round(y * 1000)
    this.parts.push(this.lineX === null ? `1 0 0 1 ${x / 1000} ${yy / 1000} Tm ${run}` : `${(x - this.lineX) / 1000} ${(yy - this.lineY) / 1000} Td ${run}`)
    this.lineX = x
    this.lineY = yy
  }

  private endText(): void {
    if (!this.inText) return
    this.parts.push('ET Q')
    this.inText = false
    this.font = ''
    this.size = 0
    this.color = ''
  }
}

/**
 * The letter fonts of one document, with each text's glyph run written once: the letters of a run
 * repeat most of their sentences, and the glyph ids are the document's own subset ids, so the cache
 * lives as long as the document.
 */
export class DocumentText {
  private readonly runs = new Map<string, string>()

  constructor(readonly fonts: Record<FontName, PdfkitFont>) {}

  /** The TJ operators showing `text` from a point set by the caller, or null when it has offset glyphs. */
  glyphs(font: PdfkitFont, text: string): string | null {
    const key = `${font.id}\u0000${text}`
    let run = this.runs.get(key)
    if (run === undefined) {
      if (this.runs.size > 50_000) this.runs.clear()
      run = tjRun(font, text) ?? ''
      this.runs.set(key, run)
    }
    return run === '' ? null : run
  }
}

/**
 * A glyph id (pdfkit gives 4 hex digits) as the two bytes of a literal string: half the size of the
 * hex form, so a page has less to compress. The bytes that end or escape a literal, and line ends
 * (which a reader would normalise), are escaped.
 */
function glyphBytes(hex: string): string {
  const code = parseInt(hex, 16)
  return literalByte(code >> 8) + literalByte(code & 0xff)
}

function literalByte(b: number): string {
  switch (b) {
    case 0x28:
      return '\\('
    case 0x29:
      return '\\)'
    case 0x5c:
      return '\\\\'
    case 0x0a:
      return '\\n'
    case 0x0d:
      return '\\r'
    default:
      return String.fromCharCode(b)
  }
}

/** `text` as TJ operators with kerning adjustments; null when a glyph has an offset (a combining mark). */
function tjRun(font: PdfkitFont, text: string): string | null {
  const [encoded, positions] = font.encode(text)
  const segment: string[] = []
  let bytes = ''
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!
    if (pos.xOffset || pos.yOffset) return null
    bytes += glyphBytes(encoded[i]!)
    const kern = pos.xAdvance - pos.advanceWidth
    if (kern !== 0) {
      segment.push(`(${bytes}) ${num(-kern)}`)
      bytes = ''
    }
  }
  if (bytes !== '') segment.push(`(${bytes})`)
  return segment.length > 0 ? `[${segment.join(' ')}] TJ` : null
}

/** Glyph by glyph, each moved to its own place: for text with combining marks, as pdfkit does. */
function placedGlyphs(font: PdfkitFont, text: string, size: number, x: number, y: number): string {
  const [encoded, positions] = font.encode(text)
  const scale = size / 1000
  const out: string[] = []
  let pen = x
  positions.forEach((pos, i) => {
    out.push(`1 0 0 1 ${num(pen + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm [(${glyphBytes(encoded[i]!)})] TJ`)
    pen += pos.xAdvance * scale
  })
  return out.join('\n')
}
