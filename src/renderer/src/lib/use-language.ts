import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/domains/parties'
import { currentLanguage } from '../i18n'

/** The UI language, for formatting money and dates the way the reader expects. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return currentLanguage(i18n)
}
