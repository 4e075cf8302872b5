import { describe, expect, it } from 'vitest'
import { centsToDecimal, decimalToCents } from '../../src/shared/money'

describe('decimalToCents', () => {
  it.each([
    ['1234.56', 123456],
    ['0123.45', 12345],
    ['0.05', 5],
    ['9999999999999.99', 999999999999999],
    ['1234.5', 123450],
    ['1234', 123400],
    ['-0.05', -5],
    ['+12.30', 1230],
    [' 12.30 ', 1230],
    ['1.005', 101],
    ['1.00499', 100],
    ['-2.345', -235],
    ['-0.004', 0],
    ['12345678901234.56', 1234567890123456]
  ])('%s is %d cents', (text, cents) => expect(decimalToCents(text)).toBe(cents))

  it.each(['', '.50', '12.', '1,50', '1.2.3', '12a.00', 'a2.00', '١٢.٣٤', '1e3', '12.3x', '99999999999999999999.00'])('%s is no amount', (text) => expect(decimalToCents(text)).toBeNull())

  it('reads two-decimal amounts the same way, whichever way they are read', () => {
    for (let cents = 0; cents < 2_000_000; cents += 7_919) {
      const text = centsToDecimal(cents)
      expect(decimalToCents(text)).toBe(cents)
      expect(decimalToCents(`+${text}`)).toBe(cents)
      expect(decimalToCents(`0${text}`)).toBe(cents)
    }
  })
})
