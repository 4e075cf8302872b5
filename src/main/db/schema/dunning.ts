import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { CHANNELS } from '../../../shared/domains/receivables'
import { createdAt, flag, id, isInteger, isIsoDate, oneOf } from './columns'
import { customers } from './customers'
import { invoices } from './invoices'

export const dunningPolicies = sqliteTable('dunning_policies', {
  id: id(),
  name: text().notNull(),
  isDefault: flag(),
  /** minimum open amount before a reminder is worth sending */
  minimumCents: integer().notNull().default(0),
  createdAt: createdAt()
})

export const dunningLevels = sqliteTable(
  'dunning_levels',
  {
    id: id(),
    policyId: integer()
      .notNull()
      .references(() => dunningPolicies.id),
    level: integer().notNull(),
    name: text().notNull(),
    daysAfterDue: integer().notNull(),
    minDaysSincePrevious: integer().notNull().default(14),
    channel: text({ enum: CHANNELS }).notNull().default('letter'),
    template: text().notNull(),
    chargeCosts: flag(),
    chargeInterest: flag()
  },
  (t) => [
    uniqueIndex('dunning_levels_policy_level').on(t.policyId, t.level),
    check('dunning_levels_channel', oneOf(t.channel, CHANNELS)),
    check('dunning_levels_level', sql`${t.level} >= 1`)
  ]
)

export const RUN_STATUSES = ['draft', 'committed', 'cancelled'] as const
export const ACTION_STATUSES = ['proposed', 'sent', 'skipped', 'cancelled'] as const

export const dunningRuns = sqliteTable(
  'dunning_runs',
  {
    id: id(),
    runDate: text().notNull(),
    status: text({ enum: RUN_STATUSES }).notNull().default('draft'),
    createdAt: createdAt(),
    committedAt: text()
  },
  (t) => [check('dunning_runs_date', isIsoDate(t.runDate)), check('dunning_runs_status', oneOf(t.status, RUN_STATUSES))]
)

export const dunningActions = sqliteTable(
  'dunning_actions',
  {
    id: id(),
    runId: integer()
      .notNull()
      .references(() => dunningRuns.id),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    invoiceId: integer().references(() => invoices.id),
    level: integer().notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    status: text({ enum: ACTION_STATUSES }).notNull().default('proposed'),
    principalCents: integer().notNull(),
    costsCents: integer().notNull().default(0),
    interestCents: integer().notNull().default(0),
    createdAt: createdAt()
  },
  (t) => [
    index('dunning_actions_run').on(t.runId),
    index('dunning_actions_customer').on(t.customerId),
    check('dunning_actions_principal', isInteger(t.principalCents)),
    check('dunning_actions_costs', isInteger(t.costsCents)),
    check('dunning_actions_interest', isInteger(t.interestCents)),
    check('dunning_actions_status', oneOf(t.status, ACTION_STATUSES))
  ]
)

export const letters = sqliteTable(
  'letters',
  {
    id: id(),
    actionId: integer().references(() => dunningActions.id),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    filePath: text().notNull(),
    sha256: text().notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    language: text().notNull(),
    sentOn: text(),
    createdAt: createdAt()
  },
  (t) => [index('letters_customer').on(t.customerId), check('letters_channel', oneOf(t.channel, CHANNELS))]
)
