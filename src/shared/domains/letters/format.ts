// Amounts, dates and rates as the letter's reader expects them (Intl, in the letter's language).
import { type IsoDate, toEpochDay } from '../../dates'
import { type Cents, formatMoney } from '../../money'
import type { Language } from '../parties'
import { EN_LETTER_MESSAGES, type LetterMessageKey, type LetterMessages } from './messages-en'
import { FR_LETTER_MESSAGES } from './messages-fr'
import { NL_LETTER_MESSAGES } from './messages-nl'

const INTL: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }
const MESSAGES: Record<Language, LetterMessages> = { nl: NL_LETTER_MESSAGES, fr: FR_LETTER_MESSAGES, en: EN_LETTER_MESSAGES }

const longDates = new Map<Language, Intl.DateTimeFormat>()
const shortDates = new Map<Language, Intl.DateTimeFormat>()
const numbers = new Map<Language, Intl.NumberFormat>()

function cached<T>(map: Map<Language, T>, language: Language, make: () => T): T {
  let value = map.get(language)
  if (value === undefined) map.set(language, (value = make()))
  return value
}

const asDate = (date: IsoDate) => new Date(toEpochDay(date) * 86_400_000)

/** The formatters of one letter language. */
export type LetterFormat = {
  language: Language
  money(cents: Cents): string
  /** "3 maart 2026", "3 mars 2026", "3 March 2026" */
  date(date: IsoDate): string
  /** "03-03-2026", "03/03/2026", "03/03/2026": in tables */
  shortDate(date: IsoDate): string
  /** "10,15%" / "10,15 %" / "10.15%" from a decimal text such as "10.15" */
  percent(decimal: string): string
  count(n: number): string
  /** a fixed text with its {placeholders} filled */
  t(key: LetterMessageKey, values?: Record<string, string>): string
}

export function letterFormat(language: Language): LetterFormat {
  const long = cached(longDates, language, () => new Intl.DateTimeFormat(INTL[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
  const short = cached(shortDates, language, () => new Intl.DateTimeFormat(INTL[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }))
  const number = cached(numbers, language, () => new Intl.NumberFormat(INTL[language]))
  const messages = MESSAGES[language]
  return {
    language,
    money: (cents) => formatMoney(cents, language),
    date: (date) => long.format(asDate(date)),
    shortDate: (date) => short.format(asDate(date)),
    percent: (decimal) => {
      const shown = language === 'en' ? decimal : decimal.replace('.', ',')
      return language === 'fr' ? `${shown}\u202f%` : `${shown}%`
    },
    count: (n) => number.format(n),
    t: (key, values = {}) => fillPlaceholders(messages[key], values)
  }
}

/** Replaces `{name}` with its value; unknown names stay as they are. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
