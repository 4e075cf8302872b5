import { describe, expect, it } from 'vitest'
import { awaitingDays, disputeBlocksDunning, holdInForce, nextDisputeStatus } from '../../../src/shared/domains/arrangements/lifecycle'
import { promiseOutcome } from '../../../src/shared/domains/arrangements/promise-outcome'

describe('promiseOutcome', () => {
  const promise = { amountCents: 25_000, promisedDate: '2026-03-10' }
  it.each([
    ['nothing paid, before the date', 0, 25_000, '2026-03-09', 'open'],
    ['nothing paid, on the date', 0, 25_000, '2026-03-10', 'open'],
    ['nothing paid, the day after', 0, 25_000, '2026-03-11', 'broken'],
    ['partly paid, the day after', 24_999, 1, '2026-03-11', 'broken'],
    ['partly paid, before the date', 10_000, 15_000, '2026-03-05', 'open'],
    ['paid in two parts by the date', 25_000, 0, '2026-03-08', 'kept'],
    ['paid more than promised', 30_000, 5_000, '2026-03-11', 'kept'],
    ['nothing left open (a credit note)', 0, 0, '2026-03-11', 'kept']
  ] as const)('%s: %s', (_, paid, open, asOf, outcome) => {
    expect(promiseOutcome({ ...promise, paidByDateCents: paid, openCents: open }, asOf)).toBe(outcome)
  })
})

describe('dispute lifecycle', () => {
  it.each([
    ['open', 'accept', 'accepted'],
    ['open', 'reject', 'rejected'],
    ['open', 'cancel', 'cancelled'],
    ['accepted', 'reject', 'rejected']
  ] as const)('%s → %s gives %s', (from, action, to) => {
    expect(nextDisputeStatus(from, action, 'prijs klopt met de offerte')).toBe(to)
  })

  it.each([
    ['rejected', 'accept'],
    ['rejected', 'reject'],
    ['cancelled', 'accept'],
    ['accepted', 'accept'],
    ['accepted', 'cancel']
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => nextDisputeStatus(from, action, 'x')).toThrow(`a ${from} dispute cannot be`)
  })

  it('wants a reason to reject, keeps open and accepted disputes out of dunning, and counts the days waiting', () => {
    expect(() => nextDisputeStatus('open', 'reject', '  ')).toThrow('say why the dispute is rejected')
    expect(['open', 'accepted', 'rejected', 'cancelled'].filter((s) => disputeBlocksDunning(s as 'open'))).toEqual(['open', 'accepted'])
    expect(awaitingDays('2026-02-27', '2026-03-02')).toBe(3)
    expect(awaitingDays('2026-03-05', '2026-03-02')).toBe(0)
  })
})

describe('holdInForce', () => {
  it.each([
    ['before it starts', { startsOn: '2026-03-01', until: '2026-03-31', endedOn: null }, '2026-02-28', false],
    ['on its first day', { startsOn: '2026-03-01', until: '2026-03-31', endedOn: null }, '2026-03-01', true],
    ['on its end date', { startsOn: '2026-03-01', until: '2026-03-31', endedOn: null }, '2026-03-31', true],
    ['the day after its end date', { startsOn: '2026-03-01', until: '2026-03-31', endedOn: null }, '2026-04-01', false],
    ['a hold without end date, a year on', { startsOn: '2026-03-01', until: null, endedOn: null }, '2027-03-01', true],
    ['released early: not on the day of release', { startsOn: '2026-03-01', until: '2026-03-31', endedOn: '2026-03-10' }, '2026-03-10', false],
    ['released early: still the day before', { startsOn: '2026-03-01', until: '2026-03-31', endedOn: '2026-03-10' }, '2026-03-09', true]
  ])('%s', (_, hold, asOf, expected) => {
    expect(holdInForce(hold, asOf)).toBe(expected)
  })
})
