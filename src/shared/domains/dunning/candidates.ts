// What the proposal reads: per customer its open items, what was sent before, and its exclusion state.
import { type Cents } from '../../money'
import { type IsoDate } from '../../dates'
import type { CountryCode } from '../countries'
import { type DebtorType, type Jurisdiction, type Language } from '../parties'
import { type CustomerExclusionState, type InvoiceExclusionState } from './eligibility'
import { type InvoiceHistory } from './ladder'
import { type Notice } from './legal-amounts'
import { type PolicyIndex } from './policy'

export type CandidateInvoice = {
  id: number
  number: string
  dueDate: IsoDate
  openCents: Cents
  currency: string
  policyId: number | null
  history: InvoiceHistory
  /** first sent level marked as legal notice (the NL 14-day letter) */
  firstNotice: Notice | null
  /** first reminder sent at all (Book XIX counts from the first reminder) */
  firstReminder: Notice | null
  exclusion: InvoiceExclusionState
  /** payments booked on the invoice, loaded only where the NL 14-day rule needs them */
  payments: readonly { date: IsoDate; cents: Cents }[]
}

export type CandidateCustomer = {
  id: number
  code: string
  name: string
  debtorType: DebtorType
  country: CountryCode
  language: Language
  hasEmail: boolean
  policyId: number | null
  /** the policy of the customer's risk segment (risk/segments.ts): it applies when none was set by hand */
  segmentPolicyId?: number | null
  lastCommunicationOn: IsoDate | null
  exclusion: CustomerExclusionState
  /** open items with an open amount above zero, oldest due date first */
  invoices: readonly CandidateInvoice[]
}

export type Freshness = 'ok' | 'warn' | 'block'

export type ProposalInput = {
  asOf: IsoDate
  creditorCountry: Jurisdiction
  policies: PolicyIndex
  customers: readonly CandidateCustomer[]
  freshness: Freshness
}
