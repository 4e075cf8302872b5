// Renders explanation lines in nl, fr or en. Lines carry typed values so each language formats them its own way.
import { type Cents, decimalToCents, formatMoney } from '../../../money'
import { type IsoDate, toEpochDay } from '../../../dates'
import { type Language } from '../../parties'
import { Big } from '../decimal'
import { type MessageKey, type Messages, EN_MESSAGES } from './messages-en'
import { FR_MESSAGES } from './messages-fr'
import { NL_MESSAGES } from './messages-nl'

/** Explanations exist in every letter language. */
export type ExplainLocale = Language

export type ExplainValue =
  | { money: Cents }
  /** Euros at full precision, shown rounded to the cent. */
  | { euros: string }
  /** Euros at full precision, shown with six decimals where rounding needs explaining. */
  | { exactEuros: string }
  | { date: IsoDate }
  | { percent: string }
  | { count: number }
  /** Another message rendered in place, e.g. a regime or a holiday name. */
  | { label: MessageKey }

export type ExplainLine = { key: MessageKey; values?: Record<string, ExplainValue> }

const MESSAGES: Record<ExplainLocale, Messages> = { nl: NL_MESSAGES, fr: FR_MESSAGES, en: EN_MESSAGES }
const INTL: Record<ExplainLocale, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

function exactEurosText(euros: string, locale: ExplainLocale): string {
  const six = new Big(euros).round(6, Big.roundHalfUp).toFixed(6)
  return locale === 'en' ? `€${six}` : locale === 'nl' ? `€ ${six.replace('.', ',')}` : `${six.replace('.', ',')} €`
}

function percentText(percent: string, locale: ExplainLocale): string {
  const shown = locale === 'en' ? percent : percent.replace('.', ',')
  return locale === 'fr' ? `${shown} %` : `${shown}%`
}

/** One value in the reader's language: amounts, dates, percentages and counts each formatted their own way. */
export function formatExplainValue(value: ExplainValue, locale: ExplainLocale): string {
  if ('money' in value) return formatMoney(value.money, locale)
  if ('euros' in value) return formatMoney(decimalToCents(value.euros) ?? 0, locale)
  if ('exactEuros' in value) return exactEurosText(value.exactEuros, locale)
  if ('date' in value) {
    const format = new Intl.DateTimeFormat(INTL[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    return format.format(new Date(toEpochDay(value.date) * 86_400_000))
  }
  if ('percent' in value) return percentText(value.percent, locale)
  if ('count' in value) return new Intl.NumberFormat(INTL[locale]).format(value.count)
  return MESSAGES[locale][value.label]
}

export function renderLine(line: ExplainLine, locale: ExplainLocale): string {
  return MESSAGES[locale][line.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = line.values?.[name]
    return value === undefined ? whole : formatExplainValue(value, locale)
  })
}

export function renderExplanation(lines: readonly ExplainLine[], locale: ExplainLocale): string[] {
  return lines.map((line) => renderLine(line, locale))
}
