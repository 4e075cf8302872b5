// Small shared pieces of the reminder lists: level labels, amounts typed by the user, explanation text.
import type { TFunction } from 'i18next'
import { type DunningLine, type Regime, levelNameIn, renderDunningLines } from '../../../../shared/domains/dunning'
import { parseAmount } from '../../../../shared/domains/imports/amount'
import type { Language } from '../../../../shared/domains/parties'

/** "Level 2 · Demand for payment": a shipped level name in the UI language, a name the user gave as it is. */
export function levelLabel(t: TFunction, action: { level: number; levelName: string | null; regime: Regime }, language: Language): string {
  const { level, levelName, regime } = action
  if (level === 0) return t('dunning.courtesy')
  return levelName ? `${t('dunning.level', { level })} · ${levelNameIn(regime, levelName, language)}` : t('dunning.level', { level })
}

/** An amount as the user types it in their language ("12,50", "1.234,50"; "12.50" in English) to cents, or null. */
export function typedCents(text: string, language: Language): number | null {
  const cents = parseAmount(text.trim(), language === 'en' ? '.' : ',')
  return cents === null || cents < 0 ? null : cents
}

export function explain(lines: readonly DunningLine[], language: Language): string[] {
  return renderDunningLines(lines, language)
}
