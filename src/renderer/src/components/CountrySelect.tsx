// Any ISO 3166 country, named in the UI language; the two home countries first, then alphabetical.
import { Select } from '@mantine/core'
import { useMemo } from 'react'
import { COUNTRY_CODES, type CountryCode, countryName } from '../../../shared/domains/countries'
import { JURISDICTIONS } from '../../../shared/domains/parties'
import { useLanguage } from '../lib/use-language'

type Props = { label: string; value: CountryCode; onChange: (code: CountryCode) => void; error?: string | undefined }

export function CountrySelect({ label, value, onChange, error }: Props) {
  const language = useLanguage()
  const data = useMemo(() => {
    const home = new Set<string>(JURISDICTIONS)
    const rest = COUNTRY_CODES.filter((c) => !home.has(c)).map((c) => ({ value: c, label: countryName(c, language) }))
    rest.sort((a, b) => a.label.localeCompare(b.label, language))
    return [...JURISDICTIONS.map((c) => ({ value: c, label: countryName(c, language) })), ...rest]
  }, [language])
  return <Select label={label} data={data} value={value} onChange={(v) => v && onChange(v as CountryCode)} searchable allowDeselect={false} error={error} />
}
