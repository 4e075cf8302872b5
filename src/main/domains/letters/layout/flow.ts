// The body of a letter flowing over pages: paragraphs break between lines (never leaving one line
// alone), tables break between rows and repeat their header row, summaries, payment blocks and
// signature boxes stay whole.
import type { Block, LetterContent, TableRow } from '../../../../shared/domains/letters/content'
import { mm, type FontName, type Op } from './display-list'
import type { LetterFonts } from './fonts'
import { BODY_BOTTOM, BODY_TOP_FIRST, BODY_TOP_NEXT, COPY_RED, GREY, INK, LIGHT, MARGIN_LEFT, TEXT_WIDTH } from './page-furniture'
import { wrapText } from './text'

const BODY = { size: 10, lead: 13.5, gap: 7 } as const
const TABLE = { size: 8.5, lead: 11, pad: 3, noteSize: 7.5, noteLead: 9.5, qr: mm(25) } as const
const NOTES = { size: 7.5, lead: 10 } as const
const PAY_QR = mm(30)

export class Flow {
  readonly pages: Op[][] = [[]]
  y = BODY_TOP_FIRST
  constructor(readonly fonts: LetterFonts) {}

  private get ops(): Op[] {
    return this.pages[this.pages.length - 1]!
  }
  get atTop(): boolean {
    return this.y <= (this.pages.length === 1 ? BODY_TOP_FIRST : BODY_TOP_NEXT) + 0.01
  }
  newPage(): void {
    this.pages.push([])
    this.y = BODY_TOP_NEXT
  }
  /** Starts a new page unless `height` still fits on this one (or the page is empty anyway). */
  ensure(height: number): void {
    if (this.y + height > BODY_BOTTOM && !this.atTop) this.newPage()
  }
  text(x: number, text: string, font: FontName, size: number, color = INK, dy = 0): void {
    if (text !== '') this.ops.push({ op: 'text', x, y: this.y + dy + this.fonts.ascent(font, size), text, font, size, color })
  }
  push(op: Op): void {
    this.ops.push(op)
  }

  /** Wrapped lines that may break between lines: up to three stay together, longer runs keep two together. */
  lines(lines: readonly string[], x: number, font: FontName, size: number, lead: number, color = INK): void {
    this.ensure(Math.min(lines.length <= 3 ? lines.length : 2, lines.length) * lead)
    for (const line of lines) {
      this.ensure(lead)
      this.text(x, line, font, size, color)
      this.y += lead
    }
  }

  paragraph(text: string, font: FontName = 'regular'): void {
    this.lines(wrapText(text, TEXT_WIDTH, font, BODY.size, this.fonts), MARGIN_LEFT, font, BODY.size, BODY.lead)
    this.y += BODY.gap
  }

  heading(text: string): void {
    // keep the heading with at least three lines of what follows
    this.ensure(BODY.lead + 3 * TABLE.lead)
    this.text(MARGIN_LEFT, text, 'bold', 10.5)
    this.y += BODY.lead + 2
  }

