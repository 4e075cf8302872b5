// English texts of the bank import's warnings; the keys here define the set that nl and fr must match.
export const EN_BANK_WARNINGS = {
  'balance-mismatch': '{file}, statement {statement} ({account}): the opening balance {opening} plus the entries ({entries}) makes {expected}, but the closing balance is {closing}',
  'opening-derived': '{file}, {where}: no opening balance; it was derived from the closing balance and the entries',
  'closing-derived': '{file}, {where}: no closing balance; it was derived from the opening balance and the entries',
  'camt-details-sum': '{file}, {where}: the {count} transaction details add up to {sum}, the entry to {total}',
  'coda-details-sum': '{file}, line {line}: the details of grouped movement {movement} add up to {sum}, not {total}; the total was booked',
  'coda-trailer-count': '{file}, line {line}: the trailer counts {count} records, the statement has {actual}',
  'coda-trailer-totals': '{file}, line {line}: the trailer totals (debit {trailerDebit}, credit {trailerCredit}) differ from the movements (debit {debit}, credit {credit})',
  'continuity-gap':
    '{account}: the opening balance of {opening} on {openingDate} does not continue the closing balance of {previous} on {previousDate} ({previousFile}): a statement may be missing',
  'foreign-account': '{account} is not one of the bank accounts of this administration ({known}): check that this statement belongs here. It is only added as a new account when you confirm.'
} as const

export type BankWarningCode = keyof typeof EN_BANK_WARNINGS
export type BankWarningMessages = Record<BankWarningCode, string>
