// The dry run: what would be sent on the chosen day, nothing written yet, and the button that saves it as
// a draft run for review.
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ActionList } from './ActionList'

const PAGE = 100

export function ProposalView({ asOf }: { asOf: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [shown, setShown] = useState(PAGE)
  const proposal = useQuery({ queryKey: ['dunning', 'proposal', asOf], queryFn: () => api.dunning.propose({ asOf }) })
  const save = useMutation({
    mutationFn: () => api.dunning.save({ asOf }),
    onSuccess: (r) => notifications.show({ color: 'teal', message: t(r.runId === null ? 'dunning.nothing' : r.created ? 'dunning.saved' : 'dunning.savedExisting', { date: date(asOf, language) }) })
  })
  if (!proposal.data) return <Loader size="sm" />
  const { actions } = proposal.data
  const total = actions.reduce((sum, a) => sum + a.totalCents, 0)
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light">
        {t('dunning.dryRun', { date: date(asOf, language) })}
      </Alert>
      <Group justify="space-between">
        <Text fw={600} data-testid="proposal-totals">
          {actions.length === 0 ? t('dunning.nothing', { date: date(asOf, language) }) : t('dunning.totals', { count: actions.length, n: count(actions.length, language), amount: money(total, language) })}
        </Text>
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={actions.length === 0 || proposal.data.freshness === 'block'} data-testid="save-run">
          {t('dunning.save')}
        </Button>
      </Group>
      {actions.length > 0 && <ActionList actions={actions.slice(0, shown)} total={actions.length} onMore={() => setShown(shown + PAGE)} mode="proposal" />}
    </Stack>
  )
}
