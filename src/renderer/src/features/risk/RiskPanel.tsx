// The risk card of one customer: score with its reasons, payment behaviour with mini-charts, credit limit
// and insurance, external scores and the forecast of this customer's open items.
import { Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { BehaviourSection } from './BehaviourSection'
import { CreditSection } from './CreditSection'
import { ExternalScores } from './ExternalScores'
import { InsuranceSection } from './InsuranceSection'
import { PredictionTable } from './PredictionTable'
import { ScoreSection } from './ScoreSection'

export function RiskPanel({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const api = useApi()
  const card = useQuery({ queryKey: ['risk', 'card', customerId], queryFn: () => api.risk.card({ customerId }) })
  const c = card.data
  if (!c) return <Loader size="sm" />
  return (
    <Stack gap="sm" data-testid="risk-panel">
      <ScoreSection card={c} />
      <BehaviourSection card={c} />
      <CreditSection card={c} />
      <InsuranceSection card={c} />
      <ExternalScores card={c} />
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('risk.card.forecast')}
        </Title>
        {c.forecast.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('risk.card.noForecast')}
          </Text>
        ) : (
          <PredictionTable rows={c.forecast} label={t('risk.card.forecast')} />
        )}
      </Paper>
    </Stack>
  )
}
