import { Anchor, Badge, Group, Loader, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { countryName } from '../../../../shared/domains/countries'
import { useApi } from '../../api/ApiProvider'
import { useAppInfo } from '../../api/session'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { Figure } from '../risk/risk-format'

export function RiskCard({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const desktop = useAppInfo().data?.mode === 'desktop'
  const risk = useQuery({ queryKey: ['customers', 'risk', customerId], queryFn: () => api.customers.risk({ customerId }) })
  const r = risk.data
  if (!r) return <Loader size="sm" />
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('customers.risk.title')}>
      <Stack gap="sm">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('customers.risk.title')}
          </Text>
          <Title order={2} size="h4">
            {r.name}
          </Title>
          <Text size="sm" c="dimmed">
            {[r.code, r.city, countryName(r.country, language), t(`customers.debtorTypes.${r.debtorType}`), t(`languages.${r.language}`)].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="sm">
          <Figure label={t('customers.risk.open')} value={money(r.openCents, language)} />
          <Figure label={t('customers.risk.overdue')} value={money(r.overdueCents, language)} color={r.overdueCents > 0 ? 'red.7' : undefined} />
          <Figure label={t('customers.risk.oldest')} value={r.oldestOverdueDays > 0 ? t('customers.risk.days', { count: r.oldestOverdueDays }) : '—'} />
          <Figure label={t('customers.risk.creditLimit')} value={r.creditLimitCents === null ? t('customers.risk.noLimit') : money(r.creditLimitCents, language)} />
          <Figure label={t('customers.risk.openItems')} value={`${r.openCount} (${r.overdueCount} ${t('customers.risk.overdue').toLowerCase()})`} />
          <Figure label={t('customers.risk.disputes')} value={String(r.disputedCount)} />
          <Figure label={t('customers.risk.promises')} value={String(r.openPromises)} />
        </SimpleGrid>
        {r.creditUsePct !== null && (
          <div>
            <Text size="xs" c="dimmed">
              {t('customers.risk.creditUse')}: {r.creditUsePct}%
            </Text>
            <Progress value={Math.min(r.creditUsePct, 100)} color={r.creditUsePct > 100 ? 'red' : r.creditUsePct > 80 ? 'orange' : 'blue'} />
          </div>
        )}
        <Group gap="xs">
          {r.hasActivePlan && <Badge color="teal">{t('customers.risk.plan')}</Badge>}
          {r.onHold && <Badge color="yellow">{t('customers.risk.onHold')}</Badge>}
        </Group>
        {r.email && (
          <Text size="sm">
            {t('customers.risk.email')}:{' '}
            {desktop ? (
              <Anchor component="button" type="button" onClick={() => void api.app.openExternal({ url: `mailto:${r.email}` })}>
                {r.email}
              </Anchor>
            ) : (
              r.email
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
