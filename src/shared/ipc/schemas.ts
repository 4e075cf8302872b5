// zod building blocks shared by the contracts.
import { z } from 'zod'
import { isIsoDate } from '../dates'
import { COUNTRY_CODES } from '../domains/countries'
import { DEBTOR_TYPES, JURISDICTIONS, LANGUAGES } from '../domains/parties'

export const IsoDateSchema = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD')
export const CentsSchema = z.number().int()
export const IdSchema = z.number().int().positive()
/** Where a debtor lives: any ISO 3166-1 alpha-2 country. */
export const CountrySchema = z.enum(COUNTRY_CODES)
/** An administration's country, whose law applies: NL or BE. */
export const JurisdictionSchema = z.enum(JURISDICTIONS)
export const LanguageSchema = z.enum(LANGUAGES)
export const DebtorTypeSchema = z.enum(DEBTOR_TYPES)
export const SortDirectionSchema = z.enum(['asc', 'desc'])

/** Paging shared by the grids: the main process sorts and slices, the renderer only shows. */
export const PageSchema = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100)
}
export const SearchSchema = z.string().trim().max(100).optional()

/** Trimmed text of at most `max` characters, where an empty field means "not known" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish()
