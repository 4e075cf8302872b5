/** Vocabulary shared by the schema, the contracts and the UI for creditors and debtors. */

/**
 * The countries whose law Debito applies: an administration (the creditor) is Dutch or Belgian, and
 * every NL/BE rule (interest, WIK/Book XIX costs, holidays, deadlines, payment references) is keyed on
 * the administration's jurisdiction, never on where a debtor lives. Debtors live in any country
 * (`CountryCode` in ./countries).
 */
export const JURISDICTIONS = ['NL', 'BE'] as const
export type Jurisdiction = (typeof JURISDICTIONS)[number]

export function isJurisdiction(country: string): country is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(country)
}

export const LANGUAGES = ['nl', 'fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** B2C debtors get consumer protection (WIK B2C, Book XIX); government debtors have their own terms. */
export const DEBTOR_TYPES = ['b2b', 'b2c', 'government'] as const
export type DebtorType = (typeof DEBTOR_TYPES)[number]
