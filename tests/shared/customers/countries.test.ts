import { describe, expect, it } from 'vitest'
import { postalAddressLines } from '../../../src/shared/domains/customers/address'
import { COUNTRY_CODES, countryFromVat, countryName, isCountryCode, parseCountry } from '../../../src/shared/domains/countries'
import { proposeLanguage } from '../../../src/shared/domains/imports/party'

describe('countries', () => {
  it('knows every ISO 3166-1 alpha-2 country, each with a name in nl, fr and en', () => {
    expect(COUNTRY_CODES).toHaveLength(249)
    for (const code of COUNTRY_CODES) for (const language of ['nl', 'fr', 'en']) expect(countryName(code, language)).not.toBe(code)
    expect(countryName('DE', 'nl')).toBe('Duitsland')
    expect(countryName('DE', 'fr')).toBe('Allemagne')
    expect(isCountryCode('LU')).toBe(true)
    expect(isCountryCode('UK')).toBe(false)
  })

  it.each([
    ['DE', 'DE'],
    ['Duitsland', 'DE'],
    ['Allemagne', 'DE'],
    ['Deutschland', 'DE'],
    ['deu', 'DE'],
    ['Luxemburg', 'LU'],
    ['Grand-Duché de Luxembourg', null],
    ['Verenigd Koninkrijk', 'GB'],
    ['UK', 'GB'],
    ['België', 'BE'],
    ['Pays-Bas', 'NL'],
    ['nederland', 'NL'],
    ['Frankrijk', 'FR'],
    ['Atlantis', null],
    ['', null]
  ])('reads the country "%s" as %s', (text, code) => {
    expect(parseCountry(text)).toBe(code)
  })

  it('reads the country of a VAT number, including Greece (EL) and Northern Ireland (XI)', () => {
    expect(countryFromVat('DE811907980')).toBe('DE')
    expect(countryFromVat('EL094259216')).toBe('GR')
    expect(countryFromVat('XI123456789')).toBe('GB')
    expect(countryFromVat('123456789')).toBeNull()
    expect(countryFromVat(null)).toBeNull()
  })

  it('proposes French in France and Luxembourg, English elsewhere abroad, and keeps the NL/BE rules', () => {
    expect(proposeLanguage('FR', '75001', 'nl')).toBe('fr')
    expect(proposeLanguage('LU', 'L-1111', 'nl')).toBe('fr')
    expect(proposeLanguage('DE', '10115', 'nl')).toBe('en')
    expect(proposeLanguage('BE', '5000', 'nl')).toBe('fr')
    expect(proposeLanguage('BE', '2000', 'nl')).toBe('nl')
    expect(proposeLanguage('NL', '1017', 'fr')).toBe('fr')
  })
})

describe('postal address', () => {
  const party = { name: 'Müller GmbH', addressLine: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin', country: 'DE' as const }

  it('ends an address abroad with the country in capitals, in the letter language', () => {
    expect(postalAddressLines(party, { country: 'NL', language: 'nl' })).toEqual(['Müller GmbH', 'Hauptstraße 5', '10115 Berlin', 'DUITSLAND'])
    expect(postalAddressLines(party, { country: 'BE', language: 'fr' }).at(-1)).toBe('ALLEMAGNE')
    expect(postalAddressLines({ ...party, country: 'BE' }, { country: 'NL', language: 'nl' }).at(-1)).toBe('BELGIË')
  })

  it('has no country line at home and skips empty parts', () => {
    expect(postalAddressLines({ name: 'Jansen', addressLine: null, postalCode: '1017 AB', city: 'Amsterdam', country: 'NL' }, { country: 'NL', language: 'nl' })).toEqual(['Jansen', '1017 AB Amsterdam'])
  })
})
