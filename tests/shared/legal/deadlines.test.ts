import { describe, expect, it } from 'vitest'
import { beConsumerWaitingPeriod, nlFourteenDayLetter } from '../../../src/shared/domains/legal'

describe('NL 14-dagenbrief', () => {
  it('presumes delivery on the 2nd day after posting and runs 14 days from the next day', () => {
    const r = nlFourteenDayLetter({ posted: '2025-03-04', channel: 'post' })
    expect(r).toMatchObject({ delivery: '2025-03-06', periodStarts: '2025-03-07', lastDayToPay: '2025-03-20', costsDueFrom: '2025-03-21' })
    expect(r.deliverySkipped).toEqual([])
  })

  it('does not count Sundays and Mondays towards delivery', () => {
    const r = nlFourteenDayLetter({ posted: '2025-03-07', channel: 'post' })
    expect(r.delivery).toBe('2025-03-11')
    expect(r.deliverySkipped.map((d) => d.reason)).toEqual(['sunday', 'monday'])
    expect(r.costsDueFrom).toBe('2025-03-26')
  })

  it("does not count King's Day either", () => {
    const r = nlFourteenDayLetter({ posted: '2025-04-24', channel: 'post' })
    expect(r.deliverySkipped).toEqual([
      { date: '2025-04-26', reason: 'kings-day' },
      { date: '2025-04-27', reason: 'sunday' },
      { date: '2025-04-28', reason: 'monday' }
    ])
    expect(r.delivery).toBe('2025-04-29')
  })

  it('extends a period ending on a Saturday to the next working day, unless switched off', () => {
    const r = nlFourteenDayLetter({ posted: '2025-03-06', channel: 'post' })
    expect(r.delivery).toBe('2025-03-08')
    expect(r.period.nominalEnd).toBe('2025-03-22')
    expect(r.lastDayToPay).toBe('2025-03-24')
    expect(r.costsDueFrom).toBe('2025-03-25')
    expect(nlFourteenDayLetter({ posted: '2025-03-06', channel: 'post', extendToWorkingDay: false }).costsDueFrom).toBe('2025-03-23')
  })

  it('runs an Easter-weekend end on past Easter Monday', () => {
    const r = nlFourteenDayLetter({ posted: '2025-04-03', channel: 'post' })
    expect(r.period.skipped.map((d) => d.reason)).toEqual(['saturday', 'easter-sunday', 'easter-monday'])
    expect(r.lastDayToPay).toBe('2025-04-22')
  })

  it('uses a proven receipt date instead of the presumption', () => {
    const r = nlFourteenDayLetter({ posted: '2025-03-04', channel: 'post', received: '2025-03-10' })
    expect(r).toMatchObject({ deliveryBasis: 'proven', periodStarts: '2025-03-11', lastDayToPay: '2025-03-24', costsDueFrom: '2025-03-25' })
    expect(() => nlFourteenDayLetter({ posted: '2025-03-04', channel: 'post', received: '2025-03-03' })).toThrow(expect.objectContaining({ field: 'received' }))
  })

  it('treats an e-mail as received on the day it is sent', () => {
    expect(nlFourteenDayLetter({ posted: '2025-03-04', channel: 'email' })).toMatchObject({ deliveryBasis: 'same-day', lastDayToPay: '2025-03-18' })
  })
})

describe('BE Book XIX waiting period', () => {
  it('starts on the 3rd working day after posting (vector berem-001)', () => {
    const r = beConsumerWaitingPeriod({ sent: '2024-09-02', channel: 'post' })
    expect(r.workingDays).toEqual(['2024-09-03', '2024-09-04', '2024-09-05'])
    expect(r).toMatchObject({ periodStarts: '2024-09-05', periodEnds: '2024-09-18', chargeableFrom: '2024-09-19' })
  })

  it('offers the cautious reading that starts the day after the 3rd working day', () => {
    expect(beConsumerWaitingPeriod({ sent: '2024-09-02', channel: 'post', postReading: 'after' })).toMatchObject({ periodEnds: '2024-09-19', chargeableFrom: '2024-09-20' })
  })

  it('skips weekends and Belgian holidays when counting working days', () => {
    const r = beConsumerWaitingPeriod({ sent: '2024-10-31', channel: 'post' })
    expect(r.workingDays).toEqual(['2024-11-04', '2024-11-05', '2024-11-06'])
    expect(r.chargeableFrom).toBe('2024-11-20')
  })

  it('starts the day after an e-mail', () => {
    expect(beConsumerWaitingPeriod({ sent: '2024-09-02', channel: 'email' })).toMatchObject({ periodStarts: '2024-09-03', periodEnds: '2024-09-16', chargeableFrom: '2024-09-17' })
  })

  it('moves an end on the national holiday to the next working day', () => {
    const r = beConsumerWaitingPeriod({ sent: '2025-07-07', channel: 'email' })
    expect(r.period.nominalEnd).toBe('2025-07-21')
    expect(r.period.skipped).toEqual([{ date: '2025-07-21', reason: 'national-day' }])
    expect(r.chargeableFrom).toBe('2025-07-23')
  })
})
