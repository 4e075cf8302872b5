// Settings for dunning: the policies per legal regime (edit, copy) and the daily proposal's time.
import { Badge, Button, Group, Loader, Stack, Switch, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { levelNameIn, policyNameIn } from '../../../../shared/domains/dunning/default-policies'
import type { Language } from '../../../../shared/domains/parties'
import type { PolicyDto, PolicyInputDto, SchedulerDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { SettingsCard } from '../settings/SettingsCard'
import { PolicyEditor } from './PolicyEditor'

type Editing = { id: number | null; policy: PolicyInputDto }

/** A policy as the user reads it: shipped names in the UI language (saved unchanged, they stay shipped names). */
const shown = (p: PolicyDto, language: Language): PolicyDto => ({
  ...p,
  name: policyNameIn(p.regime, p.name, language),
  levels: p.levels.map((l) => ({ ...l, name: levelNameIn(p.regime, l.name, language) }))
})

function PolicyList() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [editing, setEditing] = useState<Editing | null>(null)
  const policies = useQuery({ queryKey: ['dunning', 'policies'], queryFn: () => api.dunning.policies({}) })
  if (!policies.data) return <Loader size="sm" />
  const copyOf = ({ id: _id, ...p }: PolicyDto): PolicyInputDto => ({ ...p, name: t('dunning.policies.copyName', { name: p.name }), isDefault: false })
  return (
    <Stack gap="xs" data-testid="policies">
      {policies.data.map((stored) => shown(stored, language)).map((p) => (
        <Group key={p.id} justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Group gap="xs">
              <Text fw={600}>{p.name}</Text>
              <Badge variant="light">{t(`dunning.policies.regimes.${p.regime}`)}</Badge>
              {p.isDefault && <Badge color="teal">{t('dunning.policies.isDefault')}</Badge>}
              {p.archived && <Badge color="gray">{t('dunning.policies.archived')}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {t('dunning.policies.summary', { minimum: money(p.minimumCents, language), interval: p.minIntervalDays, levels: p.levels.length })}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" onClick={() => setEditing({ id: p.id, policy: p })}>
              {t('dunning.policies.edit')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setEditing({ id: null, policy: copyOf(p) })}>
              {t('dunning.policies.copy')}
            </Button>
          </Group>
        </Group>
      ))}
      {editing && <PolicyEditor key={editing.id ?? 'new'} id={editing.id} policy={editing.policy} onClose={() => setEditing(null)} />}
    </Stack>
  )
}

function outcomeText(t: ReturnType<typeof useTranslation>['t'], last: NonNullable<SchedulerDto['lastRun']>): string {
  const outcome = t(`dunning.scheduler.outcomes.${last.outcome}`, { actions: last.actions, message: last.message ?? '' })
  const auto = last.autoSent > 0 ? `, ${t('dunning.scheduler.autoSent', { count: last.autoSent })}` : ''
  const held = last.autoHeld ? `; ${t(`dunning.scheduler.autoHeld.${last.autoHeld.cause}`, { count: last.autoHeld.actions })}` : ''
  return `${outcome}${auto}${held}`
}

function SchedulerForm({ status }: { status: SchedulerDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [enabled, setEnabled] = useState(status.enabled)
  const [time, setTime] = useState(status.dailyTime)
  const [error, setError] = useState<string | null>(null)
  const save = useMutation({ mutationFn: () => api.dunning.setScheduler({ enabled, dailyTime: time }), onSuccess: () => notifications.show({ color: 'teal', message: t('dunning.scheduler.saved') }) })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return setError(t('dunning.scheduler.invalidTime'))
    setError(null)
    save.mutate()
  }
  const next = status.nextRun?.split('T')
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Group align="flex-end">
          <Switch label={t('dunning.scheduler.enabled')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <TextInput label={t('dunning.scheduler.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} error={error} w={140} />
          <Button type="submit" loading={save.isPending}>
            {t('dunning.scheduler.save')}
          </Button>
        </Group>
        <Text size="sm" data-testid="scheduler-last">
          {status.lastRun ? t('dunning.scheduler.last', { date: date(status.lastRun.asOf, language), outcome: outcomeText(t, status.lastRun) }) : t('dunning.scheduler.never')}
        </Text>
        {next?.[0] && <Text size="sm">{t('dunning.scheduler.next', { date: date(next[0], language), time: next[1] ?? '' })}</Text>}
      </Stack>
    </form>
  )
}

export function DunningSettings() {
  const { t } = useTranslation()
  const api = useApi()
  const scheduler = useQuery({ queryKey: ['dunning', 'scheduler'], queryFn: () => api.dunning.scheduler({}) })
  return (
    <>
      <SettingsCard title={t('dunning.policies.title')} hint={t('dunning.policies.hint')}>
        <PolicyList />
      </SettingsCard>
      <SettingsCard title={t('dunning.scheduler.title')} hint={t('dunning.scheduler.hint')}>
        {scheduler.data ? <SchedulerForm key={scheduler.dataUpdatedAt} status={scheduler.data} /> : <Loader size="sm" />}
      </SettingsCard>
    </>
  )
}
