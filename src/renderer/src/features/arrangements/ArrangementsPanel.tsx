// Mounted beside the customer's risk card: the action buttons, what is in force, and the timeline.
import { Button, Divider, Group, Loader, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DisputeModal } from './DisputeModal'
import { HandoverModal } from './HandoverModal'
import { HoldModal } from './HoldModal'
import { InForce } from './InForce'
import { NoteModal } from './NoteModal'
import { PlanEditor } from './PlanEditor'
import { PromiseModal } from './PromiseModal'
import { Timeline } from './Timeline'
import { useOverview } from './use-arrangements'

const ACTIONS = ['promise', 'plan', 'dispute', 'hold', 'handover', 'note'] as const
type Action = (typeof ACTIONS)[number]

const MODALS = { promise: PromiseModal, plan: PlanEditor, dispute: DisputeModal, hold: HoldModal, handover: HandoverModal, note: NoteModal }

export function ArrangementsPanel({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const overview = useOverview(customerId)
  const [open, setOpen] = useState<Action | null>(null)
  const Modal = open === null ? null : MODALS[open]
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('arrangements.title')}>
      <Stack gap="sm">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('arrangements.title')}
        </Text>
        <Group gap={6}>
          {ACTIONS.map((a) => (
            <Button key={a} size="compact-sm" variant={a === 'handover' ? 'outline' : 'light'} color={a === 'handover' ? 'orange' : undefined} onClick={() => setOpen(a)}>
              {t(`arrangements.actions.${a}`)}
            </Button>
          ))}
        </Group>
        <Divider label={t('arrangements.inForce')} labelPosition="left" />
        {overview.data ? <InForce customerId={customerId} overview={overview.data} /> : <Loader size="sm" />}
        <Divider label={t('arrangements.timeline')} labelPosition="left" />
        <Timeline customerId={customerId} />
      </Stack>
      {Modal && <Modal customerId={customerId} onClose={() => setOpen(null)} />}
    </Paper>
  )
}
