// The address block of a letter or statement. Post abroad needs the destination country as its last
// line, in capitals (UPU S42); post within the sender's own country must not carry one.
import { type CountryCode, countryName } from '../countries'
import type { Jurisdiction, Language } from '../parties'

export type PostalParty = { name: string; addressLine: string | null; postalCode: string | null; city: string | null; country: CountryCode }

/** Name, street, "postal code city" and, for a debtor abroad, the country in the letter's language. */
export function postalAddressLines(party: PostalParty, sender: { country: Jurisdiction; language: Language }): string[] {
  const place = [party.postalCode, party.city].filter((v) => v !== null && v.trim() !== '').join(' ')
  const lines = [party.name, party.addressLine ?? '', place].filter((l) => l.trim() !== '')
  if (party.country !== sender.country) lines.push(countryName(party.country, sender.language).toLocaleUpperCase(sender.language))
  return lines
}
