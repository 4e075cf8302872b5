// The forecast's totals and its backtest against "paid on the due date", in one line each.
import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ForecastDto } from '../../../../shared/ipc/risk.contract'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

export function ForecastSummary({ forecast }: { forecast: ForecastDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const total = forecast.weeks.reduce((s, w) => s + w.expectedCents, 0)
  const b = forecast.backtest
  const days = (n: number | null) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : language === 'fr' ? 'fr-BE' : 'nl-NL', { maximumFractionDigits: 1 }).format(n ?? 0)
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('risk.forecast.total', { weeks: forecast.weeks.length, amount: money(total, language) })} · {t('risk.forecast.later', { weeks: forecast.weeks.length, amount: money(forecast.laterCents, language) })}
      </Text>
      <Text size="sm" c="dimmed" data-testid="backtest">
        {b && b.maeDays !== null ? t('risk.forecast.backtest', { mae: days(b.maeDays), naive: days(b.naiveMaeDays), n: count(b.samples, language) }) : t('risk.forecast.noBacktest')}
      </Text>
    </Stack>
  )
}
