import { describe, expect, it } from 'vitest'
import { easterSunday, holidayOn, isWorkingDay, publicHolidays } from '../../../src/shared/domains/legal'

describe('public holidays', () => {
  it('computes Gregorian Easter, including the earliest and latest possible dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2000)).toBe('2000-04-23')
    expect(easterSunday(2285)).toBe('2285-03-22')
    expect(easterSunday(2038)).toBe('2038-04-25')
  })

  it('lists the ten Belgian legal holidays', () => {
    expect(publicHolidays('BE', 2025).map((h) => `${h.date} ${h.id}`)).toEqual([
      '2025-01-01 new-year',
      '2025-04-21 easter-monday',
      '2025-05-01 labour-day',
      '2025-05-29 ascension',
      '2025-06-09 whit-monday',
      '2025-07-21 national-day',
      '2025-08-15 assumption',
      '2025-11-01 all-saints',
      '2025-11-11 armistice',
      '2025-12-25 christmas'
    ])
  })

  it('lists the Dutch holidays of the Algemene termijnenwet, with 5 May every year', () => {
    const ids = publicHolidays('NL', 2026).map((h) => h.id)
    expect(ids).toContain('liberation-day')
    expect(ids).not.toContain('labour-day')
    expect(publicHolidays('NL', 2026)).toHaveLength(10)
  })

  it("moves King's Day to Saturday when 27 April is a Sunday, and uses Queen's Day before 2014", () => {
    expect(holidayOn('NL', '2025-04-26')?.id).toBe('kings-day')
    expect(holidayOn('NL', '2025-04-27')).toBeUndefined()
    expect(holidayOn('NL', '2023-04-27')?.id).toBe('kings-day')
    expect(holidayOn('NL', '2013-04-30')?.id).toBe('kings-day')
  })

  it('treats weekends and holidays as non-working days', () => {
    expect(isWorkingDay('BE', '2025-07-21')).toBe(false)
    expect(isWorkingDay('NL', '2025-07-21')).toBe(true)
    expect(isWorkingDay('BE', '2025-03-22')).toBe(false)
    expect(isWorkingDay('BE', '2025-03-24')).toBe(true)
  })
})
