import { describe, expect, it } from 'vitest'
import { dateValueToIso, excelSerialToIso, parseDateText } from '../../../src/shared/domains/imports/date'

describe('parseDateText', () => {
  it.each([
    ['05-01-2026', '2026-01-05'],
    ['5-1-26', '2026-01-05'],
    ['05/01/2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T00:00:00', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['29-02-2024', '2024-02-29']
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso)
  })

  it.each(['31-02-2026', '29-02-2025', '2026-13-01', 'gisteren', '', '1-1'])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull()
  })
})

describe('spreadsheet dates', () => {
  it('converts Excel serials from the 1899-12-30 base', () => {
    expect(excelSerialToIso(45292)).toBe('2024-01-01')
    expect(excelSerialToIso(61)).toBe('1900-03-01')
    expect(excelSerialToIso(45292.75)).toBe('2024-01-01')
    expect(excelSerialToIso(0)).toBeNull()
  })

  it('reads exceljs date cells by their UTC day', () => {
    expect(dateValueToIso(new Date(Date.UTC(2026, 0, 31)))).toBe('2026-01-31')
    expect(dateValueToIso(new Date(Number.NaN))).toBeNull()
  })
})
