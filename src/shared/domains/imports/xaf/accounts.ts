// Which ledger accounts hold the receivables: the accounts whose lines carry customers. A debtors
// account is a controlled account, so nearly all of its lines name a customer and its balance is a
// debit; a payables account that also carries the odd customer who is a supplier too is not one.
import type { AccountStats } from './model'

const RECEIVABLE_NAME = /debiteur|debtor|receivable|vordering|klant|client|cr[ée]ance/i
const PAYABLE_NAME = /crediteur|creditor|leverancier|supplier|payable|fournisseur|dette/i

/** Share of an account's lines that must carry a customer for it to be proposed without asking. */
export const RECEIVABLE_SHARE = 0.8

export type AccountProposal = {
  /** receivable accounts beyond doubt */
  proposed: string[]
  /** accounts with customer lines that may or may not be receivables: the user decides */
  doubtful: string[]
}

export function proposeReceivableAccounts(accounts: readonly AccountStats[]): AccountProposal {
  const proposed: string[] = []
  const doubtful: string[] = []
  for (const a of accounts) {
    const customerish = a.customerLines + a.bothLines
    // a profit-and-loss account (revenue lines carrying the customer) never holds receivables
    if (customerish === 0 || a.type === 'P') continue
    const receivableName = RECEIVABLE_NAME.test(a.description)
    if (PAYABLE_NAME.test(a.description) && !receivableName) continue
    const total = customerish + a.otherLines + a.plainLines
    const share = customerish / total
    if (share >= RECEIVABLE_SHARE && a.customerLines >= a.otherLines && (a.balanceCents >= 0 || receivableName)) proposed.push(a.id)
    else if (a.customerLines > 0 || receivableName) doubtful.push(a.id)
  }
  return { proposed, doubtful }
}
