// Demo debtors: NL and BE, companies, consumers and a few public bodies, speaking nl, fr or en.
import type { NewCustomer } from './demo-types'
import { COMPANY_STEMS, COMPANY_TRADES, FIRST_NAMES, PLACES, STREETS } from './names'
import type { Random } from './random'

const LEGAL_FORM = { NL: ['B.V.', 'V.O.F.', ''], BE: ['BV', 'NV', 'SRL', 'SA'] } as const

/** Builds `count` distinct debtors; every fifth is a consumer and every 25th a public body. */
export function demoCustomers(rnd: Random, count: number): NewCustomer[] {
  const rows: NewCustomer[] = []
  for (let i = 0; i < count; i++) {
    const place = PLACES[i % PLACES.length]!
    const debtorType = i % 25 === 7 ? 'government' : i % 5 === 3 ? 'b2c' : 'b2b'
    const stem = COMPANY_STEMS[(i * 7) % COMPANY_STEMS.length]!
    const name =
      debtorType === 'b2c'
        ? `${rnd.pick(FIRST_NAMES)} ${stem}`
        : debtorType === 'government'
          ? place.country === 'NL'
            ? `Gemeente ${place.city}`
            : place.languages[0] === 'fr'
              ? `Ville de ${place.city}`
              : `Stad ${place.city}`
          : `${stem} ${COMPANY_TRADES[i % COMPANY_TRADES.length]} ${rnd.pick(LEGAL_FORM[place.country])}`.trim()
    const language = place.languages[i % place.languages.length]!
    const company = debtorType !== 'b2c'
    rows.push({
      code: `D${String(1001 + i)}`,
      name: i >= COMPANY_STEMS.length * COMPANY_TRADES.length ? `${name} ${i}` : name,
      debtorType,
      country: place.country,
      language,
      email: `administratie${i}@${stem.toLowerCase().replace(/[^a-z]/g, '')}.${place.country.toLowerCase()}`,
      phone: place.country === 'NL' ? `+31 20 555 ${String(1000 + i)}` : `+32 2 555 ${String(10 + i)}`,
      addressLine: `${rnd.pick(STREETS)} ${rnd.int(1, 180)}`,
      postalCode: place.postalCode,
      city: place.city,
      vatNumber: company && debtorType === 'b2b' ? (place.country === 'NL' ? `NL${String(800000000 + i * 7919).padStart(9, '0')}B01` : `BE0${String(400000000 + i * 7919)}`) : null,
      kboNumber: company && place.country === 'BE' ? `0${String(400000000 + i * 7919)}` : null,
      kvkNumber: company && place.country === 'NL' ? String(30000000 + i * 131) : null,
      paymentTermDays: debtorType === 'government' ? 30 : rnd.pick([14, 14, 30, 30, 30, 60]),
      creditLimitCents: debtorType === 'b2b' ? rnd.pick([500000, 1000000, 2500000, 5000000]) : null,
      onHold: i === 11
    })
  }
  return rows
}
