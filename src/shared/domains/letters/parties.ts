// The letterhead, the envelope-window address and the info block, from the profile and the debtor.
import { countryName } from '../countries'
import { formatIban } from '../legal/references/iban'
import type { Letterhead } from './content'
import type { LetterFormat } from './format'
import type { Creditor, Debtor, PostalAddress } from './letter-data'

const present = (lines: (string | null | undefined | false)[]): string[] => lines.filter((l): l is string => typeof l === 'string' && l.trim() !== '')

const cityLine = (a: PostalAddress) => present([a.postalCode, a.city]).join(' ') || null

export function letterhead(c: Creditor, fmt: LetterFormat): Letterhead {
  const registration = c.country === 'BE' ? (c.kboNumber ? `${fmt.t('head.kbo')} ${c.kboNumber}` : null) : c.kvkNumber ? `${fmt.t('head.kvk')} ${c.kvkNumber}` : null
  return {
    name: c.name,
    lines: present([c.addressLine, cityLine(c), c.phone && `${fmt.t('head.phone')} ${c.phone}`, c.email]),
    returnAddress: present([c.name, c.addressLine, cityLine(c)]).join(' · '),
    footer: [
      present([c.name, c.addressLine, cityLine(c)]),
      present([c.iban && `IBAN ${formatIban(c.iban)}`, c.bic && `BIC ${c.bic}`]),
      present([c.vatNumber && `${fmt.t('head.vat')} ${c.vatNumber}`, registration])
    ].filter((col) => col.length > 0)
  }
}

/** As in the envelope window: name, street, postcode and city, and the country in capitals when it is abroad. */
export function recipientLines(d: Debtor, creditorCountry: Creditor['country'], fmt: LetterFormat): string[] {
  return present([d.name, d.addressLine, cityLine(d), d.country !== creditorCountry && countryName(d.country, fmt.language).toUpperCase()])
}

/** What the letterhead and the envelope need before a letter may go out, as field names of the profile or customer. */
export function missingForSending(c: Creditor, d: Debtor, needsKbo: boolean): { profile: string[]; customer: string[] } {
  const profile = [!c.name.trim() && 'name', !c.addressLine && 'addressLine', !c.city && 'city', !c.iban && 'iban', needsKbo && c.country === 'BE' && !c.kboNumber && 'kboNumber']
  const customer = [!d.addressLine && 'addressLine', !d.city && 'city']
  return { profile: profile.filter((f): f is string => typeof f === 'string'), customer: customer.filter((f): f is string => typeof f === 'string') }
}
