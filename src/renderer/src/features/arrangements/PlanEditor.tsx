// The payment-plan editor: pick invoices (and the costs and interest due so far), a down payment, the
// number of instalments, frequency and start; split evenly, then edit single instalments with a live check.
import { Button, Divider, Group, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, localToday } from '../../../../shared/dates'
import { checkSchedule, type ScheduledInstalment } from '../../../../shared/domains/arrangements/plan-schedule'
import { PLAN_FREQUENCIES, type PlanFrequency } from '../../../../shared/domains/arrangements/vocabulary'
import type { PlanProposalDto } from '../../../../shared/ipc/arrangements.contract'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AmountField } from './fields'
import { DateField } from '../../components/DateField'
import { InvoicePicker } from './InvoicePicker'
import { ScheduleTable } from './ScheduleTable'
import { useOpenInvoices, useRecord } from './use-arrangements'

export function PlanEditor({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const today = localToday()
  const open = useOpenInvoices(customerId)
  // overdue items are the usual subject of a plan; the user can add the rest
  const [picked, setPicked] = useState<number[] | null>(null)
  const invoiceIds = picked ?? (open.data ?? []).filter((i) => i.daysOverdue > 0).map((i) => i.id)
  const [includeCosts, setCosts] = useState(false)
  const [includeInterest, setInterest] = useState(false)
  const [downPaymentCents, setDown] = useState<number | null>(0)
  const [instalments, setInstalments] = useState<number | string>(6)
  const [frequency, setFrequency] = useState<PlanFrequency>('monthly')
  const [startDate, setStart] = useState<string | null>(addDays(today, 14))
  const [graceDays, setGrace] = useState<number | string>(7)
  const [reminderDays, setReminder] = useState<number | string>(5)
  const [proposal, setProposal] = useState<PlanProposalDto | null>(null)
  const [schedule, setSchedule] = useState<ScheduledInstalment[]>([])
  const terms = { customerId, invoiceIds, includeCosts, includeInterest, downPaymentCents: downPaymentCents ?? 0, frequency, startDate: startDate ?? '' }
  const propose = useMutation({
    mutationFn: () => api.arrangements.proposePlan({ ...terms, instalments: Number(instalments) }),
    onSuccess: (p) => {
      setProposal(p)
      setSchedule(p.schedule)
    }
  })
  const create = useRecord(() => api.arrangements.createPlan({ ...terms, schedule, graceDays: Number(graceDays), reminderDays: Number(reminderDays) }), {
    kind: 'plan',
    undo: ({ id }) => api.arrangements.cancelPlan({ planId: id }),
    onDone: onClose
  })
  // a change of the terms makes the split outdated: split again before saving
  const stale =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setProposal(null)
    }
  const ok = proposal !== null && checkSchedule(schedule, proposal.totalCents, today).ok
  return (
    <Modal opened onClose={onClose} title={t('arrangements.plan.title')} size="xl">
      <Stack gap="sm">
        <InvoicePicker invoices={open.data ?? []} value={invoiceIds} onChange={stale(setPicked)} error={create.fieldErrors.invoiceIds} />
        <Group>
          <Switch size="sm" label={t('arrangements.plan.includeCosts')} checked={includeCosts} onChange={(e) => stale(setCosts)(e.currentTarget.checked)} />
          <Switch size="sm" label={t('arrangements.plan.includeInterest')} checked={includeInterest} onChange={(e) => stale(setInterest)(e.currentTarget.checked)} />
        </Group>
        <SimpleGrid cols={3} spacing="sm">
          <AmountField label={t('arrangements.plan.downPayment')} value={downPaymentCents} onChange={stale(setDown)} />
          <NumberInput label={t('arrangements.plan.instalments')} min={1} max={120} allowDecimal={false} value={instalments} onChange={stale(setInstalments)} />
          <DateField label={t('arrangements.plan.start')} value={startDate} onChange={stale(setStart)} />
        </SimpleGrid>
        <Group align="end" justify="space-between">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('arrangements.plan.frequency')}
            </Text>
            <SegmentedControl
              size="xs"
              value={frequency}
              onChange={(v) => stale(setFrequency)(v as PlanFrequency)}
              data={PLAN_FREQUENCIES.map((f) => ({ value: f, label: t(`arrangements.labels.frequency.${f}`) }))}
            />
          </div>
          <Button variant="light" onClick={() => propose.mutate()} loading={propose.isPending} disabled={invoiceIds.length === 0 || startDate === null || !(Number(instalments) >= 1)}>
            {t('arrangements.plan.propose')}
          </Button>
        </Group>
        {proposal && (
          <>
            <Divider />
            <Group gap="lg">
              <Figure label={t('arrangements.plan.principal')} value={money(proposal.principalCents, language)} />
              {proposal.costsCents > 0 && <Figure label={t('arrangements.plan.costs')} value={money(proposal.costsCents, language)} />}
              {proposal.interestCents > 0 && <Figure label={t('arrangements.plan.interest')} value={money(proposal.interestCents, language)} />}
              <Figure label={t('arrangements.plan.total')} value={money(proposal.totalCents, language)} strong testId="plan-total" />
            </Group>
            <ScheduleTable schedule={schedule} totalCents={proposal.totalCents} agreedOn={today} onChange={setSchedule} />
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput label={t('arrangements.plan.graceDays')} min={0} max={90} allowDecimal={false} value={graceDays} onChange={setGrace} />
              <NumberInput label={t('arrangements.plan.reminderDays')} min={0} max={60} allowDecimal={false} value={reminderDays} onChange={setReminder} />
            </SimpleGrid>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button onClick={() => create.mutate(undefined)} loading={create.isPending} disabled={!ok}>
            {t('arrangements.plan.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function Figure({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 700 : 500} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  )
}
