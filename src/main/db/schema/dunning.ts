import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { ACTION_STATUSES, DUNNING_CHANNELS, EDITABLE_AMOUNTS, EXCLUSION_REASONS, REGIMES, RUN_KINDS, RUN_SOURCES, RUN_STATUSES } from '../../../shared/domains/dunning/vocabulary'
import { LANGUAGES } from '../../../shared/domains/parties'
import { createdAt, flag, id, isInteger, isIsoDate, isIsoDateOrNull, oneOf } from './columns'
import { customers } from './customers'
import { invoices } from './invoices'

export const dunningPolicies = sqliteTable(
  'dunning_policies',
  {
    id: id(),
    name: text().notNull(),
    /** the legal regime the policy is written for; with `isDefault` it serves every customer of that regime */
    regime: text({ enum: REGIMES }).notNull().default('NL-b2b'),
    isDefault: flag(),
    /** tolerance: a communication whose overdue total stays below this is not worth sending */
    minimumCents: integer().notNull().default(0),
    /** minimum number of days between two communications to one customer */
    minIntervalDays: integer().notNull().default(7),
    /** courtesy reminder this many days before the due date (a negative number); null: none */
    courtesyDays: integer(),
    courtesyChannel: text({ enum: DUNNING_CHANNELS }).notNull().default('email'),
    /** retired policies keep their history but are offered no more */
    archived: flag(),
    createdAt: createdAt()
  },
  (t) => [
    uniqueIndex('dunning_policies_default_regime')
      .on(t.regime)
      .where(sql`${t.isDefault} = 1`),
    check('dunning_policies_regime', oneOf(t.regime, REGIMES)),
    check('dunning_policies_minimum', isInteger(t.minimumCents)),
    check('dunning_policies_interval', sql`${t.minIntervalDays} >= 0`),
    check('dunning_policies_courtesy', sql`${t.courtesyDays} IS NULL OR ${t.courtesyDays} <= 0`),
    check('dunning_policies_courtesy_channel', oneOf(t.courtesyChannel, DUNNING_CHANNELS))
  ]
)

export const dunningLevels = sqliteTable(
  'dunning_levels',
  {
    id: id(),
    policyId: integer()
      .notNull()
      .references(() => dunningPolicies.id),
    level: integer().notNull(),
    name: text().notNull(),
    /** the level is due once the invoice is this many days overdue … */
    daysAfterDue: integer().notNull(),
    /** … and this many days have passed since the previous level was sent (never counted from a run date) */
    minDaysSincePrevious: integer().notNull().default(14),
    channel: text({ enum: DUNNING_CHANNELS }).notNull().default('letter'),
    template: text().notNull(),
    /** a fixed fee per communication at this level (capped where the law forbids or limits it) */
    feeCents: integer().notNull().default(0),
    chargeCosts: flag(),
    chargeInterest: flag(),
    /** the statutory letter: the NL 14-day letter (art. 6:96 lid 6 BW) or the BE first reminder (art. XIX.2 WER) */
    legalNotice: flag(),
    /** e-mail levels only: executed by the scheduler without review */
    autoSend: flag()
  },
  (t) => [
    uniqueIndex('dunning_levels_policy_level').on(t.policyId, t.level),
    check('dunning_levels_channel', oneOf(t.channel, DUNNING_CHANNELS)),
    check('dunning_levels_level', sql`${t.level} >= 1`),
    check('dunning_levels_fee', sql`${isInteger(t.feeCents)} AND ${t.feeCents} >= 0`),
    check('dunning_levels_auto_send', sql`${t.autoSend} = 0 OR ${t.channel} = 'email'`)
  ]
)

export const dunningRuns = sqliteTable(
  'dunning_runs',
  {
    id: id(),
    /** the as-of date of the proposal, and the day its actions count as sent */
    runDate: text().notNull(),
    status: text({ enum: RUN_STATUSES }).notNull().default('draft'),
    kind: text({ enum: RUN_KINDS }).notNull().default('manual'),
    source: text({ enum: RUN_SOURCES }).notNull().default('user'),
    /** the freshness guard's verdict when the run was proposed (ok or warn; block saves no run) */
    freshness: text().notNull().default('ok'),
    createdAt: createdAt(),
    /** when the run was executed */
    committedAt: text(),
    cancelledAt: text(),
    cancelReason: text()
  },
  (t) => [
    // proposing twice for one day gives the same run: at most one live run per day and kind
    uniqueIndex('dunning_runs_live_day')
      .on(t.runDate, t.kind)
      .where(sql`${t.status} <> 'cancelled'`),
    check('dunning_runs_date', isIsoDate(t.runDate)),
    check('dunning_runs_status', oneOf(t.status, RUN_STATUSES)),
    check('dunning_runs_kind', oneOf(t.kind, RUN_KINDS)),
    check('dunning_runs_source', oneOf(t.source, RUN_SOURCES))
  ]
)

