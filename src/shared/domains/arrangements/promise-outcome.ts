// When a promise to pay is kept or broken: kept as soon as payments matched after it was made reach the
// promised amount (or nothing is left open), broken the day after the promised date otherwise.
import type { IsoDate } from '../../dates'
import type { Cents } from '../../money'
import type { PromiseStatus } from './vocabulary'

export type PromiseFacts = {
  amountCents: Cents
  promisedDate: IsoDate
  /** payments matched to the promise's invoices since it was made, booked on or before the promised date */
  paidByDateCents: Cents
  /** what the promise's invoices still have open */
  openCents: Cents
}

export function promiseOutcome(p: PromiseFacts, asOf: IsoDate): Exclude<PromiseStatus, 'cancelled'> {
  if (p.paidByDateCents >= p.amountCents || p.openCents <= 0) return 'kept'
  return asOf > p.promisedDate ? 'broken' : 'open'
}
