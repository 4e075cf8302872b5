// Settings → Updates: switch updates on or off, the update server's address, consent to a check at every
// start, and the steps check → download → restart and install, each only on a click.
import { Button, Checkbox, Group, Loader, Progress, Stack, Switch, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { UpdateSettingsDto, UpdateStatusDto } from '../../../../shared/ipc/updates.contract'
import { useApi } from '../../api/ApiProvider'
import { useJobs } from '../../api/job-progress'
import { clockTime } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { SettingsCard } from '../settings/SettingsCard'
import { UPDATES_KEY, useUpdateStatus } from './use-updates'

export function UpdatesCard() {
  const { t } = useTranslation()
  const status = useUpdateStatus().data
  return (
    <SettingsCard title={t('updates.cardTitle')} hint={t('updates.cardHint')}>
      {!status ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('updates.current', { version: status.currentVersion })}</Text>
          {status.supported ? (
            <>
              <SettingsForm key={JSON.stringify(status.settings)} saved={status.settings} />
              <UpdateSteps status={status} />
            </>
          ) : (
            <Text size="sm">{t('updates.desktopOnly')}</Text>
          )}
        </Stack>
      )}
    </SettingsCard>
  )
}

/** Mutations that answer with the new status put it straight into the cache. */
function useStatusMutation<I>(run: (input: I) => Promise<UpdateStatusDto>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: run, meta: { inlineErrors: true }, onSuccess: (status) => queryClient.setQueryData(UPDATES_KEY, status) })
}

function SettingsForm({ saved }: { saved: UpdateSettingsDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const [draft, setDraft] = useState({ ...saved, feedUrl: saved.feedUrl ?? '' })
  const save = useStatusMutation(() => api.updates.saveSettings(draft))
  const urlError = isAppError(save.error) && save.error.field === 'feedUrl' ? t('updates.invalidUrl') : null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    save.mutate(undefined, { onSuccess: () => notifications.show({ color: 'teal', message: t('updates.saved') }) })
  }
  return (
    <form onSubmit={submit} aria-label={t('updates.cardTitle')}>
      <Stack gap="sm">
        <Switch
          label={t('updates.enabled')}
          description={t('updates.enabledHint')}
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })}
        />
        <TextInput
          label={t('updates.feedUrl')}
          description={t('updates.feedUrlHint')}
          value={draft.feedUrl}
          onChange={(e) => setDraft({ ...draft, feedUrl: e.currentTarget.value })}
          disabled={!draft.enabled}
          error={urlError}
          inputMode="url"
          maw={520}
        />
        <Checkbox
          label={t('updates.checkOnStart')}
          description={t('updates.checkOnStartHint')}
          checked={draft.checkOnStart}
          onChange={(e) => setDraft({ ...draft, checkOnStart: e.currentTarget.checked })}
          disabled={!draft.enabled || draft.feedUrl.trim() === ''}
        />
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('updates.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function UpdateSteps({ status }: { status: UpdateStatusDto }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const api = useApi()
  const check = useStatusMutation(() => api.updates.check({}))
  const download = useStatusMutation(() => api.updates.download({}))
  const install = useMutation({ mutationFn: () => api.updates.install({}) })
  const job = useJobs().find((j) => j.jobId === 'update-download')
  const { state, settings } = status
  const canCheck = settings.enabled && settings.feedUrl !== null && state.status !== 'checking' && state.status !== 'downloading'
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Group>
        <Button onClick={() => check.mutate(undefined)} loading={check.isPending} disabled={!canCheck}>
          {t('updates.check')}
        </Button>
        {state.status === 'available' && (
          <Button variant="light" onClick={() => download.mutate(undefined)} loading={download.isPending}>
            {t('updates.download')}
          </Button>
        )}
        {state.status === 'ready' && (
          <Button color="teal" onClick={() => install.mutate()} loading={install.isPending}>
            {t('updates.install')}
          </Button>
        )}
      </Group>
      {state.status === 'checking' && <Text size="sm">{t('updates.checking')}</Text>}
      {state.status === 'up-to-date' && <Text size="sm">{t('updates.upToDate', { time: clockTime(state.checkedAt, language) })}</Text>}
      {state.status === 'available' && <Text size="sm" fw={500}>{t('updates.available', { version: state.version })}</Text>}
      {state.status === 'downloading' && (
        <>
          <Text size="sm">{t('updates.downloading', { version: state.version, percent: job?.done ?? state.percent })}</Text>
          <Progress value={job?.done ?? state.percent} size="sm" maw={520} aria-label={t('updates.downloadJob')} />
        </>
      )}
      {state.status === 'ready' && (
        <>
          <Text size="sm" fw={500}>{t('updates.ready', { version: state.version })}</Text>
          <Text size="xs" c="dimmed">{t('updates.installNote')}</Text>
        </>
      )}
      {state.status === 'error' && (
        <Text size="sm" c="red" role="alert">
          {t(`updates.problems.${state.problem}`)}{' '}
          <Text span size="xs" c="dimmed">
            ({state.detail})
          </Text>
        </Text>
      )}
    </Stack>
  )
}
