// Credit bureau scores (Graydon, Creditsafe, Companyweb, D&B): entered by hand or read from a CSV file with
// their date. A score is kept on 0–100 (100 = lowest risk); a file may give its own scale ("max" column).
import { and, desc, eq } from 'drizzle-orm'
import Papa from 'papaparse'
import { parseInput } from '../../../shared/domains/customers/parse-input'
import { parseDateText } from '../../../shared/domains/imports/date'
import { ExternalScoreInputSchema, type ExternalScoreInput } from '../../../shared/domains/risk/inputs'
import type { ExternalAgency } from '../../../shared/domains/risk/vocabulary'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { customers, externalScores } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { decodeText } from '../imports/decode'
import { sniffDelimiter } from '../imports/read-csv'

export type ExternalScoreRow = typeof externalScores.$inferSelect

export function scoresOf(db: AppDb, customerId: number): ExternalScoreRow[] {
  return db.select().from(externalScores).where(eq(externalScores.customerId, customerId)).orderBy(desc(externalScores.scoredOn), desc(externalScores.id)).all()
}

export function addScore(db: AppDb, input: ExternalScoreInput): ExternalScoreRow {
  const s = parseInput(ExternalScoreInputSchema, input)
  return withWrite(db, (tx) => {
    if (!tx.select({ id: customers.id }).from(customers).where(eq(customers.id, s.customerId)).get()) throw new AppError('not-found', `No customer with id ${s.customerId}.`, 'customerId')
    const row = tx.insert(externalScores).values({ ...s, source: 'manual' }).returning().get()
    appendAudit(tx, { action: 'external-score.added', entity: 'customer', entityId: s.customerId, data: s })
    return row
  })
}

export function deleteScore(db: AppDb, id: number): void {
  withWrite(db, (tx) => {
    const row = tx.delete(externalScores).where(eq(externalScores.id, id)).returning().get()
    if (!row) throw new AppError('not-found', `No external score with id ${id}.`, 'id')
    appendAudit(tx, { action: 'external-score.deleted', entity: 'customer', entityId: row.customerId, data: row })
  })
}

/** Header names a bureau export or a hand-made sheet uses, compared without case, spaces or punctuation. */
const COLUMNS = {
  customer: ['klant', 'klantcode', 'klantnummer', 'debiteur', 'debiteurnummer', 'code', 'customer', 'customercode', 'client', 'codeclient', 'numeroclient'],
  agency: ['bureau', 'agency', 'bron', 'source', 'kredietbureau', 'creditbureau'],
  score: ['score', 'kredietscore', 'creditscore'],
  date: ['datum', 'date', 'scoredatum', 'peildatum', 'scoredon'],
  rating: ['rating', 'klasse', 'classe', 'class'],
  max: ['max', 'maximum', 'schaal', 'scale', 'echelle']
} as const
type Column = keyof typeof COLUMNS

const AGENCIES: Record<string, ExternalAgency> = { graydon: 'graydon', creditsafe: 'creditsafe', companyweb: 'companyweb', dnb: 'dnb', db: 'dnb', dunbradstreet: 'dnb', dunandbradstreet: 'dnb' }

const simple = (text: string) => text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '')

export type ScoreProblemCode = 'missing-column' | 'unknown-customer' | 'bad-score' | 'bad-date'
export type ScoreProblem = { line: number; code: ScoreProblemCode; value: string }
export type ScoreImport = { fileName: string; rows: number; imported: number; duplicates: number; problems: ScoreProblem[]; written: boolean }

type Parsed = { line: number; customerId: number; agency: ExternalAgency; score: number; rating: string | null; scoredOn: string }

/** A score on its own scale (default 0–100) as 0–100, or null when it is not a number within the scale. */
function scaled(scoreText: string, maxText: string): number | null {
  const score = Number(scoreText.replace(',', '.'))
  const max = maxText.trim() === '' ? 100 : Number(maxText.replace(',', '.'))
  if (!Number.isFinite(score) || !Number.isFinite(max) || max <= 0 || score < 0 || score > max) return null
  return Math.round((score * 100) / max)
}

function readRows(db: AppDb, bytes: Uint8Array, fileName: string): { rows: number; parsed: Parsed[]; problems: ScoreProblem[] } {
  const { text } = decodeText(bytes)
  const table = Papa.parse<string[]>(text, { delimiter: sniffDelimiter(text) ?? ';', skipEmptyLines: 'greedy' }).data
  const headers = (table[0] ?? []).map(simple)
  const at = Object.fromEntries((Object.keys(COLUMNS) as Column[]).map((c) => [c, headers.findIndex((h) => (COLUMNS[c] as readonly string[]).includes(h))])) as Record<Column, number>
  const missing = (['customer', 'score', 'date'] as const).filter((c) => at[c] < 0)
  if (missing.length > 0) throw new AppError('validation', `${fileName}: no column for ${missing.join(', ')} (expected e.g. "klant;bureau;score;datum")`, 'file')
  const codes = new Map(db.select({ id: customers.id, code: customers.code }).from(customers).all().map((c) => [c.code, c.id]))
  const problems: ScoreProblem[] = []
  const parsed: Parsed[] = []
  table.slice(1).forEach((cells, i) => {
    const line = i + 2
    const cell = (c: Column) => (at[c] < 0 ? '' : (cells[at[c]] ?? '').trim())
    const customerId = codes.get(cell('customer'))
    const score = scaled(cell('score'), cell('max'))
    const scoredOn = parseDateText(cell('date'))
    if (customerId === undefined) problems.push({ line, code: 'unknown-customer', value: cell('customer') })
    else if (score === null) problems.push({ line, code: 'bad-score', value: cell('score') })
    else if (scoredOn === null) problems.push({ line, code: 'bad-date', value: cell('date') })
    else parsed.push({ line, customerId, agency: AGENCIES[simple(cell('agency'))] ?? 'other', score, rating: cell('rating') || null, scoredOn })
  })
  return { rows: table.length - 1, parsed, problems }
}

/**
 * Reads a CSV of scores and, when every line is good (and it is no dry run), writes them in one
 * transaction. A score already known for the customer, bureau and date is skipped, so a file can be
 * imported twice.
 */
export function importScores(db: AppDb, bytes: Uint8Array, fileName: string, opts: { dryRun?: boolean } = {}): ScoreImport {
  const { rows, parsed, problems } = readRows(db, bytes, fileName)
  const base = { fileName, rows, problems }
  if (problems.length > 0 || opts.dryRun) return { ...base, imported: problems.length > 0 ? 0 : parsed.length, duplicates: 0, written: false }
  return withWrite(db, (tx) => {
    let imported = 0
    for (const p of parsed) {
      const known = tx
        .select({ id: externalScores.id })
        .from(externalScores)
        .where(and(eq(externalScores.customerId, p.customerId), eq(externalScores.agency, p.agency), eq(externalScores.scoredOn, p.scoredOn)))
        .get()
      if (known) continue
      tx.insert(externalScores).values({ customerId: p.customerId, agency: p.agency, score: p.score, rating: p.rating, scoredOn: p.scoredOn, source: 'csv' }).run()
      imported++
    }
    appendAudit(tx, { action: 'external-score.imported', entity: 'external_scores', data: { fileName, imported, duplicates: parsed.length - imported } })
    return { ...base, imported, duplicates: parsed.length - imported, written: true }
  })
}
