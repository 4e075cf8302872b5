// Customer risk and credit: credit insurance, external scores, segments and the stored risk scores.
import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { COUNTRY_CODES } from '../../../shared/domains/countries'
import { DEBTOR_TYPES } from '../../../shared/domains/parties'
import { EXTERNAL_AGENCIES, RISK_CLASSES, SCORE_SOURCES } from '../../../shared/domains/risk/vocabulary'
import { createdAt, id, isInteger, isIntegerOrNull, isIsoDate, isIsoDateOrNull, oneOf, updatedAt } from './columns'
import { customers } from './customers'
import { dunningPolicies } from './dunning'
import { invoices } from './invoices'

/** A credit insurance policy (Allianz Trade, Atradius, Coface, Credendo…) with the insurer's deadlines. */
export const insurancePolicies = sqliteTable(
  'insurance_policies',
  {
    id: id(),
    insurer: text().notNull(),
    policyNumber: text().notNull(),
    /** the share of an insured loss the insurer pays, unless a customer's cover says otherwise */
    coverPct: integer().notNull().default(90),
    /** overdue debt must be notified to the insurer within this many days after the original due date */
    notifyAfterDays: integer().notNull(),
    /** the longest the due date may be extended (days after the original due date) without the insurer */
    maxExtensionDays: integer(),
    /** the worklist warns this many days before a deadline passes */
    warnDaysBefore: integer().notNull().default(14),
    archived: integer({ mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex('insurance_policies_number').on(t.insurer, t.policyNumber),
    check('insurance_policies_cover_pct', sql`${t.coverPct} BETWEEN 0 AND 100`),
    check('insurance_policies_notify', sql`${t.notifyAfterDays} >= 0`),
    check('insurance_policies_extension', sql`${t.maxExtensionDays} IS NULL OR ${t.maxExtensionDays} >= 0`),
    check('insurance_policies_warn', sql`${t.warnDaysBefore} >= 0`)
  ]
)

/** Credit data of one customer beyond the limit itself: work not yet invoiced and the insurer's cover. */
export const customerCredit = sqliteTable(
  'customer_credit',
  {
    customerId: integer()
      .primaryKey()
      .references(() => customers.id),
    /** orders or work delivered but not yet invoiced, entered by hand: it uses the limit too */
    notInvoicedCents: integer().notNull().default(0),
    policyId: integer().references(() => insurancePolicies.id),
    insuredLimitCents: integer(),
    coverDecisionOn: text(),
    /** null: the policy's cover percentage */
    coverPct: integer(),
    updatedAt: updatedAt()
  },
  (t) => [
    check('customer_credit_not_invoiced', sql`${isInteger(t.notInvoicedCents)} AND ${t.notInvoicedCents} >= 0`),
    check('customer_credit_insured_limit', isIntegerOrNull(t.insuredLimitCents)),
    check('customer_credit_decision_on', isIsoDateOrNull(t.coverDecisionOn)),
    check('customer_credit_cover_pct', sql`${t.coverPct} IS NULL OR ${t.coverPct} BETWEEN 0 AND 100`)
  ]
)

/** Overdue debt notified to the insurer: for one invoice, or (invoice null) for all of the customer's overdue items. */
export const insuranceNotices = sqliteTable(
  'insurance_notices',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    invoiceId: integer().references(() => invoices.id),
    policyId: integer()
      .notNull()
      .references(() => insurancePolicies.id),
    noticedOn: text().notNull(),
    note: text(),
    createdAt: createdAt()
  },
  (t) => [index('insurance_notices_customer').on(t.customerId, t.noticedOn), check('insurance_notices_on', isIsoDate(t.noticedOn))]
)

/** A credit bureau's score (0–100, 100 = lowest risk) with the day it was given. */
export const externalScores = sqliteTable(
  'external_scores',
  {
    id: id(),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    agency: text({ enum: EXTERNAL_AGENCIES }).notNull(),
    score: integer().notNull(),
    /** the bureau's own rating label, as given (e.g. "A", "BB") */
    rating: text(),
    scoredOn: text().notNull(),
    source: text({ enum: SCORE_SOURCES }).notNull(),
    createdAt: createdAt()
  },
  (t) => [
    index('external_scores_customer').on(t.customerId, t.scoredOn),
    check('external_scores_score', sql`${isInteger(t.score)} AND ${t.score} BETWEEN 0 AND 100`),
    check('external_scores_on', isIsoDate(t.scoredOn)),
    check('external_scores_agency', oneOf(t.agency, EXTERNAL_AGENCIES)),
    check('external_scores_source', oneOf(t.source, SCORE_SOURCES))
  ]
)

/**
 * Rules from class, country, debtor type and open amount to a payment term, a credit limit suggestion and
 * a dunning policy. The first segment (lowest position) whose rules all hold is the customer's segment.
 */
export const segments = sqliteTable(
  'segments',
  {
    id: id(),
    name: text().notNull(),
    position: integer().notNull(),
    /** risk classes this segment takes, e.g. "DE"; null: any class */
    classes: text(),
    country: text({ enum: COUNTRY_CODES }),
    debtorType: text({ enum: DEBTOR_TYPES }),
    minOpenCents: integer(),
    maxOpenCents: integer(),
    paymentTermDays: integer(),
    creditLimitCents: integer(),
    dunningPolicyId: integer().references(() => dunningPolicies.id),
    createdAt: createdAt(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex('segments_name').on(t.name),
    check('segments_classes', sql`${t.classes} IS NULL OR (${t.classes} <> '' AND ${t.classes} NOT GLOB '*[^A-E]*')`),
    check('segments_country', sql`${t.country} IS NULL OR ${t.country} GLOB '[A-Z][A-Z]'`),
    check('segments_debtor_type', sql`${t.debtorType} IS NULL OR ${oneOf(t.debtorType, DEBTOR_TYPES)}`),
    check('segments_min_open', isIntegerOrNull(t.minOpenCents)),
    check('segments_max_open', isIntegerOrNull(t.maxOpenCents)),
    check('segments_limit', isIntegerOrNull(t.creditLimitCents)),
    check('segments_term', sql`${t.paymentTermDays} IS NULL OR ${t.paymentTermDays} BETWEEN 0 AND 366`)
  ]
)

/** The latest computed score per customer (the portfolio and the grid read it); recomputed after imports. */
export const customerRisk = sqliteTable(
  'customer_risk',
  {
    customerId: integer()
      .primaryKey()
      .references(() => customers.id),
    asOf: text().notNull(),
    score: integer().notNull(),
    riskClass: text({ enum: RISK_CLASSES }).notNull(),
    segmentId: integer().references(() => segments.id, { onDelete: 'set null' }),
    suggestedLimitCents: integer(),
    /** the score before the last recomputation that changed it, to show the movement */
    previousScore: integer(),
    /** behaviour figures and reasons as computed (JSON), so a stored score can show why */
    detailJson: text().notNull(),
    computedAt: createdAt()
  },
  (t) => [
    index('customer_risk_class').on(t.riskClass, t.score),
    check('customer_risk_as_of', isIsoDate(t.asOf)),
    check('customer_risk_score', sql`${isInteger(t.score)} AND ${t.score} BETWEEN 0 AND 100`),
    check('customer_risk_class_check', oneOf(t.riskClass, RISK_CLASSES)),
    check('customer_risk_suggested', isIntegerOrNull(t.suggestedLimitCents)),
    check('customer_risk_previous', sql`${t.previousScore} IS NULL OR ${t.previousScore} BETWEEN 0 AND 100`)
  ]
)
