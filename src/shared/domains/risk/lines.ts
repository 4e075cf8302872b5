// Explanation lines of the risk domain: a message key plus typed values, rendered in nl, fr or en, so
// main, the CLI and the screens say the same thing in each language.
import { type IsoDate, toEpochDay } from '../../dates'
import { type Cents, formatMoney } from '../../money'
import type { Language } from '../parties'
import { EN_RISK, type RiskMessageKey, type RiskMessages } from './messages-en'
import { FR_RISK } from './messages-fr'
import { NL_RISK } from './messages-nl'

export type RiskValue =
  /** a number of days, shown without sign with at most one decimal */
  | { days: number }
  /** a count; `n` also picks the singular or plural text */
  | { count: number }
  | { pct: number }
  | { factor: number }
  | { money: Cents }
  | { date: IsoDate }
  | { text: string }
  /** another message rendered in place */
  | { label: RiskMessageKey }

export type RiskLine = { key: RiskMessageKey; values?: Record<string, RiskValue> }

const MESSAGES: Record<Language, RiskMessages> = { nl: NL_RISK, fr: FR_RISK, en: EN_RISK }
const INTL: Record<Language, string> = { nl: 'nl-NL', fr: 'fr-BE', en: 'en-GB' }

function valueText(v: RiskValue, language: Language): string {
  const number = (n: number, digits: number) => new Intl.NumberFormat(INTL[language], { maximumFractionDigits: digits }).format(n)
  if ('days' in v) return number(Math.abs(v.days), 1)
  if ('count' in v) return number(v.count, 0)
  if ('pct' in v) return `${number(v.pct, 0)}${language === 'en' ? '' : '\u00a0'}%`
  if ('factor' in v) return number(v.factor, 2)
  if ('money' in v) return formatMoney(v.money, language)
  if ('date' in v) return new Intl.DateTimeFormat(INTL[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(toEpochDay(v.date) * 86_400_000))
  if ('label' in v) return renderRiskLine({ key: v.label }, language)
  return v.text
}

export function renderRiskLine(line: RiskLine, language: Language): string {
  const message = MESSAGES[language][line.key]
  const n = line.values?.['n']
  const singular = n !== undefined && 'count' in n && new Intl.PluralRules(INTL[language]).select(n.count) === 'one'
  const template = typeof message === 'string' ? message : singular ? message.one : message.other
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = line.values?.[name]
    return value === undefined ? whole : valueText(value, language)
  })
}

/** Several lines as one sentence, e.g. a forecast's reason. */
export function renderRiskLines(lines: readonly RiskLine[], language: Language): string {
  return lines.map((l) => renderRiskLine(l, language)).join('; ')
}
