// Segments: rules from risk class, country, debtor type and open amount to a payment term, a credit limit
// suggestion and a dunning policy. The first matching segment (by position) is the customer's.
import type { Cents } from '../../money'
import type { CountryCode } from '../countries'
import type { DebtorType } from '../parties'
import type { RiskClass } from './vocabulary'

export type Segment = {
  id: number
  name: string
  position: number
  /** the classes it takes, e.g. "DE"; null: any */
  classes: string | null
  country: CountryCode | null
  debtorType: DebtorType | null
  minOpenCents: Cents | null
  maxOpenCents: Cents | null
  paymentTermDays: number | null
  creditLimitCents: Cents | null
  dunningPolicyId: number | null
}

export type SegmentSubject = { riskClass: RiskClass; country: CountryCode; debtorType: DebtorType; openCents: Cents }

export function segmentMatches(s: Segment, c: SegmentSubject): boolean {
  return (
    (s.classes === null || s.classes.includes(c.riskClass)) &&
    (s.country === null || s.country === c.country) &&
    (s.debtorType === null || s.debtorType === c.debtorType) &&
    (s.minOpenCents === null || c.openCents >= s.minOpenCents) &&
    (s.maxOpenCents === null || c.openCents <= s.maxOpenCents)
  )
}

/** The first segment by position whose rules all hold, or null. */
export function matchSegment(segments: readonly Segment[], c: SegmentSubject): Segment | null {
  return [...segments].sort((a, b) => a.position - b.position || a.id - b.id).find((s) => segmentMatches(s, c)) ?? null
}

/** A policy or term set by hand on the customer wins; otherwise the segment's applies (null: the administration's default). */
export function bySegment<T>(manual: T | null, segmentValue: T | null | undefined): { value: T | null; source: 'customer' | 'segment' | 'default' } {
  if (manual !== null) return { value: manual, source: 'customer' }
  if (segmentValue !== null && segmentValue !== undefined) return { value: segmentValue, source: 'segment' }
  return { value: null, source: 'default' }
}
