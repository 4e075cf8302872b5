// The bank import's warnings are codes with typed values, so each language words them and formats the
// amounts and dates its own way: the preview and the import summary in the UI language, the CLI in English.
import type { Cents } from '../../../money'
import type { IsoDate } from '../../../dates'
import { formatExplainValue } from '../../legal/explain/render'
import type { Language } from '../../parties'
import { type BankWarningCode, type BankWarningMessages, EN_BANK_WARNINGS } from './messages-en'
import { FR_BANK_WARNINGS } from './messages-fr'
import { NL_BANK_WARNINGS } from './messages-nl'

export type { BankWarningCode }

export type BankWarningValue = { money: Cents } | { date: IsoDate } | { count: number } | { text: string }

export type BankWarning = { code: BankWarningCode; values: Record<string, BankWarningValue> }

const MESSAGES: Record<Language, BankWarningMessages> = { nl: NL_BANK_WARNINGS, fr: FR_BANK_WARNINGS, en: EN_BANK_WARNINGS }

export const BANK_WARNING_CODES = Object.keys(EN_BANK_WARNINGS) as [BankWarningCode, ...BankWarningCode[]]

export function renderBankWarning(warning: BankWarning, language: Language): string {
  return MESSAGES[language][warning.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = warning.values[name]
    if (value === undefined) return whole
    return 'text' in value ? value.text : formatExplainValue(value, language)
  })
}
