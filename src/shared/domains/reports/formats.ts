// How numbers and dates look in an export, per locale. Excel keeps the format code in the file and
// shows separators the way the reader's Excel is set up; the [$€-xxx] tag fixes the currency symbol
// and its place (413 nl-NL, 813 nl-BE, 80C fr-BE, 1809 en-IE). CSV and PDF write the text themselves.
import { type ExportLocale } from './document'
import { numberFormat } from '../../intl'

export const MONEY_FORMAT: Record<ExportLocale, string> = {
  'nl-NL': '[$€-413] #,##0.00;[$€-413] -#,##0.00',
  'nl-BE': '#,##0.00 [$€-813];-#,##0.00 [$€-813]',
  'fr-BE': '#,##0.00 [$€-80C];-#,##0.00 [$€-80C]',
  en: '[$€-1809]#,##0.00;-[$€-1809]#,##0.00'
}

export const DATE_FORMAT: Record<ExportLocale, string> = { 'nl-NL': 'dd-mm-yyyy', 'nl-BE': 'dd/mm/yyyy', 'fr-BE': 'dd/mm/yyyy', en: 'dd/mm/yyyy' }

export const PCT_FORMAT = '0.00%'
export const DECIMAL_FORMAT = '0.00'

const INTL: Record<ExportLocale, string> = { 'nl-NL': 'nl-NL', 'nl-BE': 'nl-BE', 'fr-BE': 'fr-BE', en: 'en-IE' }

/** "31-12-2026" or "31/12/2026" for an ISO date. */
export function dateText(iso: string, locale: ExportLocale): string {
  const [y, m, d] = iso.split('-')
  return DATE_FORMAT[locale] === 'dd-mm-yyyy' ? `${d}-${m}-${y}` : `${d}/${m}/${y}`
}

/** Decimal comma for the continental locales, point for English; no grouping (CSV cells stay numbers). */
export function plainNumber(value: number, decimals: number, locale: ExportLocale): string {
  const text = value.toFixed(decimals)
  return locale === 'en' ? text : text.replace('.', ',')
}

/** Cents as "1234,56" (plain, for CSV): integer arithmetic, no floats. */
export function plainCents(cents: number, locale: ExportLocale): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}${locale === 'en' ? '.' : ','}${String(abs % 100).padStart(2, '0')}`
}

/** "€ 1.234,56" / "1.234,56 €" / "€1,234.56" for print (PDF). */
export function moneyText(cents: number, locale: ExportLocale): string {
  return numberFormat(INTL[locale], { style: 'currency', currency: 'EUR' }).format(cents / 100)
}

export function numberText(value: number, decimals: number, locale: ExportLocale): string {
  return numberFormat(INTL[locale], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)
}
