// A letter as plain text: the body of the e-mail that carries the PDF, in the customer's language.
import type { Block, LetterContent } from './content'

function tableText(block: Extract<Block, { type: 'table' }>): string[] {
  const widths = block.columns.map((c, i) => Math.max(c.label.length, ...block.rows.map((r) => (r.cells[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (block.columns[i]?.align === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(block.columns.map((c) => c.label)), ...block.rows.flatMap((r) => [line(r.cells), ...(r.note ?? []).map((n) => `  ${n}`)])]
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.text]
    case 'table':
      return tableText(block)
    case 'summary': {
      const width = Math.max(...block.rows.map((r) => r.label.length))
      return block.rows.map((r) => `${r.label.padEnd(width)}  ${r.value}`)
    }
    case 'notes':
      return [block.title, ...block.lines]
    case 'payment':
      return [block.title, ...block.lines.map((l) => `${l.label}: ${l.value}`)]
    case 'signatures':
      return []
  }
}

/** The letter's body (the subject travels as the e-mail's subject). */
export function letterText(content: LetterContent): string {
  const paragraphs = content.blocks.map(blockText).filter((lines) => lines.length > 0)
  return `${paragraphs.map((lines) => lines.join('\n')).join('\n\n')}\n`
}
