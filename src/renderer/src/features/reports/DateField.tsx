// A day picked or typed the way the UI language writes dates (31-12-2026, 31/12/2026); the value is ISO.
import '@mantine/dates/styles.css'
import 'dayjs/locale/nl'
import 'dayjs/locale/fr'
import 'dayjs/locale/en-gb'
import { DateInput } from '@mantine/dates'
import { parseDateText } from '../../../../shared/domains/imports/date'
import { useLanguage } from '../../lib/use-language'

const FORMATS = { nl: 'DD-MM-YYYY', fr: 'DD/MM/YYYY', en: 'DD/MM/YYYY' } as const
const LOCALES = { nl: 'nl', fr: 'fr', en: 'en-gb' } as const

export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const language = useLanguage()
  return (
    <DateInput
      size="xs"
      w={140}
      label={label}
      value={value}
      onChange={(next) => {
        if (next) onChange(next)
      }}
      valueFormat={FORMATS[language]}
      locale={LOCALES[language]}
      dateParser={(text) => parseDateText(text.trim())}
      firstDayOfWeek={1}
    />
  )
}
