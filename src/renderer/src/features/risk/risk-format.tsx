// Small pieces the risk screens share: the class colour and badge, explanation lines in the UI language,
// a labelled figure, and a policy or term's source.
import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { renderRiskLine, type RiskLine } from '../../../../shared/domains/risk/lines'
import type { RiskClass } from '../../../../shared/domains/risk/vocabulary'
import { useLanguage } from '../../lib/use-language'

export const CLASS_COLORS: Record<RiskClass, string> = { A: 'teal', B: 'green', C: 'yellow', D: 'orange', E: 'red' }

export function ClassBadge({ riskClass, size = 'md' }: { riskClass: RiskClass; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation()
  return (
    <Badge color={CLASS_COLORS[riskClass]} size={size} variant="filled">
      {t('risk.classLabel', { class: riskClass })}
    </Badge>
  )
}

/** Renders explanation lines from main (shared/domains/risk/lines.ts) in the UI language. */
export function useRiskText(): (line: RiskLine) => string {
  const language = useLanguage()
  return (line) => renderRiskLine(line, language)
}

export function Figure({ label, value, color }: { label: string; value: string; color?: string | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  )
}

/** Points of a reason with their sign: "−18", "+6". */
export function pointsText(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `\u2212${-points}` : '0'
}
