// What every page carries besides the body: on page 1 the letterhead, the address in the envelope
// window and the info block; on every page the fold and punch marks, the footer and the page number.
// The address field follows DIN 5008 form B (also fine for NEN 1026 left-window envelopes in NL and BE):
// 25 mm from the left, 45 mm from the top, 85 × 45 mm, the return address in its top 17.7 mm.
import type { LetterContent } from '../../../../shared/domains/letters/content'
import { fillPlaceholders } from '../../../../shared/domains/letters/format'
import { A4, mm, type Op } from './display-list'
import type { LetterFonts } from './fonts'
import { fitText } from './text'

export const GREY = '#555555'
export const LIGHT = '#9a9a9a'
export const INK = '#111111'

export const MARGIN_LEFT = mm(25)
export const MARGIN_RIGHT = mm(20)
export const TEXT_WIDTH = A4.width - MARGIN_LEFT - MARGIN_RIGHT
/** DIN 5008 form B: the subject line sits at 98.46 mm */
export const BODY_TOP_FIRST = mm(98.46)
export const BODY_TOP_NEXT = mm(30)
export const BODY_BOTTOM = mm(268)

export const ADDRESS = { x: mm(25), y: mm(45), width: mm(85), returnZone: mm(17.7) } as const
const INFO = { x: mm(120), y: mm(50) } as const
const LOGO_BOX = { width: mm(60), height: mm(24) } as const

export type LogoSize = { width: number; height: number }

function letterheadOps(content: LetterContent, fonts: LetterFonts, logo: LogoSize | null): Op[] {
  const ops: Op[] = []
  const head = content.letterhead
  let y = mm(15) + fonts.ascent('bold', 14)
  ops.push({ op: 'text', x: MARGIN_LEFT, y, text: head.name, font: 'bold', size: 14, color: INK })
  y += 6
  for (const line of head.lines) {
    y += 11
    ops.push({ op: 'text', x: MARGIN_LEFT, y, text: line, font: 'regular', size: 8.5, color: GREY })
  }
  if (logo) {
    const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height)
    const w = logo.width * scale
    const h = logo.height * scale
    ops.push({ op: 'logo', x: A4.width - MARGIN_RIGHT - w, y: mm(12), w, h })
  }
  return ops
}

function addressOps(content: LetterContent, fonts: LetterFonts): Op[] {
  const ops: Op[] = []
  const ret = fitText(content.letterhead.returnAddress, ADDRESS.width, 'regular', 7, fonts)
  const retY = ADDRESS.y + ADDRESS.returnZone - 4
  ops.push({ op: 'text', x: ADDRESS.x, y: retY, text: ret, font: 'regular', size: 7, color: GREY })
  ops.push({ op: 'line', x1: ADDRESS.x, y1: retY + 2, x2: ADDRESS.x + fonts.width(ret, 'regular', 7), y2: retY + 2, width: 0.3, color: LIGHT })
  let y = ADDRESS.y + ADDRESS.returnZone + fonts.ascent('regular', 10)
  for (const line of content.recipient.slice(0, 6)) {
    ops.push({ op: 'text', x: ADDRESS.x, y, text: fitText(line, ADDRESS.width, 'regular', 10, fonts), font: 'regular', size: 10, color: INK })
    y += 12.5
  }
  return ops
}

function infoOps(content: LetterContent, fonts: LetterFonts): Op[] {
  const ops: Op[] = []
  const labelWidth = Math.max(...content.info.map((i) => fonts.width(i.label, 'regular', 8))) + 8
  const valueWidth = A4.width - MARGIN_RIGHT - INFO.x - labelWidth
  let y = INFO.y + fonts.ascent('regular', 9)
  for (const item of content.info) {
    ops.push({ op: 'text', x: INFO.x, y, text: item.label, font: 'regular', size: 8, color: GREY })
    ops.push({ op: 'text', x: INFO.x + labelWidth, y, text: fitText(item.value, valueWidth, 'regular', 9, fonts), font: 'regular', size: 9, color: INK })
    y += 13
  }
  return ops
}

/** Fold marks at 105 and 210 mm and the punch mark at 148.5 mm, on the left edge. */
function marksOps(): Op[] {
  const mark = (y: number, len: number): Op => ({ op: 'line', x1: mm(4), y1: y, x2: mm(4) + len, y2: y, width: 0.4, color: LIGHT })
  return [mark(mm(105), mm(4)), mark(mm(148.5), mm(6)), mark(mm(210), mm(4))]
}

function footerOps(content: LetterContent, fonts: LetterFonts, page: number, pages: number): Op[] {
  const ops: Op[] = []
  const label = fillPlaceholders(content.pageLabel, { page: String(page), pages: String(pages) })
  ops.push({ op: 'text', x: A4.width - MARGIN_RIGHT - fonts.width(label, 'regular', 8), y: mm(274), text: label, font: 'regular', size: 8, color: GREY })
  const top = mm(278)
  ops.push({ op: 'line', x1: MARGIN_LEFT, y1: top, x2: A4.width - MARGIN_RIGHT, y2: top, width: 0.4, color: LIGHT })
  const cols = content.letterhead.footer
  const colWidth = TEXT_WIDTH / Math.max(cols.length, 1)
  cols.forEach((col, c) => {
    col.forEach((line, i) => {
      const text = fitText(line, colWidth - 6, 'regular', 7, fonts)
      ops.push({ op: 'text', x: MARGIN_LEFT + c * colWidth, y: top + 10 + i * 9, text, font: 'regular', size: 7, color: GREY })
    })
  })
  return ops
}

/** Pages after the first: the sender and subject in small print at the top. */
function runningHeadOps(content: LetterContent, fonts: LetterFonts): Op[] {
  const text = fitText(`${content.letterhead.name} · ${content.subject}`, TEXT_WIDTH, 'regular', 8, fonts)
  return [
    { op: 'text', x: MARGIN_LEFT, y: mm(15), text, font: 'regular', size: 8, color: GREY },
    { op: 'line', x1: MARGIN_LEFT, y1: mm(17), x2: A4.width - MARGIN_RIGHT, y2: mm(17), width: 0.4, color: LIGHT }
  ]
}

export const COPY_RED = '#c0392b'

/** A reprint: a large, light diagonal stamp across every page, and the word once more, upright, on page 1. */
function copyStampOps(content: LetterContent, fonts: LetterFonts, page: number): Op[] {
  if (!content.copy) return []
  const stamp = content.copy.stamp
  const diagonal: Op = { op: 'text', x: mm(55), y: mm(215), text: stamp, font: 'bold', size: 96, color: COPY_RED, rotate: -40, opacity: 0.18 }
  if (page > 1) return [diagonal]
  return [diagonal, { op: 'text', x: A4.width - MARGIN_RIGHT - fonts.width(stamp, 'bold', 14), y: mm(42), text: stamp, font: 'bold', size: 14, color: COPY_RED }]
}

export function furniture(content: LetterContent, fonts: LetterFonts, logo: LogoSize | null, page: number, pages: number): Op[] {
  const first = page === 1 ? [...letterheadOps(content, fonts, logo), ...addressOps(content, fonts), ...infoOps(content, fonts)] : runningHeadOps(content, fonts)
  return [...copyStampOps(content, fonts, page), ...first, ...marksOps(), ...footerOps(content, fonts, page, pages)]
}