  table(block: Extract<Block, { type: 'table' }>): void {
    const hasQr = block.rows.some((r) => r.qrPayload)
    const qrColumn = hasQr ? TABLE.qr + 8 : 0
    const totalWeight = block.columns.reduce((s, c) => s + c.width, 0)
    const widths = block.columns.map((c) => ((TEXT_WIDTH - qrColumn) * c.width) / totalWeight)
    const xs = widths.map((_, i) => MARGIN_LEFT + widths.slice(0, i).reduce((s, w) => s + w, 0))
    // a left-aligned cell may run on over the empty cells after it ("Total" in a totals row)
    const span = (cells: string[], i: number) => {
      let w = widths[i] ?? 0
      for (let k = i + 1; k < cells.length && cells[k] === '' && block.columns[i]?.align === 'left'; k++) w += widths[k] ?? 0
      return w
    }
    const cellLines = (cells: string[], font: FontName) => cells.map((cell, i) => wrapText(cell, span(cells, i) - 2 * TABLE.pad, font, TABLE.size, this.fonts))
    const header = cellLines(block.columns.map((c) => c.label), 'bold')
    const headerHeight = Math.max(...header.map((l) => l.length)) * TABLE.lead + 2 * TABLE.pad
    const drawCells = (lines: (readonly string[])[], font: FontName, color = INK) => {
      lines.forEach((cell, i) => {
        const col = block.columns[i]
        cell.forEach((line, k) => {
          const w = this.fonts.width(line, font, TABLE.size)
          const x = col?.align === 'right' ? (xs[i] ?? 0) + (widths[i] ?? 0) - TABLE.pad - w : (xs[i] ?? 0) + TABLE.pad
          this.text(x, line, font, TABLE.size, color, TABLE.pad + k * TABLE.lead)
        })
      })
    }
    const drawHeader = () => {
      drawCells(header, 'bold', GREY)
      this.y += headerHeight
      this.push({ op: 'line', x1: MARGIN_LEFT, y1: this.y, x2: MARGIN_LEFT + TEXT_WIDTH, y2: this.y, width: 0.6, color: GREY })
    }
    const rowHeight = (row: TableRow, lines: (readonly string[])[]) => {
      const text = Math.max(...lines.map((l) => l.length)) * TABLE.lead + (row.note?.length ?? 0) * TABLE.noteLead + 2 * TABLE.pad
      return row.qrPayload ? Math.max(text, TABLE.qr + 2 * TABLE.pad) : text
    }
    const laid = block.rows.map((row) => {
      const lines = cellLines(row.cells, row.style ?? 'regular')
      return { row, lines, height: rowHeight(row, lines) }
    })
    this.ensure(headerHeight + (laid[0]?.height ?? 0))
    drawHeader()
    for (const { row, lines, height } of laid) {
      if (this.y + height > BODY_BOTTOM) {
        this.newPage()
        drawHeader()
      }
      if (row.style === 'bold') this.push({ op: 'line', x1: MARGIN_LEFT, y1: this.y, x2: MARGIN_LEFT + TEXT_WIDTH, y2: this.y, width: 0.6, color: GREY })
      drawCells(lines, row.style ?? 'regular')
      const textHeight = Math.max(...lines.map((l) => l.length)) * TABLE.lead
      row.note?.forEach((note, k) => this.text((xs[0] ?? 0) + TABLE.pad + 6, note, 'italic', TABLE.noteSize, GREY, TABLE.pad + textHeight + k * TABLE.noteLead))
      if (row.qrPayload) this.push({ op: 'qr', x: MARGIN_LEFT + TEXT_WIDTH - TABLE.qr, y: this.y + TABLE.pad, size: TABLE.qr, payload: row.qrPayload })
      this.y += height
      if (row.qrPayload || row.note) this.push({ op: 'line', x1: MARGIN_LEFT, y1: this.y, x2: MARGIN_LEFT + TEXT_WIDTH, y2: this.y, width: 0.3, color: LIGHT })
    }
    this.y += BODY.gap + 2
  }

  summary(rows: Extract<Block, { type: 'summary' }>['rows']): void {
    const width = TEXT_WIDTH * 0.6
    const x = MARGIN_LEFT + TEXT_WIDTH - width
    this.ensure(rows.length * BODY.lead + 4)
    for (const row of rows) {
      const font: FontName = row.strong ? 'bold' : 'regular'
      if (row.strong) this.push({ op: 'line', x1: x, y1: this.y + 1, x2: x + width, y2: this.y + 1, width: 0.6, color: GREY })
      this.text(x, row.label, font, BODY.size, INK, row.strong ? 3 : 0)
      this.text(x + width - this.fonts.width(row.value, font, BODY.size), row.value, font, BODY.size, INK, row.strong ? 3 : 0)
      this.y += BODY.lead + (row.strong ? 3 : 0)
    }
    this.y += BODY.gap
  }

