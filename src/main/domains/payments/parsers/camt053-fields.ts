// Amount, sign and date fields shared by CAMT balances and entries.
import { isIsoDate } from '../../../../shared/dates'
import { decimalToCents } from '../../../../shared/money'
import { parseError } from './parse-error'
import { textOf } from './xml-node'

export function camtAmount(node: unknown, where: string, file: string, path: string[] = ['Amt']): number {
  const raw = textOf(node, ...path)
  const cents = raw === null ? null : decimalToCents(raw)
  if (cents === null || cents < 0) throw parseError(file, `${where}/${path.join('/')}`, `malformed amount ${JSON.stringify(raw ?? '')}`)
  return cents
}

export function camtSign(node: unknown, where: string, file: string): 1 | -1 {
  const ind = textOf(node, 'CdtDbtInd')
  if (ind === 'CRDT') return 1
  if (ind === 'DBIT') return -1
  throw parseError(file, `${where}/CdtDbtInd`, `expected CRDT or DBIT, found ${JSON.stringify(ind ?? '')}`)
}

/** `<X><Dt>…</Dt></X>` or `<X><DtTm>…</DtTm></X>`: the calendar date as written. */
export function camtDate(node: unknown, name: string): string | null {
  const raw = textOf(node, name, 'Dt') ?? textOf(node, name, 'DtTm')
  const date = raw?.slice(0, 10) ?? null
  return date !== null && isIsoDate(date) ? date : null
}
