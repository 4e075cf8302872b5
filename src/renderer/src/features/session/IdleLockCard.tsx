// Settings → lock after inactivity: minutes without input before the administration locks (0 = never).
import { Button, Group, NumberInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IDLE_LOCK_MAX_MINUTES } from '../../../../shared/ipc/session.contract'
import { useApi } from '../../api/ApiProvider'
import { SettingsCard } from '../settings/SettingsCard'

export function IdleLockCard() {
  const { t } = useTranslation()
  const api = useApi()
  const saved = useQuery({ queryKey: ['settings', 'idle-lock'], queryFn: () => api.session.idleLock({}) })
  const [draft, setDraft] = useState<number | null>(null)
  const minutes = draft ?? saved.data?.minutes ?? 0
  const save = useMutation({
    mutationFn: (value: number) => api.session.setIdleLock({ minutes: value }),
    onSuccess: (result) => {
      setDraft(null)
      notifications.show({ color: 'teal', message: result.minutes === 0 ? t('session.savedNever') : t('session.saved', { count: result.minutes }) })
    }
  })
  return (
    <SettingsCard title={t('session.title')} hint={t('session.hint')}>
      <Group align="end">
        <NumberInput
          label={t('session.minutes')}
          description={t('session.never')}
          min={0}
          max={IDLE_LOCK_MAX_MINUTES}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={minutes}
          onChange={(v) => setDraft(typeof v === 'number' ? v : 0)}
          disabled={!saved.data}
          w={260}
        />
        <Button variant="light" disabled={draft === null || draft === saved.data?.minutes} loading={save.isPending} onClick={() => save.mutate(minutes)}>
          {t('session.save')}
        </Button>
      </Group>
    </SettingsCard>
  )
}
