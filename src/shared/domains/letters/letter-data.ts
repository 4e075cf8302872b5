// The plain data a letter is composed from, loaded by main from a dunning action, a customer's ledger or
// a payment plan (or made up for a preview). Amounts are cents, dates ISO; explanations arrive rendered.
import type { IsoDate } from '../../dates'
import type { Cents } from '../../money'
import type { InstalmentReminder } from '../arrangements/instalment-reminder'
import type { ReferenceScheme } from '../arrangements/vocabulary'
import type { Channel } from '../receivables'
import type { CountryCode } from '../countries'
import type { DebtorType, Jurisdiction, Language } from '../parties'
import type { Regime } from './vocabulary'

export type PostalAddress = { name: string; addressLine: string | null; postalCode: string | null; city: string | null }

/** The administration's profile: the letterhead and the payee. */
export type Creditor = PostalAddress & {
  country: Jurisdiction
  iban: string | null
  bic: string | null
  vatNumber: string | null
  kboNumber: string | null
  kvkNumber: string | null
  email: string | null
  phone: string | null
}

export type Debtor = PostalAddress & { code: string; country: CountryCode; debtorType: DebtorType; email: string | null }

export type LetterReference = { scheme: ReferenceScheme; /** as banks report it */ bare: string; /** as printed */ printed: string }

export type DunningLine = {
  number: string
  invoiceDate: IsoDate | null
  description: string | null
  dueDate: IsoDate
  daysOverdue: number
  openCents: Cents
  interestCents: Cents
  interestFrom: IsoDate | null
  /** the rate of the last interest period as a decimal text ("10.15") */
  interestRate: string | null
  compensationCents: Cents
  costsCents: Cents
  /** how this line's interest and costs were computed, in the letter's language */
  explanation: string[]
}

type LetterBase = { date: IsoDate; language: Language; creditor: Creditor; debtor: Debtor; reference: LetterReference | null; channel: Channel }

export type DunningLetterData = LetterBase & {
  kind: 'dunning'
  regime: Regime
  templateKey: string
  level: number
  /** the statutory letter: NL 14-day letter or BE first reminder */
  legalNotice: boolean
  lines: DunningLine[]
  principalCents: Cents
  feeCents: Cents
  costsCents: Cents
  interestCents: Cents
  totalCents: Cents
  /** what follows non-payment: WIK costs (NL 14-day letter) or the damages clause (BE first reminder) */
  announcedCostsCents: Cents
}

export type StatementItem = { number: string; invoiceDate: IsoDate; dueDate: IsoDate; description: string | null; amountCents: Cents; openCents: Cents }
export type StatementPayment = { date: IsoDate; description: string; amountCents: Cents }

export type StatementLetterData = LetterBase & {
  kind: 'statement'
  regime: Regime
  asOf: IsoDate
  items: StatementItem[]
  payments: StatementPayment[]
}

export type PlanInstalment = { seq: number; dueDate: IsoDate; amountCents: Cents; reference: LetterReference | null }

export type PlanLetterData = LetterBase & {
  kind: 'plan'
  regime: Regime
  planId: number
  items: { number: string; dueDate: IsoDate; openCents: Cents }[]
  principalCents: Cents
  costsCents: Cents
  interestCents: Cents
  totalCents: Cents
  instalments: PlanInstalment[]
}

/** The reminder before one plan instalment; `reference` is that instalment's own reference. */
export type PlanReminderLetterData = LetterBase & {
  kind: 'plan-reminder'
  regime: Regime
  planId: number
} & InstalmentReminder<LetterReference>

export type LetterData = DunningLetterData | StatementLetterData | PlanLetterData | PlanReminderLetterData
