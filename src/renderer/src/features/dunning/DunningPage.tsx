// Aanmaningen: the proposal of the day (or the draft waiting for review), who is left out and why, the
// history of runs, and what happens in the next 30 days if nobody pays.
import { Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import { useApi } from '../../api/ApiProvider'
import { DateField } from '../../components/DateField'
import { FreshnessAlert } from '../payments/FreshnessAlert'
import { LettersBanner } from '../letters/LettersBanner'
import { ExclusionsView } from './ExclusionsView'
import { ForecastView } from './ForecastView'
import { ProposalView } from './ProposalView'
import { RunHistory } from './RunHistory'
import { RunReview } from './RunReview'

export function DunningPage() {
  const { t } = useTranslation()
  const api = useApi()
  const [asOf, setAsOf] = useState(localToday())
  const [tab, setTab] = useState<string | null>('proposal')
  const draft = useQuery({ queryKey: ['dunning', 'current'], queryFn: () => api.dunning.currentRun({}) })
  const run = draft.data ?? null
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('dunning.title')}
        </Title>
        {!run && <DateField label={t('dunning.asOf')} value={asOf} onChange={(iso) => iso && setAsOf(iso)} w={180} data-testid="as-of" />}
      </Group>
      <Text size="sm" c="dimmed">
        {t('dunning.intro')}
      </Text>
      <FreshnessAlert />
      <LettersBanner />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="proposal">{t('dunning.tabs.proposal')}</Tabs.Tab>
          <Tabs.Tab value="excluded">{t('dunning.tabs.excluded')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('dunning.tabs.history')}</Tabs.Tab>
          <Tabs.Tab value="forecast">{t('dunning.tabs.forecast')}</Tabs.Tab>
        </Tabs.List>
        <Stack gap="sm" pt="sm">
          {draft.isPending ? (
            <Loader size="sm" />
          ) : (
            <>
              <Tabs.Panel value="proposal">{run ? <RunReview run={run} /> : <ProposalView asOf={asOf} />}</Tabs.Panel>
              <Tabs.Panel value="excluded">
                <ExclusionsView runId={run?.id ?? null} asOf={asOf} />
              </Tabs.Panel>
              <Tabs.Panel value="history">
                <RunHistory />
              </Tabs.Panel>
              <Tabs.Panel value="forecast">
                <ForecastView asOf={run?.runDate ?? asOf} />
              </Tabs.Panel>
            </>
          )}
        </Stack>
      </Tabs>
    </Stack>
  )
}
