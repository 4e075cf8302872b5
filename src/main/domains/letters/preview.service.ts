// Previews: any letter as it would be printed, drawn as SVG pages by the same layout as the PDF. A draft
// run's letter shows the reference it would be issued if executed now; the template editor's preview
// fills the draft text with a made-up debtor of the template's regime.
import { eq } from 'drizzle-orm'
import { type IsoDate, localToday } from '../../../shared/dates'
import { composeLetter } from '../../../shared/domains/letters/compose'
import type { LetterContent } from '../../../shared/domains/letters/content'
import type { LetterData } from '../../../shared/domains/letters/letter-data'
import { sampleDunning, samplePlan, samplePlanReminder, sampleStatement } from '../../../shared/domains/letters/samples'
import { checkTemplate, type TemplateProblem } from '../../../shared/domains/letters/templates'
import type { Regime } from '../../../shared/domains/letters/vocabulary'
import type { Language } from '../../../shared/domains/parties'
import { defaultScheme } from '../../../shared/domains/payments/issued-references'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { dunningActions, dunningRuns } from '../../db/schema'
import { nextPaymentReferences } from '../payments/payment-references.service'
import { composeFromDb, letterReference } from './compose-from-db'
import { type CreditorProfile, dunningLetterData, loadCreditor, loadDebtor, planLetterData, statementData } from './letter-sources'
import { renderBase } from './render-options'
import { renderLetters } from './render-letters'
import { letterActions } from './run-letters.service'
import { kindOfKey, type TemplateId } from './templates.repo'

/** `texts`: each page's text, what the pictures say (for screen readers) */
export type Preview = { title: string; pages: string[]; texts: string[] }

/** Draws one letter's pages as SVG, here in main: a single letter lays out in milliseconds. */
export async function svgPages(db: AppDb, content: LetterContent, creditor: Pick<CreditorProfile, 'name' | 'logo'>): Promise<Preview> {
  let pages: string[] = []
  let texts: string[] = []
  await renderLetters({ ...renderBase(db, creditor), letters: [{ content, inBatch: false }], outputs: { each: false, batch: false, svg: true } }, (m) => {
    if (m.type === 'letter') {
      pages = m.svg ?? []
      texts = m.text ?? []
    }
  })
  return { title: content.subject, pages, texts }
}

async function previewOf(db: AppDb, data: LetterData, creditor: CreditorProfile): Promise<Preview> {
  return svgPages(db, composeFromDb(db, data).content, creditor)
}

/** The letter of one action of a draft (or executed) run, as it would go out. */
export async function previewAction(db: AppDb, actionId: number): Promise<Preview> {
  const row = db.select({ runId: dunningActions.runId, runDate: dunningRuns.runDate }).from(dunningActions).innerJoin(dunningRuns, eq(dunningRuns.id, dunningActions.runId)).where(eq(dunningActions.id, actionId)).get()
  if (!row) throw new AppError('not-found', `No dunning action with id ${actionId}.`, 'actionId')
  const all = letterActions(db, row.runId, ['approved', 'sent'])
  const action = all.find((a) => a.id === actionId)
  if (!action) throw new AppError('not-found', 'This reminder is a phone call or was skipped: it has no letter.', 'actionId')
  const position = all.filter((a) => a.status === 'approved').findIndex((a) => a.id === actionId)
  const creditor = loadCreditor(db)
  const refs = nextPaymentReferences(db, Math.max(position, 0) + 1)
  return previewOf(db, { ...dunningLetterData(db, action, creditor, row.runDate), reference: letterReference(refs.at(-1)!) }, creditor)
}

export async function previewStatement(db: AppDb, customerId: number, asOf: IsoDate, language?: Language): Promise<Preview> {
  const creditor = loadCreditor(db)
  const debtor = loadDebtor(db, customerId)
  const { invoiceIds, ...data } = statementData(db, debtor, creditor, asOf, localToday(), language ?? debtor.language)
  const ref = invoiceIds.length > 0 ? letterReference(nextPaymentReferences(db, 1)[0]!) : null
  return previewOf(db, { ...data, reference: ref }, creditor)
}

export async function previewPlan(db: AppDb, planId: number, language?: Language): Promise<Preview> {
  const creditor = loadCreditor(db)
  const { customerId: _c, ...data } = planLetterData(db, planId, creditor, localToday(), language)
  return previewOf(db, data, creditor)
}

/** Regime of the made-up debtor for a template written for every regime. */
const SAMPLE_REGIME: Record<Regime | 'any', Regime> = { 'NL-b2b': 'NL-b2b', 'NL-b2c': 'NL-b2c', 'BE-b2b': 'BE-b2b', 'BE-b2c': 'BE-b2c', any: 'NL-b2b' }

export type TemplatePreview = Preview & { problems: TemplateProblem[] }

/** The editor's live preview: the draft text filled with a made-up letter, and what is wrong with it. */
export async function previewTemplate(db: AppDb, id: TemplateId, text: { subject: string; body: string }, today = localToday()): Promise<TemplatePreview> {
  const creditor = loadCreditor(db)
  const kind = kindOfKey(id.key)
  const regime = id.regime === 'any' ? (creditor.country === 'BE' ? 'BE-b2b' : SAMPLE_REGIME.any) : SAMPLE_REGIME[id.regime]
  const legalNotice = id.key === 'nl-14-day-letter' || id.key === 'be-first-reminder'
  const base = { creditor, regime, language: id.language, date: today, scheme: defaultScheme(creditor.country) }
  const data =
    kind === 'statement' ? sampleStatement(base) : kind === 'plan' ? samplePlan(base) : kind === 'plan-reminder' ? samplePlanReminder(base) : sampleDunning({ ...base, templateKey: id.key, level: legalNotice ? 1 : 2, legalNotice })
  const template = { version: 1, subject: text.subject, body: text.body }
  const problems = checkTemplate(template, kind, id.key, id.regime, id.language)
  return { ...(await svgPages(db, composeLetter(data, template), creditor)), problems }
}
