// "Vandaag": today's work across administrations, grouped per client and per kind. An item of the open
// administration leads to its screen; a call can be marked done here with what was agreed.
import { Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { WORKLIST_KINDS } from '../../../../shared/domains/worklist/vocabulary'
import type { WorklistItemDto } from '../../../../shared/ipc/worklist.contract'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { useSection } from '../../routes'
import { FollowUpDone, ReminderLetter } from '../arrangements/TaskActions'

function CallDone({ item }: { item: WorklistItemDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const [note, setNote] = useState('')
  const done = useMutation({ mutationFn: () => api.dunning.completeTask({ actionId: item.ref, note: note || null }), onSuccess: () => notifications.show({ color: 'teal', message: t('worklist.callSaved') }) })
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput size="xs" placeholder={t('worklist.callNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={220} />
      <Button size="xs" variant="default" onClick={() => done.mutate()} loading={done.isPending}>
        {t('worklist.callDone')}
      </Button>
    </Group>
  )
}

function ItemLine({ item, current }: { item: WorklistItemDto; current: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [, go] = useSection()
  const text = t(`worklist.kinds.${item.kind}.item`, {
    date: item.date ? date(item.date, language) : '',
    count: item.count ?? 0,
    amount: money(item.amountCents ?? 0, language),
    customer: item.customerName ?? '',
    code: item.customerCode ?? '',
    level: item.level ?? 0
  })
  return (
    <Group justify="space-between" wrap="nowrap" data-testid={`work-${item.kind}-${item.ref}`}>
      <Text size="sm">{text}</Text>
      {current && (
        <Group gap="xs" wrap="nowrap">
          {item.kind === 'phone-task' && <CallDone item={item} />}
          {item.kind === 'follow-up' && <FollowUpDone noteId={item.ref} />}
          {item.kind === 'instalment-reminder' && <ReminderLetter instalmentId={item.ref} />}
          <Button size="xs" variant="subtle" onClick={() => go(item.kind === 'dunning-draft' || item.kind === 'phone-task' ? 'dunning' : item.kind === 'insurance-deadline' ? 'risk' : 'customers')}>
            {t('worklist.open')}
          </Button>
        </Group>
      )}
    </Group>
  )
}

export function TodayPage() {
  const { t } = useTranslation()
  const api = useApi()
  const work = useQuery({ queryKey: ['dunning', 'worklist'], queryFn: () => api.worklist.today({}) })
  return (
    <Stack gap="md" maw={1000}>
      <Title order={1} size="h2">
        {t('worklist.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('worklist.intro')}
      </Text>
      {!work.data && <Loader size="sm" />}
      {work.data?.administrations.map((admin) => (
        <Paper key={admin.id} withBorder p="md" radius="md" data-testid={`worklist-${admin.name}`}>
          <Group gap="xs" mb="xs">
            <Title order={2} size="h4">
              {admin.name}
            </Title>
            {admin.current && <Badge variant="light">{t('worklist.current')}</Badge>}
          </Group>
          {!admin.reachable && <Text c="dimmed">{t('worklist.locked')}</Text>}
          {admin.reachable && admin.items.length === 0 && <Text c="dimmed">{t('worklist.nothing')}</Text>}
          <Stack gap="sm">
            {WORKLIST_KINDS.map((kind) => {
              const items = admin.items.filter((i) => i.kind === kind)
              if (items.length === 0) return null
              return (
                <Stack key={kind} gap={4}>
                  <Text fw={600} size="sm">
                    {t(`worklist.kinds.${kind}.title`)} ({items.length})
                  </Text>
                  {items.map((item) => (
                    <ItemLine key={`${item.kind}-${item.ref}`} item={item} current={admin.current} />
                  ))}
                </Stack>
              )
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
