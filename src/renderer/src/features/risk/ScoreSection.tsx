// The score with every reason and its contribution: 100 plus the points of the reasons, nothing hidden.
import { Group, Paper, RingProgress, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RiskCardDto } from '../../../../shared/ipc/risk.contract'
import { ClassBadge, CLASS_COLORS, pointsText, useRiskText } from './risk-format'

export function ScoreSection({ card }: { card: RiskCardDto }) {
  const { t } = useTranslation()
  const text = useRiskText()
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('risk.card.score')}>
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <Stack align="center" gap={4}>
          <RingProgress
            size={110}
            thickness={10}
            sections={[{ value: card.score, color: CLASS_COLORS[card.riskClass] }]}
            label={
              <Text ta="center" fw={700} size="xl" data-testid="risk-score">
                {card.score}
              </Text>
            }
          />
          <ClassBadge riskClass={card.riskClass} />
          {card.previousScore !== null && (
            <Text size="xs" c="dimmed">
              {t('risk.card.previous', { score: card.previousScore })}
            </Text>
          )}
        </Stack>
        <Stack gap={4} style={{ flex: 1 }}>
          <Title order={3} size="h5">
            {t('risk.card.reasons')}
          </Title>
          <Table fz="sm" verticalSpacing={4} data-testid="risk-reasons">
            <Table.Tbody>
              <Table.Tr>
                <Table.Td c="dimmed">{t('risk.card.start')}</Table.Td>
                <Table.Td ta="right" c="dimmed">
                  100
                </Table.Td>
              </Table.Tr>
              {card.reasons.map((r) => (
                <Table.Tr key={r.factor}>
                  <Table.Td>{text(r)}</Table.Td>
                  <Table.Td ta="right" fw={600} c={r.points < 0 ? 'red.7' : r.points > 0 ? 'teal.7' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {pointsText(r.points)}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={700}>{t('risk.card.score')}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {card.score}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      </Group>
    </Paper>
  )
}
