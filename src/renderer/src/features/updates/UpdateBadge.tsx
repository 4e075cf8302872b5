// In the header: a newer version was found (by a check the user allowed at start, say); one click leads
// to Settings → Updates, where downloading and installing wait for the user.
import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSection } from '../../routes'
import { useUpdateStatus } from './use-updates'

export function UpdateBadge() {
  const { t } = useTranslation()
  const [, go] = useSection()
  const state = useUpdateStatus().data?.state
  if (!state || (state.status !== 'available' && state.status !== 'ready')) return null
  return (
    <Button size="compact-sm" variant="light" color="teal" onClick={() => go('settings')}>
      {t('updates.badge', { version: state.version })}
    </Button>
  )
}
