import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import { useApi } from '../api/ApiProvider'
import { rememberLanguage } from '../i18n'
import { useLanguage } from '../lib/use-language'

export function LanguagePicker() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const change = (value: string) => {
    const next = value as Language
    rememberLanguage(next)
    void i18n.changeLanguage(next)
    // main's menus and dialogs follow the UI language
    void api.app.setLanguage({ language: next }).catch(() => undefined)
  }
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={language}
      onChange={change}
      data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase(), title: t(`languages.${l}`) }))}
    />
  )
}
