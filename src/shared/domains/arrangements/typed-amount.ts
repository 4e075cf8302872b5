// An amount a person typed, to cents: the language's decimal mark, optional thousands grouping (the other
// mark, or a space as French writes "1 250,50"), at most two decimals. Stricter than the import parser: "12,345" is refused, never rounded to 12,35.
import type { Cents } from '../../money'
import { type DecimalMark, parseAmount } from '../imports/amount'

const TYPED: Record<DecimalMark, RegExp> = {
  ',': /^(\d{1,3}(\.\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(,\d{1,2})?$/,
  '.': /^(\d{1,3}(,\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(\.\d{1,2})?$/
}

export function parseTypedAmount(text: string, mark: DecimalMark): Cents | null {
  const t = text.trim().replace(/^€\s*|\s*€$/g, '')
  return TYPED[mark].test(t) ? parseAmount(t, mark) : null
}

/** The same, also accepting a leading minus (a credit note's amount): "-1.250,00". */
export function parseSignedTypedAmount(text: string, mark: DecimalMark): Cents | null {
  const t = text.trim()
  if (!t.startsWith('-')) return parseTypedAmount(t, mark)
  const cents = parseTypedAmount(t.slice(1), mark)
  return cents === null || cents === 0 ? null : -cents
}
