import { describe, expect, it } from 'vitest'
import { detectDecimalMark, numberToCents, parseAmount } from '../../../src/shared/domains/imports/amount'

describe('parseAmount', () => {
  it.each([
    ['1.234,56', ',', 123456],
    ['1234,56', ',', 123456],
    ['-1.234,56', ',', -123456],
    ['1.234,56-', ',', -123456],
    ['(1.234,56)', ',', -123456],
    ['€ 1.234,56', ',', 123456],
    ['€\u00a0-1.234,5', ',', -123450],
    ['1 234,56 €', ',', 123456],
    ['1\u202f234,56', ',', 123456],
    ['EUR 10', ',', 1000],
    ['1234.56', '.', 123456],
    ['1,234.56', '.', 123456],
    ['-0,005', ',', -1],
    ['0,00', ',', 0],
    ['12.345.678,9', ',', 1234567890]
  ] as const)('%s (%s) → %i cents', (text, mark, cents) => {
    expect(parseAmount(text, mark)).toBe(cents)
  })

  it.each(['twintig', '12,34,56', '1.23,45', '', '--5', '1,234.56'])('refuses %j', (text) => {
    expect(parseAmount(text, ',')).toBeNull()
  })
})

describe('numberToCents', () => {
  it('uses the shortest decimal text of a double, not its binary value', () => {
    expect(numberToCents(0.1 + 0.2)).toBe(30)
    expect(numberToCents(1234.565)).toBe(123457)
    expect(numberToCents(-73092.18)).toBe(-7309218)
    expect(numberToCents(Number.NaN)).toBeNull()
  })
})

describe('detectDecimalMark', () => {
  it('reads the decimal mark from the sample', () => {
    expect(detectDecimalMark(['1.234,56', '12,00'])).toBe(',')
    expect(detectDecimalMark(['1234.56', '99.9'])).toBe('.')
    expect(detectDecimalMark(['1,234.56'])).toBe('.')
    expect(detectDecimalMark(['1.234.567'])).toBe(',')
  })

  it('defaults to the comma when the sample is ambiguous', () => {
    expect(detectDecimalMark(['1.234', '100'])).toBe(',')
    expect(detectDecimalMark([])).toBe(',')
  })
})
