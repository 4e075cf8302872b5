// What a letter says, fully worded and formatted in its language: the plain data the layout worker draws.
// Composition (templates, amounts, wording) happens before this; layout (positions, pages) after it.
import type { Language } from '../parties'
import type { LetterKind } from './vocabulary'

export type TextStyle = 'regular' | 'bold' | 'italic'
export type Align = 'left' | 'right'

export type TableColumn = { label: string; /** share of the text width */ width: number; align: Align }
export type TableRow = {
  cells: string[]
  style?: TextStyle
  /** small print under the row, e.g. the invoice's description */
  note?: string[]
  /** a QR code at the end of the row (plan instalments, each with its own reference) */
  qrPayload?: string | null
}

export type Block =
  | { type: 'paragraph'; text: string; style?: TextStyle }
  | { type: 'heading'; text: string }
  /** A table that breaks across pages, repeating its header row on every page. */
  | { type: 'table'; columns: TableColumn[]; rows: TableRow[] }
  /** Amounts right-aligned under each other, e.g. principal, costs, interest, total. */
  | { type: 'summary'; rows: { label: string; value: string; strong?: boolean }[] }
  /** Small print with a title, e.g. the explanation behind each amount. */
  | { type: 'notes'; title: string; lines: string[] }
  /** Transfer details with the EPC QR code ("scan to pay"); never split over two pages. */
  | { type: 'payment'; title: string; lines: { label: string; value: string }[]; qrPayload: string | null; caption: string }
  /** Two signature boxes side by side, each with its caption lines above the line to sign on. */
  | { type: 'signatures'; boxes: { caption: string[]; line: string }[] }

export type Letterhead = {
  name: string
  /** address, phone, e-mail, under the name at the top */
  lines: string[]
  /** one line in the envelope window above the recipient, in small print */
  returnAddress: string
  /** columns of the footer: address, bank, registrations */
  footer: string[][]
}

export type LetterContent = {
  kind: LetterKind
  language: Language
  /** the PDF's document title */
  title: string
  letterhead: Letterhead
  /** the recipient's address lines, as they show in the envelope window */
  recipient: string[]
  /** date, customer number, reference… beside the address */
  info: { label: string; value: string }[]
  subject: string
  blocks: Block[]
  /** "Pagina {page} van {pages}" in the letter's language */
  pageLabel: string
  /** set on a reprint: the stamp and the line saying which letter this copies */
  copy: { stamp: string; note: string } | null
}