  notes(title: string, lines: string[]): void {
    this.ensure(NOTES.lead * 3)
    this.text(MARGIN_LEFT, title, 'bold', 8, GREY)
    this.y += NOTES.lead + 1
    for (const line of lines) {
      const indent = line.startsWith(' ') ? 10 : 0
      this.lines(wrapText(line.trim(), TEXT_WIDTH - indent, 'regular', NOTES.size, this.fonts), MARGIN_LEFT + indent, 'regular', NOTES.size, NOTES.lead, GREY)
    }
    this.y += BODY.gap
  }

  payment(block: Extract<Block, { type: 'payment' }>): void {
    const pad = 8
    const qrSpace = block.qrPayload ? PAY_QR + pad : 0
    const textWidth = TEXT_WIDTH - 2 * pad - qrSpace
    const labelWidth = Math.max(...block.lines.map((l) => this.fonts.width(l.label, 'regular', 9))) + 10
    const caption = wrapText(block.caption, textWidth, 'italic', 7.5, this.fonts)
    const textHeight = 16 + block.lines.length * 13 + 4 + caption.length * 9.5
    const height = Math.max(textHeight, block.qrPayload ? PAY_QR : 0) + 2 * pad
    this.ensure(height)
    const top = this.y
    this.push({ op: 'rect', x: MARGIN_LEFT, y: top, w: TEXT_WIDTH, h: height, stroke: LIGHT, width: 0.6 })
    this.y = top + pad
    this.text(MARGIN_LEFT + pad, block.title, 'bold', 9.5)
    this.y += 16
    for (const line of block.lines) {
      this.text(MARGIN_LEFT + pad, line.label, 'regular', 9, GREY)
      this.text(MARGIN_LEFT + pad + labelWidth, line.value, line.label === block.lines.at(-1)?.label ? 'bold' : 'regular', 9)
      this.y += 13
    }
    this.y += 4
    for (const line of caption) {
      this.text(MARGIN_LEFT + pad, line, 'italic', 7.5, GREY)
      this.y += 9.5
    }
    if (block.qrPayload) this.push({ op: 'qr', x: MARGIN_LEFT + TEXT_WIDTH - pad - PAY_QR, y: top + pad, size: PAY_QR, payload: block.qrPayload })
    this.y = top + height + BODY.gap + 2
  }

  signatures(boxes: Extract<Block, { type: 'signatures' }>['boxes']): void {
    const width = (TEXT_WIDTH - mm(10)) / Math.max(boxes.length, 1)
    const captionLines = Math.max(...boxes.map((b) => b.caption.length))
    const height = captionLines * BODY.lead + mm(22) + 12
    this.ensure(height)
    const top = this.y
    boxes.forEach((box, i) => {
      const x = MARGIN_LEFT + i * (width + mm(10))
      box.caption.forEach((line, k) => this.text(x, line, k === 0 ? 'regular' : 'bold', BODY.size, INK, k * BODY.lead))
      const lineY = top + captionLines * BODY.lead + mm(20)
      this.push({ op: 'line', x1: x, y1: lineY, x2: x + width, y2: lineY, width: 0.5, color: GREY })
      this.push({ op: 'text', x, y: lineY + 10, text: box.line, font: 'regular', size: 7.5, color: GREY })
    })
    this.y = top + height + BODY.gap
  }

  block(block: Block): void {
    switch (block.type) {
      case 'paragraph':
        return this.paragraph(block.text, block.style)
      case 'heading':
        return this.heading(block.text)
      case 'table':
        return this.table(block)
      case 'summary':
        return this.summary(block.rows)
      case 'notes':
        return this.notes(block.title, block.lines)
      case 'payment':
        return this.payment(block)
      case 'signatures':
        return this.signatures(block.boxes)
    }
  }
}

/** The body of a letter: the copy note, the subject, then every block. */
export function flowBody(content: LetterContent, fonts: LetterFonts): Op[][] {
  const flow = new Flow(fonts)
  if (content.copy) {
    flow.text(MARGIN_LEFT, content.copy.note, 'italic', 9, COPY_RED, -16)
  }
  flow.lines(wrapText(content.subject, TEXT_WIDTH, 'bold', 11, fonts), MARGIN_LEFT, 'bold', 11, 15)
  flow.y += 10
  for (const block of content.blocks) flow.block(block)
  return flow.pages
}
