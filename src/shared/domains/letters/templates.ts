// Letter templates: a small text format (a header with version and subject, then the body), the
// placeholders each kind of letter offers, the wording the law requires, and filling a template in.
import { AppError } from '../../errors'
import type { Language } from '../parties'
import type { LetterKind, Regime, TemplateRegime } from './vocabulary'

export type LetterTemplate = { version: number; subject: string; body: string }

/** A template as the app resolved it: shipped with the app, or the administration's own version. */
export type ResolvedTemplate = LetterTemplate & { key: string; regime: TemplateRegime; language: Language; origin: 'shipped' | 'custom'; updatedAt?: string }

/** Reads the file format: `version: N` and `subject: …` lines, a line `---`, then the body. */
export function parseTemplate(text: string, origin: string): LetterTemplate {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')
  const end = lines.indexOf('---')
  if (end < 0) throw new AppError('parse', `${origin}: the header must end with a line "---"`, origin)
  const header = new Map<string, string>()
  lines.slice(0, end).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const m = /^(\w+):\s*(.*)$/.exec(line)
    if (!m) throw new AppError('parse', `${origin}, line ${i + 1}: expected "name: value"`, origin)
    header.set(m[1]!, m[2]!.trim())
  })
  const version = Number(header.get('version'))
  if (!Number.isSafeInteger(version) || version < 1) throw new AppError('parse', `${origin}: "version" must be a whole number from 1`, origin)
  const subject = header.get('subject') ?? ''
  if (subject === '') throw new AppError('parse', `${origin}: "subject" is missing`, origin)
  return { version, subject, body: lines.slice(end + 1).join('\n').trim() }
}

export function serializeTemplate(t: LetterTemplate): string {
  return `version: ${t.version}\nsubject: ${t.subject}\n---\n${t.body}\n`
}

const PARTY_FIELDS = ['customer.name', 'customer.code', 'creditor.name', 'creditor.iban', 'creditor.bic', 'creditor.email', 'creditor.phone', 'date', 'total', 'reference'] as const

