// What is in force for the customer, each with its own actions: withdraw a promise, decide a dispute,
// release a hold, download the dossier or withdraw a hand-over, tick off a follow-up.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import type { OverviewDto } from '../../../../shared/ipc/arrangements.contract'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { DisputeDecisionModal } from './DisputeModal'
import { useDossier } from './dossier'
import { DateField } from '../../components/DateField'
import { PlanCard } from './PlanCard'
import { FollowUpDone } from './TaskActions'

function Row({ kind, color, children, actions, testId }: { kind: string; color: string; children: ReactNode; actions: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" align="start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Badge size="xs" variant="light" color={color}>
            {kind}
          </Badge>
          {children}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {actions}
        </Group>
      </Group>
    </Paper>
  )
}

function Small({ children, dimmed }: { children: ReactNode; dimmed?: boolean }) {
  return (
    <Text size="xs" c={dimmed ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  )
}

export function InForce({ customerId, overview }: { customerId: number; overview: OverviewDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [deciding, setDeciding] = useState<{ id: number; action: 'accept' | 'reject' } | null>(null)
  const act = useMutation({ mutationFn: (run: () => Promise<unknown>) => run() })
  const dossier = useDossier(customerId)
  // the claim (interest and costs) as of this day; today unless the agency asks for another
  const [asOf, setAsOf] = useState<string | null>(localToday())
  const l = (key: string) => t(`arrangements.labels.${key}`)
  const button = (label: string, run: () => Promise<unknown>, color?: string) => (
    <Button size="compact-xs" variant="subtle" color={color} onClick={() => act.mutate(run)} disabled={act.isPending}>
      {label}
    </Button>
  )
  const { promises, plans, disputes, holds, handovers, followUps } = overview
  if (promises.length + plans.length + disputes.length + holds.length + handovers.length + followUps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('arrangements.nothingInForce')}
      </Text>
    )
  }
  return (
    <Stack gap={6}>
      {handovers.map((h) => (
        <Row key={`h${h.id}`} testId={`handover-${h.id}`} kind={l('kind.handover')} color="orange" actions={<>{button(t('arrangements.handover.withdraw'), () => api.arrangements.withdrawHandover({ handoverId: h.id }), 'red')}</>}>
          <Small>
            {l(`handoverKind.${h.kind}`)}: {h.party}
            {h.reference ? ` (${h.reference})` : ''}
          </Small>
          <Small dimmed>{t('arrangements.handover.line', { amount: money(h.openCents, language), count: h.invoiceCount, date: date(h.handedOverOn, language) })}</Small>
          <Group gap={6} mt={4} align="end" wrap="nowrap">
            <DateField size="xs" w={130} label={t('arrangements.handover.asOf')} value={asOf} onChange={setAsOf} />
            <Button size="xs" variant="light" color="orange" onClick={() => asOf && dossier.mutate(asOf)} loading={dossier.isPending} disabled={asOf === null}>
              {t('arrangements.handover.dossier')}
            </Button>
          </Group>
        </Row>
      ))}
      {plans.map((p) => (
        <PlanCard key={`p${p.id}`} plan={p} />
      ))}
      {promises.map((p) => (
        <Row key={`pr${p.id}`} testId={`promise-${p.id}`} kind={l('kind.promise')} color="blue" actions={button(t('arrangements.promise.cancel'), () => api.arrangements.cancelPromise({ promiseId: p.id }), 'red')}>
          <Small>{t('arrangements.promise.line', { amount: money(p.amountCents, language), date: date(p.promisedDate, language) })}</Small>
          <Small dimmed>
            {p.invoiceNumbers.join(', ')}
            {p.paidCents > 0 ? ` · ${t('arrangements.promise.paid', { amount: money(p.paidCents, language) })}` : ''}
          </Small>
        </Row>
      ))}
      {disputes.map((d) => (
        <Row
          key={`d${d.id}`}
          testId={`dispute-${d.id}`}
          kind={l('kind.dispute')}
          color="grape"
          actions={
            <>
              {d.status === 'open' && (
                <Button size="compact-xs" variant="subtle" color="teal" onClick={() => setDeciding({ id: d.id, action: 'accept' })}>
                  {t('arrangements.dispute.accept')}
                </Button>
              )}
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeciding({ id: d.id, action: 'reject' })}>
                {t('arrangements.dispute.reject')}
              </Button>
              {d.status === 'open' && button(t('arrangements.dispute.cancel'), () => api.arrangements.decideDispute({ disputeId: d.id, action: 'cancel' }))}
            </>
          }
        >
          <Small>
            {d.invoiceNumber} · {l(`disputeReason.${d.reason}`)} · {money(d.amountCents, language)}
          </Small>
          <Small dimmed>
            {l(`disputeStatus.${d.status}`)}
            {d.status === 'open' ? ` · ${t('arrangements.dispute.waiting', { count: d.awaitingDays })}` : ''}
            {d.note ? ` · ${d.note}` : ''}
          </Small>
        </Row>
      ))}
      {holds.map((h) => (
        <Row key={`ho${h.id}`} testId={`hold-${h.id}`} kind={l(`kind.${h.kind}`)} color="yellow" actions={button(t('arrangements.hold.release'), () => api.arrangements.releaseHold({ holdId: h.id }))}>
          <Small>
            {h.invoiceNumber ?? t('arrangements.hold.whole')} · {h.until ? `${t('arrangements.hold.until')} ${date(h.until, language)}` : t('arrangements.hold.untilHint')}
          </Small>
          <Small dimmed>{h.reason}</Small>
        </Row>
      ))}
      {followUps.map((n) => (
        <Row key={`n${n.id}`} testId={`follow-up-${n.id}`} kind={t('arrangements.note.followUps')} color="cyan" actions={<FollowUpDone noteId={n.id} single />}>
          <Small>
            {date(n.followUpOn, language)}
            {n.callOutcome ? ` · ${l(`callOutcome.${n.callOutcome}`)}` : ''}
          </Small>
          <Small dimmed>{n.body}</Small>
        </Row>
      ))}
      {deciding && <DisputeDecisionModal disputeId={deciding.id} action={deciding.action} onClose={() => setDeciding(null)} />}
    </Stack>
  )
}
