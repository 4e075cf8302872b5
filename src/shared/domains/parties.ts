/** Vocabulary shared by the schema, the contracts and the UI for creditors and debtors. */
export const COUNTRIES = ['NL', 'BE'] as const
export type Country = (typeof COUNTRIES)[number]

export const LANGUAGES = ['nl', 'fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** B2C debtors get consumer protection (WIK B2C, Book XIX); government debtors have their own terms. */
export const DEBTOR_TYPES = ['b2b', 'b2c', 'government'] as const
export type DebtorType = (typeof DEBTOR_TYPES)[number]
