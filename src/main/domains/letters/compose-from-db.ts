// Composes letters from loaded data with the administration's templates, refusing what may not go out:
// a template that lost its legally required wording, or a letterhead or address that is incomplete.
import { composeLetter, type ComposeOptions } from '../../../shared/domains/letters/compose'
import type { LetterContent } from '../../../shared/domains/letters/content'
import type { LetterData, LetterReference } from '../../../shared/domains/letters/letter-data'
import { missingForSending } from '../../../shared/domains/letters/parties'
import { checkTemplate, describeProblem, type ResolvedTemplate } from '../../../shared/domains/letters/templates'
import type { IssuedReferenceText } from '../../../shared/domains/payments/issued-references'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { resolveTemplate, templateVersion } from './templates.repo'

export type ComposedLetter = { content: LetterContent; template: ResolvedTemplate; templateKey: string; templateVersion: string }

export const letterReference = (t: IssuedReferenceText): LetterReference => ({ scheme: t.scheme, bare: t.bare, printed: t.printed })

/** The template key a letter is written from. */
export function keyOf(data: LetterData): string {
  return data.kind === 'dunning' ? data.templateKey : data.kind === 'statement' ? 'statement' : data.kind === 'plan-reminder' ? 'plan-reminder' : 'plan-agreement'
}

export function composeFromDb(db: AppDb, data: LetterData, options: ComposeOptions = {}): ComposedLetter {
  const key = keyOf(data)
  const template = resolveTemplate(db, key, data.kind === 'dunning' ? data.regime : 'any', data.language)
  if (data.kind === 'dunning') {
    const problems = checkTemplate(template, 'dunning', key, data.regime, data.language, data.legalNotice)
    if (problems.length > 0)
      throw new AppError('validation', `The ${template.origin} template "${key}" (${data.language}) cannot be used for ${data.debtor.name}: ${problems.map(describeProblem).join('; ')}.`, 'template')
  }
  return { content: composeLetter(data, template, options), template, templateKey: template.key, templateVersion: templateVersion(template) }
}

/** Refuses to send without the letterhead's essentials or, on paper, without the debtor's address. */
export function assertSendable(data: LetterData): void {
  const needsKbo = data.kind === 'dunning' && data.regime === 'BE-b2c'
  const missing = missingForSending(data.creditor, data.debtor, needsKbo)
  if (missing.profile.length > 0)
    throw new AppError('validation', `Fill in the administration's ${missing.profile.join(', ')} under Settings before sending letters.`, `profile.${missing.profile[0]}`)
  if (data.channel === 'letter' && missing.customer.length > 0)
    throw new AppError('validation', `Customer ${data.debtor.code} (${data.debtor.name}) has no postal address (${missing.customer.join(', ')}).`, `customer.${missing.customer[0]}`)
}