/** Inline placeholders (`{{name}}` inside a sentence) and blocks (`{{name}}` alone on a line) per kind. */
export const TEMPLATE_FIELDS: Record<LetterKind, { inline: readonly string[]; blocks: readonly string[] }> = {
  dunning: {
    inline: [...PARTY_FIELDS, 'principal', 'fee', 'costs', 'interest', 'compensation', 'announcedCosts', 'deadline', 'level', 'count'],
    blocks: ['items', 'amounts', 'legalBasis', 'explanation', 'payment']
  },
  statement: { inline: [...PARTY_FIELDS, 'asOf', 'count'], blocks: ['items', 'aging', 'payments', 'payment'] },
  plan: { inline: [...PARTY_FIELDS, 'instalments', 'firstDue', 'lastDue', 'downPayment'], blocks: ['items', 'schedule', 'amounts', 'payment', 'signatures'] },
  // `total` is what is due on the instalment now, `reference` the instalment's own
  'plan-reminder': { inline: [...PARTY_FIELDS, 'instalment', 'instalments', 'dueDate', 'amount', 'paid', 'remaining'], blocks: ['payment', 'schedule'] }
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g

export type TemplateProblem =
  | { code: 'unknown-placeholder'; name: string }
  | { code: 'block-inline'; name: string }
  | { code: 'missing-placeholder'; name: string }
  | { code: 'missing-phrase'; phrase: string }
  | { code: 'forbidden-phrase'; phrase: string }
  | { code: 'empty-subject' }

/** What the law requires a letter to say, in its language. */
type Requirement = { placeholders: string[]; phrases: Partial<Record<Language, string[]>>; forbidden: Partial<Record<Language, string[]>> }

/**
 * The NL 14-day letter (art. 6:96 lid 6 BW, HR 25-11-2016): the term runs from the day after delivery, never
 * "na dagtekening", and the letter names the exact collection costs that follow (legal-reference §1.5).
 */
const NL_FOURTEEN_DAY: Requirement = {
  placeholders: ['announcedCosts'],
  phrases: {
    nl: ['binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd', 'binnen vijftien dagen nadat deze brief bij u is bezorgd'],
    fr: ['dans les quatorze jours à compter du lendemain du jour où cette lettre vous a été remise'],
    en: ['within fourteen days from the day after this letter has been delivered to you']
  },
  forbidden: { nl: ['na dagtekening', 'na heden', 'na de datum van deze brief'], fr: ['à compter de la date de cette lettre'], en: ['from the date of this letter'] }
}

/** The BE first reminder (art. XIX.2 WER): the debt and its items, the damages that would follow, the 14-day wait. */
const BE_FIRST_REMINDER: Requirement = { placeholders: ['items', 'total', 'announcedCosts', 'deadline'], phrases: {}, forbidden: {} }

/** B2B letters that claim or announce interest and compensation state their legal basis, rate and start date. */
const B2B_BASIS: Requirement = { placeholders: ['legalBasis'], phrases: {}, forbidden: {} }

export function requirementsFor(key: string, regime: TemplateRegime, legalNotice = false): Requirement[] {
  const reqs: Requirement[] = []
  if (key === 'nl-14-day-letter' || (legalNotice && regime === 'NL-b2c')) reqs.push(NL_FOURTEEN_DAY)
  if (key === 'be-first-reminder' || (legalNotice && regime === 'BE-b2c')) reqs.push(BE_FIRST_REMINDER)
  if ((key === 'demand' || key === 'final-notice') && (regime === 'NL-b2b' || regime === 'BE-b2b')) reqs.push(B2B_BASIS)
  return reqs
}

/** Every problem of a template's text; an empty list means it can be saved and used. */
export function checkTemplate(t: Pick<LetterTemplate, 'subject' | 'body'>, kind: LetterKind, key: string, regime: TemplateRegime, language: Language, legalNotice = false): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  const { inline, blocks } = TEMPLATE_FIELDS[kind]
  if (t.subject.trim() === '') problems.push({ code: 'empty-subject' })
  const used = new Set<string>()
  for (const [text, isBody] of [[t.subject, false], [t.body, true]] as const) {
    for (const paragraph of isBody ? text.split(/\n\s*\n/) : [text]) {
      const alone = /^\s*\{\{\s*([\w.]+)\s*\}\}\s*$/.exec(paragraph)?.[1]
      for (const m of paragraph.matchAll(PLACEHOLDER)) {
        const name = m[1]!
        used.add(name)
        if (blocks.includes(name)) {
          if (alone !== name) problems.push({ code: 'block-inline', name })
        } else if (!inline.includes(name)) problems.push({ code: 'unknown-placeholder', name })
      }
    }
  }
  const lower = `${t.subject}\n${t.body}`.toLowerCase().replace(/\s+/g, ' ')
  for (const req of requirementsFor(key, regime, legalNotice)) {
    for (const name of req.placeholders) if (!used.has(name)) problems.push({ code: 'missing-placeholder', name })
    const phrases = req.phrases[language]
    if (phrases && !phrases.some((p) => lower.includes(p))) problems.push({ code: 'missing-phrase', phrase: phrases[0]! })
    for (const f of req.forbidden[language] ?? []) if (lower.includes(f)) problems.push({ code: 'forbidden-phrase', phrase: f })
  }
  return problems
}

/** A problem as one line of English for the CLI and logs (the UI words them itself). */
export function describeProblem(p: TemplateProblem): string {
  switch (p.code) {
    case 'unknown-placeholder':
      return `unknown placeholder {{${p.name}}}`
    case 'block-inline':
      return `{{${p.name}}} must stand alone on its own line`
    case 'missing-placeholder':
      return `{{${p.name}}} is required in this letter`
    case 'missing-phrase':
      return `the legally required wording "${p.phrase}" is missing`
    case 'forbidden-phrase':
      return `"${p.phrase}" may not be used in this letter`
    case 'empty-subject':
      return 'the subject is empty'
  }
}

/** A template's body as paragraphs: text with inline values filled in, or the name of a block. */
export type FilledPart = { text: string } | { block: string }

export function fillTemplate(t: LetterTemplate, values: Record<string, string>): { subject: string; parts: FilledPart[] } {
  const fill = (text: string) => text.replace(PLACEHOLDER, (_whole, name: string) => values[name] ?? '')
  const parts: FilledPart[] = []
  for (const paragraph of t.body.split(/\n\s*\n/)) {
    const block = /^\s*\{\{\s*([\w.]+)\s*\}\}\s*$/.exec(paragraph)?.[1]
    if (block !== undefined && !(block in values)) parts.push({ block })
    else if (paragraph.trim() !== '') parts.push({ text: fill(paragraph.trim()) })
  }
  return { subject: fill(t.subject), parts }
}

/** Candidate (key, regime) pairs for a letter, most specific first; an unknown key falls back to "demand". */
export function templateCandidates(key: string, regime: Regime | 'any', known: (key: string) => boolean): { key: string; regime: TemplateRegime }[] {
  const k = known(key) ? key : 'demand'
  return regime === 'any' ? [{ key: k, regime: 'any' }] : [{ key: k, regime }, { key: k, regime: 'any' }]
}
