// Amounts, numbers and dates share one cache of Intl formatters (shared/intl.ts): formatMoney builds none
// of its own, and what it prints is unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dateTimeFormat, numberFormat } from '../../src/shared/intl'
import { formatMoney } from '../../src/shared/money'

afterEach(() => vi.restoreAllMocks())

describe('one cache of Intl formatters', () => {
  it.each([
    ['nl', 123456, '€\u00a01.234,56'],
    ['nl', -5, '€\u00a0-0,05'],
    ['nl-BE', 123456, '€\u00a01.234,56'],
    ['fr', 123456, '1\u202f234,56\u00a0€'],
    ['en', 123456, '€1,234.56']
  ] as const)('formatMoney in %s prints %i cents as before', (locale, cents, text) => {
    expect(formatMoney(cents, locale)).toBe(text)
  })

  it('formatMoney takes its formatter from the shared cache instead of building one', () => {
    const shared = numberFormat('fr-BE', { style: 'currency', currency: 'USD' })
    const built = vi.spyOn(Intl, 'NumberFormat')
    expect(formatMoney(100, 'fr', 'USD')).toBe(shared.format(1))
    expect(formatMoney(250, 'fr', 'USD')).toBe(shared.format(2.5))
    expect(built).not.toHaveBeenCalled()
  })

  it('builds each locale and option set once', () => {
    const built = vi.spyOn(Intl, 'DateTimeFormat')
    const a = dateTimeFormat('nl-BE', { day: 'numeric', month: 'long' })
    expect(dateTimeFormat('nl-BE', { day: 'numeric', month: 'long' })).toBe(a)
    expect(dateTimeFormat('fr-BE', { day: 'numeric', month: 'long' })).not.toBe(a)
    expect(built).toHaveBeenCalledTimes(2)
  })
})
