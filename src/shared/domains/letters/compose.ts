// Composes a letter: the template filled in with the data's wording and blocks, the letterhead, the
// envelope address and the info block. Pure: the same data and template always give the same content.
import type { IsoDate } from '../../dates'
import type { Block, LetterContent } from './content'
import { dunningParts } from './compose-dunning'
import { planParts } from './compose-plan'
import { planReminderParts } from './compose-plan-reminder'
import { statementParts } from './compose-statement'
import { type LetterFormat, letterFormat } from './format'
import type { LetterData } from './letter-data'
import { letterhead, recipientLines } from './parties'
import type { LetterParts } from './parts'
import { fillTemplate, type LetterTemplate } from './templates'

function partsFor(data: LetterData, fmt: LetterFormat): LetterParts {
  switch (data.kind) {
    case 'dunning':
      return dunningParts(data, fmt)
    case 'statement':
      return statementParts(data, fmt)
    case 'plan':
      return planParts(data, fmt)
    case 'plan-reminder':
      return planReminderParts(data, fmt)
  }
}

export type ComposeOptions = { /** a reprint: the date of the original it copies */ copyOf?: IsoDate }

export function composeLetter(data: LetterData, template: LetterTemplate, options: ComposeOptions = {}): LetterContent {
  const fmt = letterFormat(data.language)
  const parts = partsFor(data, fmt)
  const filled = fillTemplate(template, parts.values)
  const blocks = filled.parts.flatMap((p): Block[] => ('text' in p ? [{ type: 'paragraph', text: p.text }] : (parts.blocks[p.block] ?? [])))
  const content: LetterContent = {
    kind: data.kind,
    language: data.language,
    title: `${filled.subject} – ${data.debtor.name}`,
    letterhead: letterhead(data.creditor, fmt),
    recipient: recipientLines(data.debtor, data.creditor.country, fmt),
    info: [
      { label: fmt.t('info.date'), value: fmt.date(data.date) },
      { label: fmt.t('info.customer'), value: data.debtor.code },
      ...parts.info,
      ...(data.reference ? [{ label: fmt.t('info.reference'), value: data.reference.printed }] : [])
    ],
    subject: filled.subject,
    blocks,
    pageLabel: fmt.t('page'),
    copy: null
  }
  return options.copyOf ? asCopy(content, options.copyOf) : content
}

/** A reprint of an archived letter: the same content, stamped as a copy of the letter of `originalDate`. */
export function asCopy(content: LetterContent, originalDate: IsoDate): LetterContent {
  const fmt = letterFormat(content.language)
  return { ...content, copy: { stamp: fmt.t('copy.stamp'), note: fmt.t('copy.note', { date: fmt.date(originalDate) }) } }
}
