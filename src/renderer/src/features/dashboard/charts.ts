// What the dashboard's and the reports' charts share: colours per aging bucket and compact axis amounts.
import type { Language } from '../../../../shared/domains/parties'
import { dateTimeFormat, numberFormat } from '../../../../shared/intl'

export const BUCKET_COLORS = ['#12b886', '#fab005', '#fd7e14', '#fa5252', '#be4bdb', '#7950f2', '#4c6ef5', '#228be6', '#15aabf']

const LOCALE: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

/** "€ 120k" on an axis: whole euros, compact. */
export function axisEuros(euros: number, language: Language): string {
  return numberFormat(LOCALE[language], { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 0 }).format(euros)
}

/** "nov. 26" for a month "2026-11". */
export function monthLabel(month: string, language: Language): string {
  return dateTimeFormat(LOCALE[language], { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
}
