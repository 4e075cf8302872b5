// A date the bookkeeper types or picks, shown and parsed the way the UI language writes dates.
import '@mantine/dates/styles.css'
import 'dayjs/locale/nl'
import 'dayjs/locale/fr'
import 'dayjs/locale/en-gb'
import { DateInput, DatesProvider } from '@mantine/dates'
import type { Language } from '../../../../shared/domains/parties'
import { parseDateText } from '../../../../shared/domains/imports/date'
import { useLanguage } from '../../lib/use-language'

const LOCALES: Record<Language, { locale: string; format: string }> = {
  nl: { locale: 'nl', format: 'DD-MM-YYYY' },
  fr: { locale: 'fr', format: 'DD/MM/YYYY' },
  en: { locale: 'en-gb', format: 'DD/MM/YYYY' }
}

type Props = { label: string; description: string; value: string; min: string; max: string; onChange: (iso: string) => void }

export function AsOfInput({ label, description, value, min, max, onChange }: Props) {
  const { locale, format } = LOCALES[useLanguage()]
  return (
    <DatesProvider settings={{ locale }}>
      <DateInput
        label={label}
        description={description}
        value={value}
        minDate={min}
        maxDate={max}
        valueFormat={format}
        dateParser={(text) => parseDateText(text)}
        onChange={(v) => v && onChange(v)}
        w={220}
      />
    </DatesProvider>
  )
}