/** One communication to one customer in a run: everything a letter needs, frozen at proposal time. */
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
    /** the policy of the highest line: its level gives channel, template and fee */
    policyId: integer().references(() => dunningPolicies.id),
    level: integer().notNull(),
    channel: text({ enum: DUNNING_CHANNELS }).notNull(),
    templateKey: text().notNull().default(''),
    language: text({ enum: LANGUAGES }).notNull().default('nl'),
    regime: text({ enum: REGIMES }).notNull().default('NL-b2b'),
    currency: text().notNull().default('EUR'),
    legalNotice: flag(),
    status: text({ enum: ACTION_STATUSES }).notNull().default('approved'),
    skipReason: text(),
    principalCents: integer().notNull(),
    feeCents: integer().notNull().default(0),
    costsCents: integer().notNull().default(0),
    interestCents: integer().notNull().default(0),
    /** what the law allows: the ceilings a reviewer's edit must stay under */
    maxFeeCents: integer().notNull().default(0),
    allowedCostsCents: integer().notNull().default(0),
    allowedInterestCents: integer().notNull().default(0),
    /** the NL 14-day letter must state the collection costs that follow non-payment */
    announcedCostsCents: integer().notNull().default(0),
    /** why, as explanation lines (message key + values), rendered in the reader's language */
    explanationJson: text().notNull().default('[]'),
    sentOn: text(),
    /** phone tasks: the day the call was made, and what came of it */
    taskDoneOn: text(),
    taskNote: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('dunning_actions_run').on(t.runId),
    index('dunning_actions_customer').on(t.customerId, t.status),
    check('dunning_actions_principal', isInteger(t.principalCents)),
    check('dunning_actions_fee', isInteger(t.feeCents)),
    check('dunning_actions_costs', isInteger(t.costsCents)),
    check('dunning_actions_interest', isInteger(t.interestCents)),
    check('dunning_actions_max_fee', isInteger(t.maxFeeCents)),
    check('dunning_actions_allowed_costs', isInteger(t.allowedCostsCents)),
    check('dunning_actions_allowed_interest', isInteger(t.allowedInterestCents)),
    check('dunning_actions_announced_costs', isInteger(t.announcedCostsCents)),
    check('dunning_actions_status', oneOf(t.status, ACTION_STATUSES)),
    check('dunning_actions_channel', oneOf(t.channel, DUNNING_CHANNELS)),
    check('dunning_actions_language', oneOf(t.language, LANGUAGES)),
    check('dunning_actions_regime', oneOf(t.regime, REGIMES)),
    check('dunning_actions_sent_on', isIsoDateOrNull(t.sentOn)),
    check('dunning_actions_task_done_on', isIsoDateOrNull(t.taskDoneOn))
  ]
)

/**
 * One invoice in a communication, at its own level. `advances` marks the invoices this communication moves
 * up a level; the others are listed at the level they already reached. Sent lines are the dunning history.
 */
export const dunningActionLines = sqliteTable(
  'dunning_action_lines',
  {
    id: id(),
    actionId: integer()
      .notNull()
      .references(() => dunningActions.id),
    invoiceId: integer()
      .notNull()
      .references(() => invoices.id),
    number: text().notNull(),
    level: integer().notNull(),
    advances: flag(),
    openCents: integer().notNull(),
    dueDate: text().notNull(),
    daysOverdue: integer().notNull(),
    interestCents: integer().notNull(),
    interestFrom: text(),
    /** the rate of the last interest period, e.g. "10.15" (percent) */
    interestRate: text(),
    compensationCents: integer().notNull(),
    costsCents: integer().notNull(),
    explanationJson: text().notNull().default('[]')
  },
  (t) => [
    index('dunning_action_lines_action').on(t.actionId),
    index('dunning_action_lines_invoice').on(t.invoiceId, t.level),
    check('dunning_action_lines_level', sql`${t.level} >= 0`),
    check('dunning_action_lines_open', isInteger(t.openCents)),
    check('dunning_action_lines_interest', isInteger(t.interestCents)),
    check('dunning_action_lines_compensation', isInteger(t.compensationCents)),
    check('dunning_action_lines_costs', isInteger(t.costsCents)),
    check('dunning_action_lines_due', isIsoDate(t.dueDate)),
    check('dunning_action_lines_interest_from', isIsoDateOrNull(t.interestFrom))
  ]
)

/** Customers (or single invoices) a run left out, with the reason code and its explanation. */
export const dunningExclusions = sqliteTable(
  'dunning_exclusions',
  {
    id: id(),
    runId: integer()
      .notNull()
      .references(() => dunningRuns.id),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    invoiceId: integer().references(() => invoices.id),
    reason: text({ enum: EXCLUSION_REASONS }).notNull(),
    explanationJson: text().notNull().default('[]')
  },
  (t) => [index('dunning_exclusions_run').on(t.runId), check('dunning_exclusions_reason', oneOf(t.reason, EXCLUSION_REASONS))]
)

/** A reviewer's change of an amount on a draft action; the reason is mandatory. */
export const dunningActionEdits = sqliteTable(
  'dunning_action_edits',
  {
    id: id(),
    actionId: integer()
      .notNull()
      .references(() => dunningActions.id),
    field: text({ enum: EDITABLE_AMOUNTS }).notNull(),
    fromCents: integer().notNull(),
    toCents: integer().notNull(),
    reason: text().notNull(),
    createdAt: createdAt()
  },
  (t) => [
    index('dunning_action_edits_action').on(t.actionId),
    check('dunning_action_edits_field', oneOf(t.field, EDITABLE_AMOUNTS)),
    check('dunning_action_edits_from', isInteger(t.fromCents)),
    check('dunning_action_edits_to', sql`${isInteger(t.toCents)} AND ${t.toCents} >= 0`),
    check('dunning_action_edits_reason', sql`length(trim(${t.reason})) > 0`)
  ]
)
