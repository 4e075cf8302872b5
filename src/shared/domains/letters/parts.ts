// What one kind of letter contributes to composition, and the values every letter shares.
import type { Block } from './content'
import type { LetterFormat } from './format'
import type { LetterData } from './letter-data'

/** Inline values, named blocks and the kind's lines of the info block. */
export type LetterParts = { values: Record<string, string>; blocks: Record<string, Block[]>; info: { label: string; value: string }[] }

/** Values every letter offers: the parties, the date and the reference. */
export function commonValues(data: LetterData, fmt: LetterFormat): Record<string, string> {
  const c = data.creditor
  return {
    'customer.name': data.debtor.name,
    'customer.code': data.debtor.code,
    'creditor.name': c.name,
    'creditor.iban': c.iban ?? '',
    'creditor.bic': c.bic ?? '',
    'creditor.email': c.email ?? '',
    'creditor.phone': c.phone ?? '',
    date: fmt.date(data.date),
    reference: data.reference?.printed ?? ''
  }
}

export const only = (b: Block | null): Block[] => (b ? [b] : [])
