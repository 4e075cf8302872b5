// Entry point for every bank file: decode, detect the format, parse, check the balances.
import { balanceWarning, type BankFileFormat, type ParsedBankFile } from '../../../../shared/domains/payments/bank-model'
import { parseCamt053 } from './camt053'
import { parseCoda } from './coda'
import { parseMt940 } from './mt940'
import { decodeText } from '../../imports/decode'
import { parseError } from './parse-error'

export function detectBankFormat(text: string): BankFileFormat | null {
  const head = text.trimStart()
  if (head.startsWith('<')) return 'camt053'
  const firstLine = head.slice(0, head.search(/\r?\n|$/))
  if (/^0\d{4}/.test(firstLine) && firstLine.length >= 120) return 'coda'
  if (/^:20:/m.test(text)) return 'mt940'
  return null
}

/** Parses a bank file's bytes; `file` (a name or path) is only used in messages. */
export function parseBankFile(bytes: Uint8Array, file: string): ParsedBankFile {
  const { text } = decodeText(bytes)
  if (text.trim().length === 0) throw parseError(file, null, 'the file is empty')
  const format = detectBankFormat(text)
  if (format === null) throw parseError(file, 'line 1', 'not a CAMT.053, MT940 or CODA bank statement')
  const parsed = format === 'camt053' ? parseCamt053(text, file) : format === 'mt940' ? parseMt940(text, file) : parseCoda(text, file)
  parsed.statements.forEach((s, i) => {
    const warning = balanceWarning(s, file, i)
    if (warning !== null) parsed.warnings.push(warning)
  })
  return parsed
}
