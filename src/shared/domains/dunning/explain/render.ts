// Renders dunning explanation lines (and the legal engine's lines mixed in) in nl, fr or en.
import { type ExplainLocale, formatExplainValue, renderLine } from '../../legal'
import { levelNameIn } from '../default-policies'
import { type DunningLine, type DunningValue } from './lines'
import { type DunningMessageKey, type DunningMessages, EN_DUNNING } from './messages-en'
import { FR_DUNNING } from './messages-fr'
import { NL_DUNNING } from './messages-nl'

const MESSAGES: Record<ExplainLocale, DunningMessages> = { nl: NL_DUNNING, fr: FR_DUNNING, en: EN_DUNNING }

function isDunningLine(line: DunningLine): line is Extract<DunningLine, { key: DunningMessageKey }> {
  return line.key in EN_DUNNING
}

function valueText(value: DunningValue, locale: ExplainLocale): string {
  if ('text' in value) return value.text
  if ('levelName' in value) return levelNameIn(value.regime, value.levelName, locale)
  if ('term' in value) return MESSAGES[locale][value.term]
  return formatExplainValue(value, locale)
}

export function renderDunningLine(line: DunningLine, locale: ExplainLocale): string {
  if (!isDunningLine(line)) return renderLine(line, locale)
  return MESSAGES[locale][line.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = line.values?.[name]
    return value === undefined ? whole : valueText(value, locale)
  })
}

/** One sentence per line, for lists on screen. */
export function renderDunningLines(lines: readonly DunningLine[], locale: ExplainLocale): string[] {
  return lines.map((l) => renderDunningLine(l, locale))
}

/** All lines as one text (the CLI's `explanation`), the first capitalised. */
export function renderDunningText(lines: readonly DunningLine[], locale: ExplainLocale): string {
  const text = renderDunningLines(lines, locale).join('; ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
