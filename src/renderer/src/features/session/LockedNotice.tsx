// On the unlock screen after an idle lock: which administration was locked, and why.
import { Alert } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { LOCKED_KEY, useSessionLocked } from './locked'

export function LockedNotice() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const locked = useSessionLocked()
  if (!locked) return null
  return (
    <Alert color="blue" title={t('session.lockedTitle')} withCloseButton onClose={() => queryClient.setQueryData(LOCKED_KEY, null)} data-testid="session-locked">
      {t('session.locked', { name: locked.name, count: locked.minutes })}
    </Alert>
  )
}
