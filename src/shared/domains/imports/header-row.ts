// Exports often put a title, the administration name or a report date above the column headers.
import type { Cell } from './records'

const SCAN_ROWS = 30

const filled = (cells: readonly Cell[]) => cells.filter((c) => c !== null && c !== '' && !(typeof c === 'string' && c.trim() === '')).length

/**
 * The header row is the first of the leading rows that is (nearly) as wide as the widest one and
 * holds text in at least two cells; title lines above it hold one or two cells.
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): number {
  const head = rows.slice(0, SCAN_ROWS)
  const widest = Math.max(0, ...head.map(filled))
  const index = head.findIndex((cells) => {
    const texts = cells.filter((c) => typeof c === 'string' && c.trim() !== '').length
    return texts >= Math.min(2, widest) && filled(cells) >= widest * 0.6
  })
  return Math.max(index, 0)
}
