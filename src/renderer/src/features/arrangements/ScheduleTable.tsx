// The plan editor's instalments: every date and amount editable, with the live check that they add up.
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { balanceLast, checkSchedule, type ScheduledInstalment } from '../../../../shared/domains/arrangements/plan-schedule'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AmountField } from './fields'
import { DateField } from '../../components/DateField'

type Props = { schedule: ScheduledInstalment[]; totalCents: number; agreedOn: string; onChange: (next: ScheduledInstalment[]) => void }

export function ScheduleTable({ schedule, totalCents, agreedOn, onChange }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const check = checkSchedule(schedule, totalCents, agreedOn)
  const set = (seq: number, change: Partial<ScheduledInstalment>) => onChange(schedule.map((i) => (i.seq === seq ? { ...i, ...change } : i)))
  const problemAt = (seq: number) => check.problems.find((p) => p.seq === seq)
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('arrangements.plan.schedule')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130} />
            <Table.Th>{t('arrangements.plan.dueDate')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('arrangements.plan.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.map((i) => {
            const problem = problemAt(i.seq)
            return (
              <Table.Tr key={i.seq} data-testid={`instalment-${i.seq}`}>
                <Table.Td>{i.seq === 0 ? t('arrangements.plan.downPaymentRow') : t('arrangements.plan.seq', { seq: i.seq })}</Table.Td>
                <Table.Td>
                  <DateField size="xs" aria-label={t('arrangements.plan.dueDate')} value={i.dueDate} onChange={(d) => d && set(i.seq, { dueDate: d })} error={problem && problem.code !== 'amount-not-positive' ? ' ' : undefined} />
                </Table.Td>
                <Table.Td>
                  <AmountField size="xs" aria-label={t('arrangements.plan.amount')} value={i.amountCents} onChange={(c) => set(i.seq, { amountCents: c ?? 0 })} error={problem?.code === 'amount-not-positive' ? ' ' : undefined} />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('arrangements.plan.sum')}</Table.Th>
            <Table.Th />
            <Table.Th style={{ textAlign: 'right' }} data-testid="schedule-sum">
              {money(check.sumCents, language)}
            </Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Alert color={check.ok ? 'teal' : 'red'} variant="light" p="xs" data-testid="sum-check">
        {check.ok ? (
          <Text size="sm">{t('arrangements.plan.sumOk')}</Text>
        ) : (
          <Stack gap={4}>
            {check.differenceCents !== 0 && (
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {t('arrangements.plan.difference')}: {money(check.differenceCents, language)}
                </Text>
                <Button size="compact-xs" variant="light" onClick={() => onChange(balanceLast(schedule, totalCents))}>
                  {t('arrangements.plan.balance')}
                </Button>
              </Group>
            )}
            {check.problems
              .filter((p) => p.code !== 'sum-differs')
              .map((p) => (
                <Text key={`${p.code}-${p.seq}`} size="sm">
                  {t(`arrangements.plan.problems.${p.code}`, { seq: p.seq })}
                </Text>
              ))}
          </Stack>
        )}
      </Alert>
    </Stack>
  )
}
