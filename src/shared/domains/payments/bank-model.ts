// The normalized bank statement model every parser produces (shared/docs/BANK-MODEL.md).
import type { IsoDate } from '../../dates'
import type { Cents } from '../../money'
import { type BankWarning, renderBankWarning } from './warnings/render'

export const BANK_FILE_FORMATS = ['camt053', 'mt940', 'coda'] as const
export type BankFileFormat = (typeof BANK_FILE_FORMATS)[number]

/** returnReason of a reversal that carries no reason code of its own (CAMT RvslInd on a debit, MT940 RC) */
export const REVERSAL = 'REVERSAL'

export type BankBalance = { date: IsoDate; amountCents: Cents }

export type BankEntry = {
  bookingDate: IsoDate
  valueDate: IsoDate
  /** signed: money in is positive */
  amountCents: Cents
  counterpartyName: string | null
  counterpartyAccount: string | null
  /** bare creditor reference: 12-digit OGM/VCS, `RF…`, or a 16-digit betalingskenmerk */
  structuredReference: string | null
  remittance: string | null
  bankReference: string | null
  /** reason code of a returned or reversed direct debit (AC04, MD06, …); not part of the printed model */
  returnReason: string | null
}

export type BankStatement = {
  account: string
  currency: string
  opening: BankBalance
  closing: BankBalance
  entries: BankEntry[]
}

export type ParsedBankFile = {
  format: BankFileFormat
  statements: BankStatement[]
  warnings: BankWarning[]
}

const PRINTED_ENTRY_KEYS = [
  'bookingDate',
  'valueDate',
  'amountCents',
  'counterpartyName',
  'counterpartyAccount',
  'structuredReference',
  'remittance',
  'bankReference'
] as const

/** The exact public JSON shape of `bank parse`: internal fields such as returnReason are left out. */
export function toPrintedModel(file: ParsedBankFile): unknown {
  return {
    format: file.format,
    statements: file.statements.map((s) => ({
      account: s.account,
      currency: s.currency,
      opening: s.opening,
      closing: s.closing,
      entries: s.entries.map((e) => Object.fromEntries(PRINTED_ENTRY_KEYS.map((k) => [k, e[k]])))
    })),
    warnings: file.warnings.map((w) => renderBankWarning(w, 'en'))
  }
}

/** Opening + Σ entries = closing; a mismatch is a warning, never a refusal. */
export function balanceWarning(statement: BankStatement, file: string, index: number): BankWarning | null {
  const sum = statement.entries.reduce((acc, e) => acc + e.amountCents, 0)
  const expected = statement.opening.amountCents + sum
  if (expected === statement.closing.amountCents) return null
  return {
    code: 'balance-mismatch',
    values: {
      file: { text: file },
      statement: { count: index + 1 },
      account: { text: statement.account },
      opening: { money: statement.opening.amountCents },
      entries: { money: sum },
      expected: { money: expected },
      closing: { money: statement.closing.amountCents }
    }
  }
}
