import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { sql } from 'drizzle-orm'
import { COUNTRY_CODES } from '../../../shared/domains/countries'
import { DEBTOR_TYPES, LANGUAGES } from '../../../shared/domains/parties'
import { createdAt, flag, id, isIntegerOrNull, isIsoDateOrNull, oneOf, updatedAt } from './columns'
import { dunningPolicies } from './dunning'

export const customers = sqliteTable(
  'customers',
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    debtorType: text({ enum: DEBTOR_TYPES }).notNull().default('b2b'),
    // any ISO 3166-1 country; the CHECK keeps its shape, the contracts and imports its membership
    country: text({ enum: COUNTRY_CODES }).notNull().default('NL'),
    language: text({ enum: LANGUAGES }).notNull().default('nl'),
    email: text(),
    phone: text(),
    addressLine: text(),
    postalCode: text(),
    city: text(),
    vatNumber: text(),
    kboNumber: text(),
    kvkNumber: text(),
    iban: text(),
    paymentTermDays: integer(),
    creditLimitCents: integer(),
    dunningPolicyId: integer().references(() => dunningPolicies.id),
    onHold: flag(),
    snoozedUntil: text(),
    archived: flag(),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex('customers_code').on(t.code),
    index('customers_name').on(t.name),
    check('customers_debtor_type', oneOf(t.debtorType, DEBTOR_TYPES)),
    check('customers_country', sql`${t.country} GLOB '[A-Z][A-Z]'`),
    check('customers_language', oneOf(t.language, LANGUAGES)),
    check('customers_credit_limit_cents', isIntegerOrNull(t.creditLimitCents)),
    check('customers_snoozed_until', isIsoDateOrNull(t.snoozedUntil))
  ]
)
