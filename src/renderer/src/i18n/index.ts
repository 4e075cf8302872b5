// i18next for the UI: Dutch by default, French and English; the choice is remembered on this computer.
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'

const STORAGE_KEY = 'debito.language'

export function storedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY)
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'nl'
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language)
  document.documentElement.lang = language
}

export function createI18n(language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false
  })
  return instance
}

export function currentLanguage(instance: i18n): Language {
  const lng = instance.language
  return (LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : 'nl'
}
