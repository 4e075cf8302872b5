import { sql } from 'drizzle-orm'
import { blob, check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { JURISDICTIONS, LANGUAGES } from '../../../shared/domains/parties'
import { oneOf, updatedAt } from './columns'

/** Free-form application settings of one administration (freshness threshold, last daily run, …). */
export const settings = sqliteTable('settings', {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: updatedAt()
})

/** The creditor: the bookkeeper's client whose receivables this administration holds (one row, id 1). */
export const administrationProfile = sqliteTable(
  'administration_profile',
  {
    id: integer().primaryKey(),
    name: text().notNull(),
    addressLine: text(),
    postalCode: text(),
    city: text(),
    country: text({ enum: JURISDICTIONS }).notNull().default('NL'),
    iban: text(),
    bic: text(),
    vatNumber: text(),
    kboNumber: text(),
    kvkNumber: text(),
    defaultLanguage: text({ enum: LANGUAGES }).notNull().default('nl'),
    email: text(),
    phone: text(),
    logo: blob({ mode: 'buffer' }),
    updatedAt: updatedAt()
  },
  (t) => [
    check('profile_single_row', sql`${t.id} = 1`),
    check('profile_country', oneOf(t.country, JURISDICTIONS)),
    check('profile_language', oneOf(t.defaultLanguage, LANGUAGES))
  ]
)
