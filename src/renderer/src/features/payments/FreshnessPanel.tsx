// Per bank account how old the newest statement is, and the rule reminders follow when it is too old.
import { Badge, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FRESHNESS_MODE_VALUES } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { date } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { FreshnessAlert } from './FreshnessAlert'

type Mode = (typeof FRESHNESS_MODE_VALUES)[number]

export function FreshnessPanel() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const query = useQuery({ queryKey: ['payments', 'freshness'], queryFn: () => api.payments.freshness({}) })
  const [draft, setDraft] = useState<{ maxAgeDays: number; mode: Mode } | null>(null)
  const save = useMutation({ mutationFn: (next: { maxAgeDays: number; mode: Mode }) => api.payments.setFreshness(next), onSuccess: () => setDraft(null) })
  const data = query.data
  if (!data) return null
  const current = draft ?? data.settings
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('bank.freshness.title')}
        </Title>
        <FreshnessAlert />
        {data.accounts.length > 0 && (
          <Table withTableBorder aria-label={t('bank.freshness.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.account')}</Table.Th>
                <Table.Th>{t('bank.freshness.last')}</Table.Th>
                <Table.Th>{t('bank.freshness.age')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.accounts.map((a) => (
                <Table.Tr key={a.account}>
                  <Table.Td ff="monospace">{a.account}</Table.Td>
                  <Table.Td>{a.lastStatementDate ? date(a.lastStatementDate, language) : '—'}</Table.Td>
                  <Table.Td>{a.ageDays === null ? '—' : t('bank.freshness.days', { count: a.ageDays })}</Table.Td>
                  <Table.Td>
                    <Badge color={a.stale ? 'red' : 'teal'} variant="light">
                      {t(a.stale ? 'bank.freshness.stale' : 'bank.freshness.fresh')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="end">
          <NumberInput
            label={t('bank.freshness.maxAge')}
            min={0}
            max={365}
            allowDecimal={false}
            value={current.maxAgeDays}
            onChange={(v) => setDraft({ ...current, maxAgeDays: typeof v === 'number' ? v : 0 })}
            w={200}
          />
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('bank.freshness.mode')}
            </Text>
            <SegmentedControl
              value={current.mode}
              onChange={(v) => setDraft({ ...current, mode: v as Mode })}
              data={[
                { value: 'warn', label: t('bank.freshness.warnMode') },
                { value: 'block', label: t('bank.freshness.blockMode') }
              ]}
            />
          </Stack>
          <Button variant="light" disabled={draft === null} loading={save.isPending} onClick={() => save.mutate(current)}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
