// The lifecycles of disputes, holds and hand-overs: which changes are allowed, and what is in force on a day.
import { daysBetween, type IsoDate } from '../../dates'
import { AppError } from '../../errors'
import type { DisputeStatus } from './vocabulary'

export const DISPUTE_ACTIONS = ['accept', 'reject', 'cancel'] as const
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number]

const NEXT: Record<DisputeAction, DisputeStatus> = { accept: 'accepted', reject: 'rejected', cancel: 'cancelled' }

/**
 * open → accepted (a credit note is expected), rejected (dunning resumes; a note says why) or cancelled
 * (recorded by mistake). An accepted dispute can still be rejected when the promised credit note is refused.
 */
export function nextDisputeStatus(current: DisputeStatus, action: DisputeAction, resolution: string | null): DisputeStatus {
  const allowed = current === 'open' || (current === 'accepted' && action === 'reject')
  if (!allowed) throw new AppError('conflict', `a ${current} dispute cannot be ${NEXT[action]}`, 'status')
  if (action === 'reject' && (resolution ?? '').trim() === '') throw new AppError('validation', 'say why the dispute is rejected', 'resolution')
  return NEXT[action]
}

/** Open and accepted disputes keep an invoice out of dunning (it stays in the balance and the aging). */
export const disputeBlocksDunning = (status: DisputeStatus): boolean => status === 'open' || status === 'accepted'

/** Days an open dispute has been waiting for an answer. */
export function awaitingDays(openedOn: IsoDate, asOf: IsoDate): number {
  return Math.max(0, daysBetween(openedOn, asOf))
}

export type HoldPeriod = { startsOn: IsoDate; until: IsoDate | null; endedOn: IsoDate | null }

/** A hold or snooze is in force from its first day up to and including its end date, unless released earlier. */
export function holdInForce(h: HoldPeriod, asOf: IsoDate): boolean {
  return h.startsOn <= asOf && (h.until === null || asOf <= h.until) && (h.endedOn === null || asOf < h.endedOn)
}
