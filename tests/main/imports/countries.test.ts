// Debtors abroad arrive through imports too: a country column in any of the bookkeeper's languages.
import { describe, expect, it } from 'vitest'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { csvInput } from './fixtures'

describe('import: debtors abroad', () => {
  it('reads country names and codes into ISO codes, proposes a language, and flags what it cannot read', async () => {
    const p = await previewImport(
      csvInput(['Klantnummer;Naam;Land;Postcode', 'K1;Müller GmbH;Duitsland;10115', 'K2;Dupont SARL;France;75001', 'K3;Smith Ltd;GB;SW1A 1AA', 'K4;Peeters BV;België;2000', 'K5;Nergens BV;Atlantis;1000'].join('\n')),
      { defaultCountry: 'NL', defaultLanguage: 'nl' }
    )
    expect(p.customers.map((c) => [c.code, c.country, c.language])).toEqual([
      ['K1', 'DE', 'en'],
      ['K2', 'FR', 'fr'],
      ['K3', 'GB', 'en'],
      ['K4', 'BE', 'nl'],
      ['K5', 'NL', 'nl']
    ])
    expect(p.problems.filter((x) => x.code === 'unknown-country')).toEqual([expect.objectContaining({ line: 6, column: 'Land', value: 'Atlantis', severity: 'warning' })])
  })
})
