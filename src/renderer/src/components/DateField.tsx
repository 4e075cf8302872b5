// The one date input of the app: a day typed or picked the way the UI language writes dates
// (31-12-2026 in Dutch, 31/12/2026 in French and English, weeks from Monday); the value is ISO.
import '@mantine/dates/styles.css'
import 'dayjs/locale/nl'
import 'dayjs/locale/fr'
import 'dayjs/locale/en-gb'
import { DateInput, type DateInputProps } from '@mantine/dates'
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

export function DateField({ value, onChange, onClear, min, max, ...rest }: Props) {
  const { t } = useTranslation()
  const { locale, format } = FORMATS[useLanguage()]
  return (
    <DateInput
      firstDayOfWeek={1}
      placeholder={t('app.datePlaceholder')}
      {...rest}
      // an emptied field only reports null (and shows a clear button) when the date is optional
      clearable={onClear !== undefined}
      value={value}
      minDate={min}
      maxDate={max}
      valueFormat={format}
      locale={locale}
      dateParser={(text) => parseDateText(text.trim())}
      onChange={(next) => {
        if (next) onChange(next)
        else onClear?.()
      }}
    />
  )
}
