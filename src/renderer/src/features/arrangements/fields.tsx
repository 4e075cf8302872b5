// The money input that follows the UI language: amounts go through the shared decimal parser to cents
// (never floats). Dates use the app's one DateField (components/DateField).
import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseSignedTypedAmount, parseTypedAmount } from '../../../../shared/domains/arrangements/typed-amount'
import type { Language } from '../../../../shared/domains/parties'
import { centsToDecimal } from '../../../../shared/money'
import { useLanguage } from '../../lib/use-language'

type Base = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & { error?: string | undefined }

const decimalMark = (language: Language) => (language === 'en' ? '.' : ',')

/** Cents as the reader types them back: "1250,50" (nl, fr) or "1250.50" (en). */
export function amountText(cents: number | null, language: Language): string {
  return cents === null ? '' : centsToDecimal(cents).replace('.', decimalMark(language))
}

const typed = (text: string, language: Language, signed = false) => (signed ? parseSignedTypedAmount : parseTypedAmount)(text, decimalMark(language))

/** `value` in cents; `onChange` gets null while the text is not an amount; `signed` lets a minus through (credit notes). */
export function AmountField({ value, onChange, error, signed = false, ...rest }: Base & { value: number | null; onChange: (cents: number | null) => void; signed?: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [text, setText] = useState(amountText(value, language))
  const [touched, setTouched] = useState(false)
  // a value set from outside (a proposal, the balance button) replaces what was typed
  const [seen, setSeen] = useState({ value, language })
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language })
    if (typed(text, language, signed) !== value) setText(amountText(value, language))
  }
  const invalid = touched && text.trim() !== '' && typed(text, language, signed) === null
  return (
    <TextInput
      inputMode="decimal"
      {...rest}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value)
        onChange(typed(e.currentTarget.value, language, signed))
      }}
      onBlur={() => setTouched(true)}
      error={invalid ? t('arrangements.invalidAmount') : error}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
    />
  )
}
