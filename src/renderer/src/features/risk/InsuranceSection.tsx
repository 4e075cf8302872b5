// Credit insurance of one customer: insurer, policy, insured limit and cover, insured and uninsured
// exposure, and the insurer's deadlines still to meet (recorded as notified from here).
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import type { RiskCardDto } from '../../../../shared/ipc/risk.contract'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { Figure, useRiskText } from './risk-format'

export function InsuranceSection({ card }: { card: RiskCardDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const text = useRiskText()
  const c = card.credit
  const notice = useMutation({
    mutationFn: (invoiceId: number) => api.risk.addNotice({ customerId: card.customerId, invoiceId, noticedOn: localToday(), note: null }),
    onSuccess: () => notifications.show({ color: 'teal', message: t('risk.card.notified') })
  })
  const e = card.exposure
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('risk.card.insurance')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('risk.card.insurance')}
        </Title>
        {c.policyId === null ? (
          <Text size="sm" c="dimmed">
            {t('risk.card.noInsurance')}
          </Text>
        ) : (
          <SimpleGrid cols={4} spacing="sm" data-testid="insurance">
            <Figure label={t('risk.card.insurer')} value={`${c.insurer ?? ''} ${c.policyNumber ?? ''}`} />
            <Figure label={t('risk.card.insuredLimit')} value={c.insuredLimitCents === null ? t('risk.card.none') : money(c.insuredLimitCents, language)} />
            <Figure label={t('risk.card.decision')} value={c.coverDecisionOn === null ? t('risk.card.none') : date(c.coverDecisionOn, language)} />
            <Figure label={t('risk.card.cover')} value={c.effectiveCoverPct === null ? t('risk.card.none') : `${c.effectiveCoverPct}\u00a0%`} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={3} spacing="sm">
          <Figure label={t('risk.card.exposure')} value={money(e.exposureCents, language)} />
          <Figure label={t('risk.card.insured')} value={money(e.insuredCents, language)} color="teal.7" />
          <Figure label={t('risk.card.uninsured')} value={money(e.uninsuredCents, language)} color={e.uninsuredCents > 0 ? 'orange.7' : undefined} />
        </SimpleGrid>
        {card.deadlines.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('risk.card.deadlines')}
            </Text>
            {card.deadlines.map((d) => (
              <Alert key={`${d.invoiceId}-${d.kind}`} color={d.missed ? 'red' : 'orange'} p="xs" data-testid="insurance-deadline">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{text(d.line)}</Text>
                  {d.kind === 'notify' && (
                    <Button size="compact-xs" variant="white" style={{ flexShrink: 0 }} loading={notice.isPending && notice.variables === d.invoiceId} onClick={() => notice.mutate(d.invoiceId)}>
                      {t('risk.card.notify')}
                    </Button>
                  )}
                </Group>
              </Alert>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
