// Letters as sent: every PDF is kept unchanged inside the encrypted database with its SHA-256
// (no file on disk), a reprint is a new row marked as a copy, and a user's template edits per administration.
import { sql } from 'drizzle-orm'
import { type AnySQLiteColumn, blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { LANGUAGES } from '../../../shared/domains/parties'
import { CHANNELS } from '../../../shared/domains/receivables'
import { LETTER_KINDS, REGIMES, TEMPLATE_REGIMES } from '../../../shared/domains/letters/vocabulary'
import { createdAt, id, isInteger, isIntegerOrNull, isIsoDate, oneOf, updatedAt } from './columns'
import { customers } from './customers'
import { dunningActions, dunningRuns } from './dunning'
import { paymentPlans } from './follow-up'

const isSha256 = (col: AnySQLiteColumn) => sql`length(${col}) = 64 AND ${col} NOT GLOB '*[^0-9a-f]*'`

/** One PDF for the printer per run or print job: all letters in order, each starting on an odd page. */
export const letterBatches = sqliteTable(
  'letter_batches',
  {
    id: id(),
    runId: integer().references(() => dunningRuns.id),
    letterCount: integer().notNull(),
    pages: integer().notNull(),
    pdf: blob({ mode: 'buffer' }).notNull(),
    sha256: text().notNull(),
    createdAt: createdAt()
  },
  (t) => [index('letter_batches_run').on(t.runId), check('letter_batches_sha256', isSha256(t.sha256))]
)

export const letters = sqliteTable(
  'letters',
  {
    id: id(),
    kind: text({ enum: LETTER_KINDS }).notNull(),
    runId: integer().references(() => dunningRuns.id),
    actionId: integer().references(() => dunningActions.id),
    planId: integer().references(() => paymentPlans.id),
    customerId: integer()
      .notNull()
      .references(() => customers.id),
    batchId: integer().references(() => letterBatches.id),
    /** a reprint points at the original and is marked "kopie"; the original is never replaced */
    copyOf: integer().references((): AnySQLiteColumn => letters.id),
    templateKey: text().notNull(),
    /** "shipped:<version>" or "custom:<updated-at>": which text the letter was written from */
    templateVersion: text().notNull(),
    language: text({ enum: LANGUAGES }).notNull(),
    regime: text({ enum: REGIMES }).notNull(),
    channel: text({ enum: CHANNELS }).notNull(),
    letterDate: text().notNull(),
    /** the structured payment reference unique to this letter (copies print their original's) */
    reference: text(),
    totalCents: integer(),
    pages: integer().notNull(),
    pdf: blob({ mode: 'buffer' }).notNull(),
    sha256: text().notNull(),
    /** the rendered content (texts, amounts, table rows), so a copy reads exactly as the original */
    contentJson: text().notNull(),
    /** first time it left the application (printed, saved, exported or e-mailed) */
    sentAt: text(),
    createdAt: createdAt()
  },
  (t) => [
    index('letters_customer').on(t.customerId, t.createdAt),
    index('letters_run').on(t.runId),
    index('letters_copy_of').on(t.copyOf),
    uniqueIndex('letters_action_original').on(t.actionId).where(sql`${t.copyOf} IS NULL`),
    uniqueIndex('letters_reference').on(t.reference).where(sql`${t.copyOf} IS NULL`),
    check('letters_kind', oneOf(t.kind, LETTER_KINDS)),
    check('letters_language', oneOf(t.language, LANGUAGES)),
    check('letters_regime', oneOf(t.regime, REGIMES)),
    check('letters_channel', oneOf(t.channel, CHANNELS)),
    check('letters_date', isIsoDate(t.letterDate)),
    check('letters_total', isIntegerOrNull(t.totalCents)),
    check('letters_pages', sql`${isInteger(t.pages)} AND ${t.pages} >= 1`),
    check('letters_sha256', isSha256(t.sha256))
  ]
)

/** A user's version of a shipped template, per administration; deleting the row restores the shipped text. */
export const letterTemplates = sqliteTable(
  'letter_templates',
  {
    id: id(),
    key: text().notNull(),
    language: text({ enum: LANGUAGES }).notNull(),
    regime: text({ enum: TEMPLATE_REGIMES }).notNull(),
    body: text().notNull(),
    /** the shipped version it was edited from, so the editor can say a newer one exists */
    baseVersion: integer().notNull(),
    updatedAt: updatedAt()
  },
  (t) => [
    uniqueIndex('letter_templates_key').on(t.key, t.language, t.regime),
    check('letter_templates_language', oneOf(t.language, LANGUAGES)),
    check('letter_templates_regime', oneOf(t.regime, TEMPLATE_REGIMES))
  ]
)
