import type { Language } from '../../../shared/domains/parties'
import { dateTimeFormat, numberFormat } from '../../../shared/intl'
import { formatMoney } from '../../../shared/money'

const DATE_LOCALES: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

export function money(cents: number, language: Language): string {
  return formatMoney(cents, language)
}

/** ISO business date as the user reads it (31-12-2026, 31/12/2026). */
export function date(iso: string, language: Language): string {
  return dateTimeFormat(DATE_LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
}

export function count(n: number, language: Language): string {
  return numberFormat(DATE_LOCALES[language]).format(n)
}

/** A file's size as the user reads it: "840 kB", "12,3 MB". */
export function fileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte']
  return numberFormat(DATE_LOCALES[language], { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
}

/** The time of day of an ISO timestamp, in the computer's time zone: "14:05". */
export function clockTime(isoTimestamp: string, language: Language): string {
  return dateTimeFormat(DATE_LOCALES[language], { hour: '2-digit', minute: '2-digit' }).format(new Date(isoTimestamp))
}
