// The one date input of the app: a day typed or picked the way the UI language writes dates
// (31-12-2026 in Dutch, 31/12/2026 in French and English, weeks from Monday); the value is ISO.
import '@mantine/dates/styles.css'
import 'dayjs/locale/nl'
import 'dayjs/locale/fr'
import 'dayjs/locale/en-gb'
import { DateInput, type DateInputProps } from '@mantine/dates'
import { type FocusEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/domains/parties'
import { parseDateText } from '../../../shared/domains/imports/date'
import { useLanguage } from '../lib/use-language'

const FORMATS: Record<Language, { locale: string; format: string }> = {
  nl: { locale: 'nl', format: 'DD-MM-YYYY' },
  fr: { locale: 'fr', format: 'DD/MM/YYYY' },
  en: { locale: 'en-gb', format: 'DD/MM/YYYY' }
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'locale' | 'dateParser' | 'minDate' | 'maxDate'> & {
  value: string | null
  /** a complete, valid day */
  onChange: (iso: string) => void
  /** the field was emptied; without it an emptied field keeps its last day */
  onClear?: () => void
  min?: string
  max?: string
}

type Rejection = 'dateRequired' | 'dateRejected' | 'dateOutOfRange'

/** Why a text left in the field is not taken as a date, or null when it is (or may stay empty). */
function rejection(text: string, emptyAllowed: boolean, min?: string, max?: string): Rejection | null {
  if (text === '') return emptyAllowed ? null : 'dateRequired'
  const iso = parseDateText(text)
  if (!iso) return 'dateRejected'
  return (min && iso < min) || (max && iso > max) ? 'dateOutOfRange' : null
}

export function DateField({ value, onChange, onClear, min, max, onBlur, error, ...rest }: Props) {
  const { t } = useTranslation()
  const { locale, format } = FORMATS[useLanguage()]
  // The field goes back to its last valid day when left with a text that is not one; say so, with the text.
  const [rejected, setRejected] = useState<{ text: string; why: Rejection } | null>(null)
  const checkOnLeave = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event)
    const text = event.currentTarget.value.trim()
    const why = rejection(text, onClear !== undefined || value === null, min, max)
    setRejected(why ? { text, why } : null)
  }
  const placeholder = t('app.datePlaceholder')
  return (
    <DateInput
      firstDayOfWeek={1}
      placeholder={placeholder}
      {...rest}
      error={error ?? (rejected && t(`app.${rejected.why}`, { text: rejected.text, format: placeholder }))}
      onBlur={checkOnLeave}
      // an emptied field only reports null (and shows a clear button) when the date is optional
      clearable={onClear !== undefined}
      value={value}
      minDate={min}
      maxDate={max}
      valueFormat={format}
      locale={locale}
      dateParser={(text) => parseDateText(text.trim())}
      onChange={(next) => {
        setRejected(null)
        if (next) onChange(next)
        else onClear?.()
      }}
    />
  )
}
