// Lays a letter out on A4 pages: the body flows first, so the page count is known when every page
// gets its letterhead or running head, marks, footer and "page n of m".
import type { LetterContent } from '../../../../shared/domains/letters/content'
import type { Page } from './display-list'
import { flowBody } from './flow'
import type { LetterFonts } from './fonts'
import { furniture, type LogoSize } from './page-furniture'

export function layoutLetter(content: LetterContent, fonts: LetterFonts, logo: LogoSize | null): Page[] {
  const bodies = flowBody(content, fonts)
  return bodies.map((ops, i) => ({ ops: [...furniture(content, fonts, logo, i + 1, bodies.length), ...ops] }))
}
