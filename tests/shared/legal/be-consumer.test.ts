import { describe, expect, it } from 'vitest'
import { beConsumerFlatDamages, beConsumerInterestCap, beReminderCostCap, bookXixAppliesFrom } from '../../../src/shared/domains/legal'

describe('Book XIX flat damages cap (art. XIX.4 WER)', () => {
  it('is EUR 20 up to and including EUR 150', () => {
    expect(beConsumerFlatDamages(15_000)).toMatchObject({ tier: 'flat', maxCents: 2000 })
    expect(beConsumerFlatDamages(1)).toMatchObject({ tier: 'flat', maxCents: 2000 })
  })

  it('jumps to EUR 30 + 10% of the part above EUR 150 from EUR 150.01', () => {
    expect(beConsumerFlatDamages(15_001)).toMatchObject({ tier: 'middle', raw: '30.001', maxCents: 3000 })
    expect(beConsumerFlatDamages(16_000).maxCents).toBe(3100)
    expect(beConsumerFlatDamages(50_000)).toMatchObject({ tier: 'middle', maxCents: 6500 })
  })

  it('continues with EUR 65 + 5% of the part above EUR 500', () => {
    expect(beConsumerFlatDamages(50_001)).toMatchObject({ tier: 'upper', maxCents: 6500 })
    expect(beConsumerFlatDamages(100_000).maxCents).toBe(9000)
  })

  it('never exceeds EUR 2,000', () => {
    expect(beConsumerFlatDamages(3_920_000)).toMatchObject({ maxCents: 200_000, cappedAtMaximum: false })
    expect(beConsumerFlatDamages(3_920_100)).toMatchObject({ maxCents: 200_000, cappedAtMaximum: true })
    expect(beConsumerFlatDamages(10_000_000).maxCents).toBe(200_000)
  })
})

describe('Book XIX interest cap', () => {
  it('caps agreed interest at the art. 5 rate of the day', () => {
    expect(beConsumerInterestCap({ contractualPercent: '12', date: '2025-01-01' })).toMatchObject({
      capPercent: '11.5',
      chargeablePercent: '11.5',
      exceedsCap: true
    })
    expect(beConsumerInterestCap({ contractualPercent: '12', date: '2024-12-31' })).toMatchObject({ capPercent: '12.5', chargeablePercent: '12', exceedsCap: false })
  })

  it('names the ordinary legal rate a creditor falls back to if the clause is void', () => {
    expect(beConsumerInterestCap({ contractualPercent: '12', date: '2025-01-01' }).legalRatePercent).toBe('4.5')
  })

  it('marks a cap that rests on the formula only', () => {
    expect(beConsumerInterestCap({ contractualPercent: '8', date: '2026-02-01' }).capConfidence).toBe('computed')
  })
})

describe('Book XIX reminder costs (art. XIX.2)', () => {
  it('makes the first reminder free and caps later ones at EUR 7.50 + postage', () => {
    expect(beReminderCostCap({ reminderNumber: 1, postageCents: 140 })).toEqual({ maxCents: 0, reason: 'first-reminder-free' })
    expect(beReminderCostCap({ reminderNumber: 2, postageCents: 140 })).toEqual({ maxCents: 890, reason: 'capped' })
    expect(beReminderCostCap({ reminderNumber: 3, postageCents: 0 }).maxCents).toBe(750)
  })

  it('limits free first reminders for regular deliveries to three missed due dates a year', () => {
    expect(beReminderCostCap({ reminderNumber: 1, postageCents: 0, missedDueDateThisYear: 3 }).maxCents).toBe(0)
    expect(beReminderCostCap({ reminderNumber: 1, postageCents: 0, missedDueDateThisYear: 4 })).toEqual({ maxCents: 750, reason: 'regular-supply-limit-reached' })
  })

  it('rejects a reminder number below 1', () => {
    expect(() => beReminderCostCap({ reminderNumber: 0, postageCents: 0 })).toThrow(expect.objectContaining({ field: 'reminderNumber' }))
  })

  it('applies to older contracts only from 1-12-2023', () => {
    expect(bookXixAppliesFrom('2023-09-01')).toBe('2023-09-01')
    expect(bookXixAppliesFrom('2023-08-31')).toBe('2023-12-01')
  })
})
