// Credit: the limit and its use with the 80 % / 100 % warnings, the suggested limit with its reasoning,
// and what the segment decides (payment term, dunning policy) unless set by hand.
import { Alert, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RiskCardDto } from '../../../../shared/ipc/risk.contract'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { CreditForm } from './CreditForm'
import { Figure, useRiskText } from './risk-format'

export function CreditSection({ card }: { card: RiskCardDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const text = useRiskText()
  const [editing, setEditing] = useState(false)
  const use = card.creditUse
  const source = (s: 'customer' | 'segment' | 'default') => t(`risk.source.${s}`)
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('risk.card.credit')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('risk.card.credit')}
          </Title>
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('risk.card.editCredit')}
          </Button>
        </Group>
        {use.level !== 'none' && (
          <Alert color={use.level === 'over' ? 'red' : 'orange'} p="xs" data-testid="credit-warning">
            {t(`risk.card.${use.level}`)}
          </Alert>
        )}
        <SimpleGrid cols={3} spacing="sm">
          <Figure label={t('risk.card.limit')} value={use.limitCents === null ? t('risk.card.noLimit') : money(use.limitCents, language)} />
          <Figure label={t('risk.card.used')} value={money(use.usedCents, language)} color={use.level === 'over' ? 'red.7' : undefined} />
          <Figure label={t('risk.card.notInvoiced')} value={money(card.credit.notInvoicedCents, language)} />
        </SimpleGrid>
        {use.pct !== null && <Progress value={Math.min(use.pct, 100)} color={use.level === 'over' ? 'red' : use.level === 'near' ? 'orange' : 'blue'} aria-label={`${use.pct}%`} />}
        <div>
          <Text size="xs" c="dimmed">
            {t('risk.card.suggested')}
          </Text>
          <Text fw={600}>{card.suggestedLimit.cents === null ? t('risk.card.noSuggestion') : money(card.suggestedLimit.cents, language)}</Text>
          <List size="xs" c="dimmed" spacing={0}>
            {card.suggestedLimit.lines.map((l, i) => (
              <List.Item key={i}>{text(l)}</List.Item>
            ))}
          </List>
        </div>
        <SimpleGrid cols={3} spacing="sm">
          <Figure label={t('risk.card.segment')} value={card.segment?.name ?? t('risk.card.noSegment')} />
          <Figure
            label={t('risk.card.paymentTerm')}
            value={card.paymentTerm.value === null ? source('default') : `${t('risk.card.termDays', { days: card.paymentTerm.value })} (${source(card.paymentTerm.source)})`}
          />
          <Figure label={t('risk.card.dunningPolicy')} value={card.dunningPolicy.name === null ? t('risk.card.none') : `${card.dunningPolicy.name} (${source(card.dunningPolicy.source)})`} />
        </SimpleGrid>
      </Stack>
      {editing && <CreditForm card={card} onClose={() => setEditing(false)} />}
    </Paper>
  )
}
