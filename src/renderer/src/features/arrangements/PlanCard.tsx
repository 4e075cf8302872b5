// A running payment plan on the customer: progress, the next instalment, and each instalment with its
// state and structured reference; the reminder before an instalment is sent as a letter (or ticked off) here.
import { Badge, Button, Collapse, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanDetailDto } from '../../../../shared/ipc/arrangements.contract'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ReminderLetter } from './TaskActions'

const STATE_COLOR = { paid: 'teal', partial: 'yellow', upcoming: 'gray', due: 'orange', late: 'red' } as const

export function PlanCard({ plan }: { plan: PlanDetailDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [open, setOpen] = useState(false)
  const reminded = useMutation({ mutationFn: (instalmentId: number) => api.arrangements.markReminded({ instalmentId }) })
  const cancel = useMutation({ mutationFn: () => api.arrangements.cancelPlan({ planId: plan.id }) })
  const next = plan.instalments.find((i) => i.state !== 'paid')
  const remind = plan.instalments.find((i) => i.reminderDue)
  const paidShare = plan.totalCents > 0 ? Math.round((100 * plan.paidCents) / plan.totalCents) : 0
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`plan-${plan.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('arrangements.labels.kind.plan')} · {money(plan.totalCents, language)} · {t(`arrangements.labels.frequency.${plan.frequency}`)}
          </Text>
          <Badge size="sm" variant="light" color="teal">
            {t(`arrangements.labels.planStatus.${plan.status}`)}
          </Badge>
        </Group>
        <Progress value={paidShare} size="sm" color="teal" aria-label={t('arrangements.plan.progress', { paid: money(plan.paidCents, language), total: money(plan.totalCents, language) })} />
        <Text size="xs" c="dimmed">
          {t('arrangements.plan.progress', { paid: money(plan.paidCents, language), total: money(plan.totalCents, language) })}
          {next ? ` · ${t('arrangements.plan.next', { amount: money(next.amountCents - next.paidCents, language), date: date(next.dueDate, language) })}` : ''}
          {` · ${plan.invoiceNumbers.join(', ')}`}
        </Text>
        {remind && (
          <Group justify="space-between" gap="xs" wrap="nowrap" bg="yellow.0" p={4} data-testid="reminder-due">
            <Text size="xs" fw={600}>
              {t('arrangements.plan.reminderDue', { seq: remind.seq, amount: money(remind.amountCents - remind.paidCents, language), date: date(remind.dueDate, language) })}
            </Text>
            <Group gap={4} wrap="nowrap">
              <ReminderLetter instalmentId={remind.id} />
              <Button size="xs" variant="subtle" onClick={() => reminded.mutate(remind.id)} loading={reminded.isPending}>
                {t('arrangements.plan.markReminded')}
              </Button>
            </Group>
          </Group>
        )}
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => setOpen((o) => !o)}>
            {t('arrangements.plan.details')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => cancel.mutate()} loading={cancel.isPending}>
            {t('arrangements.plan.cancelPlan')}
          </Button>
        </Group>
        <Collapse expanded={open}>
          <Table fz="xs" verticalSpacing={2} aria-label={t('arrangements.plan.schedule')}>
            <Table.Tbody>
              {plan.instalments.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.seq === 0 ? t('arrangements.plan.downPaymentRow') : t('arrangements.plan.seq', { seq: i.seq })}</Table.Td>
                  <Table.Td>{date(i.dueDate, language)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{money(i.amountCents, language)}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={STATE_COLOR[i.state]}>
                      {t(`arrangements.labels.instalmentState.${i.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ fontFamily: 'monospace' }}>{i.reference?.printed}</Table.Td>
                  <Table.Td>
                    {i.remindedOn && (
                      <Text size="xs" c="dimmed">
                        {t('arrangements.plan.reminded', { date: date(i.remindedOn, language) })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Collapse>
      </Stack>
    </Paper>
  )
}
