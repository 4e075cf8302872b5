// Debtor fields gathered over all rows of one customer, turned into a customer with proposals at the end.
import { type CountryCode, countryFromVat, parseCountry } from '../countries'
import type { DebtorType, Language } from '../parties'
import { parseLanguage, proposeDebtorType, proposeLanguage } from './party'
import type { ImportProblem } from './problems'
import type { ImportedCustomer } from './records'

export const CUSTOMER_TEXT_FIELDS = ['email', 'phone', 'iban', 'vat', 'kbo', 'kvk', 'address', 'postalCode', 'city', 'country', 'language', 'paymentTermDays', 'debtorType'] as const
export type CustomerTextField = (typeof CUSTOMER_TEXT_FIELDS)[number]

export type CustomerDraft = {
  line: number
  code: string
  name: string
  /** raw text per field; the first non-empty value in the file wins */
  fields: Partial<Record<CustomerTextField, string>>
}

export type CustomerDefaults = { country: CountryCode; language: Language }

const DEBTOR_TYPE_WORDS: Record<string, DebtorType> = {
  b2b: 'b2b', zakelijk: 'b2b', bedrijf: 'b2b', business: 'b2b', entreprise: 'b2b',
  b2c: 'b2c', particulier: 'b2c', consument: 'b2c', consumer: 'b2c', private: 'b2c',
  government: 'government', overheid: 'government', gov: 'government', public: 'government', publiek: 'government'
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Finalises a draft; problems it finds are warnings, because a debtor field never blocks an open item. */
export function finishCustomer(d: CustomerDraft, defaults: CustomerDefaults, header: (f: CustomerTextField) => string, problems: ImportProblem[]): ImportedCustomer {
  const f = d.fields
  const warn = (field: CustomerTextField, code: ImportProblem['code'], message: string) =>
    problems.push({ code, severity: 'warning', line: d.line, column: header(field), value: f[field], message })
  const vatNumber = f.vat?.replace(/[\s.]/g, '').toUpperCase() ?? null
  let country = countryFromVat(vatNumber) ?? defaults.country
  if (f.country) {
    const parsed = parseCountry(f.country)
    if (parsed) country = parsed
    else warn('country', 'unknown-country', `country "${f.country}" is not a country Debito knows; ${country} is used`)
  }
  const postalCode = f.postalCode ?? null
  let language = proposeLanguage(country, postalCode, defaults.language)
  if (f.language) language = parseLanguage(f.language) ?? language
  let email = f.email ?? null
  if (email !== null && !EMAIL.test(email)) {
    warn('email', 'bad-email', `"${email}" is not an e-mail address; left empty`)
    email = null
  }
  let paymentTermDays: number | null = null
  if (f.paymentTermDays) {
    const n = Number(f.paymentTermDays.replace(/\s*(dagen|days|jours|d)$/i, ''))
    if (Number.isInteger(n) && n >= 0 && n <= 366) paymentTermDays = n
    else warn('paymentTermDays', 'bad-number', `payment term "${f.paymentTermDays}" is not a number of days; the default term is used`)
  }
  const statedType = f.debtorType ? DEBTOR_TYPE_WORDS[f.debtorType.toLowerCase().replace(/[^a-z0-9]/g, '')] : undefined
  const kboNumber = f.kbo ?? null
  const kvkNumber = f.kvk ?? null
  return {
    line: d.line,
    code: d.code,
    name: d.name || d.code,
    debtorType: statedType ?? proposeDebtorType({ name: d.name, vatNumber, kboNumber, kvkNumber }),
    debtorTypeProposed: statedType === undefined,
    country,
    language,
    email,
    phone: f.phone ?? null,
    addressLine: f.address ?? null,
    postalCode,
    city: f.city ?? null,
    vatNumber,
    kboNumber,
    kvkNumber,
    iban: f.iban?.replace(/\s/g, '').toUpperCase() ?? null,
    paymentTermDays
  }
}
