// Raw material for plausible Dutch and Belgian debtors in the demo administration.
import type { Jurisdiction, Language } from '../../shared/domains/parties'

export type Place = { city: string; postalCode: string; country: Jurisdiction; languages: readonly Language[] }

export const PLACES: readonly Place[] = [
  { city: 'Amsterdam', postalCode: '1017 AB', country: 'NL', languages: ['nl', 'en'] },
  { city: 'Rotterdam', postalCode: '3011 AD', country: 'NL', languages: ['nl'] },
  { city: 'Utrecht', postalCode: '3511 LX', country: 'NL', languages: ['nl'] },
  { city: 'Eindhoven', postalCode: '5611 EM', country: 'NL', languages: ['nl', 'en'] },
  { city: 'Groningen', postalCode: '9711 LM', country: 'NL', languages: ['nl'] },
  { city: 'Zwolle', postalCode: '8011 CW', country: 'NL', languages: ['nl'] },
  { city: 'Maastricht', postalCode: '6211 CS', country: 'NL', languages: ['nl', 'fr'] },
  { city: 'Antwerpen', postalCode: '2000', country: 'BE', languages: ['nl'] },
  { city: 'Gent', postalCode: '9000', country: 'BE', languages: ['nl'] },
  { city: 'Brussel', postalCode: '1000', country: 'BE', languages: ['fr', 'nl', 'en'] },
  { city: 'Liège', postalCode: '4000', country: 'BE', languages: ['fr'] },
  { city: 'Namur', postalCode: '5000', country: 'BE', languages: ['fr'] },
  { city: 'Hasselt', postalCode: '3500', country: 'BE', languages: ['nl'] }
]

export const COMPANY_STEMS = [
  'Van Dijk', 'De Vries', 'Janssens', 'Peeters', 'Maes', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Dubois',
  'Lambert', 'Mertens', 'Willems', 'Claes', 'Hendriks', 'Mulder', 'Dekker', 'Leroy', 'Renard', 'Vermeulen'
] as const
export const COMPANY_TRADES = [
  'Installatietechniek', 'Bouw', 'Transport', 'Drukkerij', 'Horeca', 'Schilderwerken', 'Elektro', 'Logistiek',
  'Catering', 'Constructions', 'Menuiserie', 'Consultancy', 'Interieur', 'Groothandel', 'Tuinen'
] as const
export const FIRST_NAMES = ['Anouk', 'Bram', 'Chloé', 'Daan', 'Elise', 'Finn', 'Hélène', 'Jens', 'Lotte', 'Mathieu', 'Noor', 'Sem', 'Sophie', 'Thomas'] as const
export const STREETS = ['Kerkstraat', 'Stationsweg', 'Dorpsstraat', 'Rue de la Station', 'Molenweg', 'Marktplein', 'Nieuwstraat', 'Avenue Louise', 'Industrieweg'] as const
/** What demo debtors say when they dispute an invoice, with the reason code it is filed under. */
export const DEMO_DISPUTES = [
  { reason: 'not_delivered', note: 'Levering onvolledig: 2 van 10 dozen ontbraken' },
  { reason: 'price', note: 'Prijs wijkt af van de offerte' },
  { reason: 'quality', note: 'Facture contestée : travaux non terminés' },
  { reason: 'quality', note: 'Goods damaged on arrival' },
  { reason: 'already_paid', note: 'Dubbel gefactureerd' }
] as const

/** Who the demo's long overdue claims were handed over to. */
export const DEMO_AGENCIES = [
  { kind: 'agency', party: 'Incassobureau Noord B.V.' },
  { kind: 'bailiff', party: 'Gerechtsdeurwaarderskantoor Van Dam' },
  { kind: 'lawyer', party: 'Maître Lefèvre, avocat' }
] as const
