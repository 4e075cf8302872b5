// What the XML Auditfile Financieel reader hands to the pure derivations: ledger lines that carry a
// relation (custSupID), per-account statistics, and what is derived from them.
import type { Cents } from '../../../money'
import type { IsoDate } from '../../../dates'
import type { PaymentHistoryKind } from '../../invoices/payment-history'

/** XAF journal types (jrnTp): B bank, C cash, S sales, P purchases, M memorial, … (null: not stated). */
export type JournalType = string | null

/** One ledger line on a relation: an opening-balance sub-ledger line (obSbLine) or a transaction line (trLine). */
export type XafMovement = {
  /** obSbLine: an item open at the start of the fiscal year */
  opening: boolean
  /** ledger account (accID); an obSbLine names it through its obLine, when it does */
  account: string | null
  /** custSupID */
  party: string
  invRef: string | null
  matchKey: string | null
  docRef: string | null
  /** effDate (else trDt) of a transaction line; the opening balance date of a sub-ledger line */
  date: IsoDate
  /** invDt / invDueDt of a sub-ledger line */
  invoiceDate: IsoDate | null
  dueDate: IsoDate | null
  /** debit positive, credit negative */
  cents: Cents
  journalType: JournalType
  /** where it is in the source, unique over the files: fiscal year/journal/transaction/line */
  ref: string
  description: string | null
  /** line of the element in its file, for problems */
  line: number
}

/** A movement that changed an item after it was raised, as stored in the payment history. */
export type HistoryMove = { on: IsoDate; cents: Cents; kind: PaymentHistoryKind; ref: string }

/** One item per customer and invoice reference, as of the chosen date. */
export type DerivedItem = {
  customerCode: string
  number: string
  invoiceDate: IsoDate
  /** null: the file has none; the customer's or the default payment term decides */
  dueDate: IsoDate | null
  amountCents: Cents
  openCents: Cents
  /** the day the item's balance last reached zero, for an item settled within the files */
  settledOn: IsoDate | null
  description: string | null
  line: number
  /** payments, credit notes and other movements after the item was raised; positive lowers the open amount */
  moves: HistoryMove[]
}

/** How the lines of one ledger account are spread over the relations, for the receivable-account proposal. */
export type AccountStats = {
  id: string
  description: string
  /** accTp: B balance, P profit and loss, M mixed; null when the file does not say */
  type: string | null
  /** lines carrying a customer (custSupTp C) */
  customerLines: number
  /** lines carrying a relation that is both customer and supplier (B), or whose type is not stated */
  bothLines: number
  /** lines carrying a supplier or another relation (S, O) */
  otherLines: number
  /** lines without custSupID */
  plainLines: number
  /** debit minus credit over all lines */
  balanceCents: Cents
}

/** A ledger account the preview lists: proposed as receivable, in doubt, and whether it is used. */
export type XafAccountChoice = AccountStats & { proposed: boolean; doubtful: boolean; chosen: boolean }

/** What an auditfile preview shows beyond the common preview. */
export type XafInfo = {
  version: '3.1' | '3.2'
  files: { fileName: string; fiscalYear: string; startDate: IsoDate; endDate: IsoDate; software: string | null; company: string | null }[]
  startDate: IsoDate
  endDate: IsoDate
  /** the date the open items are as of: the files' end date unless the user chose another */
  asOf: IsoDate
  accounts: XafAccountChoice[]
  /** accounts are in doubt and the user has not chosen yet: nothing can be imported until they do */
  needsConfirmation: boolean
  openCount: number
  openTotalCents: Cents
  /** invoices settled within the files, with their settlement date */
  paidHistory: number
}
