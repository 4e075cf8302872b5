// Intl formatters are slow to build (tens of microseconds each, far more on a busy machine) and a grid
// page or an export formats thousands of amounts and dates: each locale and option set is built once.
const numbers = new Map<string, Intl.NumberFormat>()
const dates = new Map<string, Intl.DateTimeFormat>()

function cached<F>(cache: Map<string, F>, locale: string, options: object, build: () => F): F {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (format === undefined) cache.set(key, (format = build()))
  return format
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(numbers, locale, options, () => new Intl.NumberFormat(locale, options))

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  cached(dates, locale, options, () => new Intl.DateTimeFormat(locale, options))
